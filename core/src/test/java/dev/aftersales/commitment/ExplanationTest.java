package dev.aftersales.commitment;

import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.calendar.NonWorkingReason;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Explanations (SL-15) and coverage flags (SL-16). */
class ExplanationTest {

    private static CommitmentPolicy result(String calendarId) {
        return CommitmentPolicy.builder("p").term(CommitmentTerm.builder("result").rules("CP-5")
                .startsOn(TicketStep.ASSIGN).stopsOn(TicketStep.RETURN_RESULT)
                .pausesWhileWaiting(WaitingReason.FOR_OWNER)
                .withinWorkingDays(3, calendarId).takesAgreedDeadlineOn(TicketStep.AGREE_NEW_TIME)).build();
    }

    private Harness springFestival() {
        Harness h = new Harness(result(BusinessCalendars.CHINA_OFFICE_ID));
        h.step(TicketStep.ASSIGN, "2025-01-24T10:00");
        h.waitFor(WaitingReason.FOR_OWNER, "2025-01-24T15:00");
        h.step(TicketStep.RESUME, "2025-01-26T09:00");
        h.agree(TicketStep.AGREE_NEW_TIME, "2025-01-26T10:00", "2025-02-07T18:00");
        h.step(TicketStep.RETURN_RESULT, "2025-02-06T11:00");
        return h;
    }

    @Test
    @DisplayName("SL-15 the trace names the start, the skipped holidays, the pause and the agreed change")
    void sl15_structuredTrace() {
        Harness h = springFestival();
        Explanation e = h.engine.explain(h.term("result"), sh("2025-02-07T00:00"));
        assertEquals("cn-office", e.calendar().id());
        assertEquals(CommitmentStatus.MET, e.status());
        List<Class<?>> kinds = e.steps().stream().<Class<?>>map(Object::getClass).distinct().toList();
        assertEquals(List.of(ExplanationStep.Started.class, ExplanationStep.Skipped.class,
                ExplanationStep.Paused.class, ExplanationStep.Resumed.class, ExplanationStep.DeadlineAgreed.class,
                ExplanationStep.Stopped.class), kinds);
        assertTrue(e.steps().stream().anyMatch(s -> s instanceof ExplanationStep.Skipped k
                && k.span().reason() == NonWorkingReason.OUTSIDE_HOURS && k.at().equals(sh("2025-01-24T12:00"))));
        assertFalse(e.outsideCoverage());
    }

    @Test
    @DisplayName("SL-15 the explanation renders in English and in Chinese")
    void sl15_rendersInBothLanguages() {
        Harness h = new Harness(result(BusinessCalendars.CHINA_OFFICE_ID));
        h.step(TicketStep.ASSIGN, "2025-01-27T10:00");
        Explanation e = h.engine.explain(h.term("result"), sh("2025-01-27T12:00"));
        String en = e.render(Locale.ENGLISH);
        String zh = e.render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(en.contains("3 working day(s) on cn-office"), en);
        assertTrue(en.contains("public holiday (春节)"), en);
        assertTrue(en.contains("2025-01-27 Mon 10:00  started by the step assigned to a department"), en);
        assertTrue(en.contains("deadline 2025-02-07 Fri 18:00"), en);
        assertTrue(zh.contains("法定节假日（春节）"), zh);
        assertTrue(zh.contains("cn-office的3个工作日"), zh);
        assertTrue(zh.contains("因步骤“派单至责任部门”开始"), zh);
        assertTrue(zh.contains("截至2025-01-27 周一 12:00的结果：计时中"), zh);
    }

    @Test
    @DisplayName("SL-16 a deadline that needs dates outside the calendar's coverage is flagged")
    void sl16_coverageFlag() {
        Harness h = new Harness(result(BusinessCalendars.CHINA_OFFICE_ID));
        h.step(TicketStep.ASSIGN, "2026-12-30T10:00");
        Explanation e = h.engine.explain(h.term("result"), sh("2026-12-30T11:00"));
        assertTrue(e.outsideCoverage());
        assertTrue(e.steps().stream().anyMatch(s -> s instanceof ExplanationStep.OutsideCoverage));
        assertTrue(e.render(Locale.ENGLISH).contains("computed on the weekly pattern (SL-16)"));
        assertTrue(e.render(Locale.CHINESE).contains("按每周作息计算"));
    }

    @Test
    @DisplayName("SL-16 a strict calendar refuses a deadline outside its coverage with a clear error")
    void sl16_strictRefuses() {
        CalendarRegistry calendars = new CalendarRegistry();
        BusinessCalendar strict = BusinessCalendars.chinaOffice().withStrict(true);
        calendars.register(strict);
        Harness h = new Harness(calendars, result(BusinessCalendars.CHINA_OFFICE_ID));
        dev.aftersales.calendar.OutsideCoverageException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.aftersales.calendar.OutsideCoverageException.class,
                () -> h.step(TicketStep.ASSIGN, "2026-12-30T10:00"));
        assertTrue(e.getMessage().contains("cn-office"), e.getMessage());
        assertTrue(h.store.isEmpty());
    }

    @Test
    @DisplayName("SL-15 the explanation of a breach and late stop names the lateness")
    void sl15_lateness() {
        Harness h = new Harness(CommitmentPolicy.builder("p").term(CommitmentTerm.builder("reply")
                .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER).within(Duration.ofHours(24))
                .escalateAtBreach(Recipient.department("admin-hr"))).build());
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.sweep("2025-01-28T12:00");
        h.step(TicketStep.CONTACT_OWNER, "2025-01-28T13:30");
        String en = h.engine.explain(h.term("reply"), sh("2025-01-29T00:00")).render(Locale.ENGLISH);
        assertTrue(en.contains("met late, 3 h 30 min after the deadline"), en);
        assertTrue(en.contains("escalated (level 1) to department admin-hr"), en);
        assertTrue(en.contains("2025-01-28 Tue 10:00  breached"), en);
    }

    @Test
    @DisplayName("CP-8, CP-9, CP-2 the preset recipients have names in both languages, shown next to their ids; others show their id")
    void cp8_cp9_recipientNames() {
        assertEquals(Optional.of("行政人事部"), CommitmentPresets.ADMIN_HR.displayName(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Optional.of("Administration and HR department"), CommitmentPresets.ADMIN_HR.displayName(Locale.ENGLISH));
        assertEquals(Optional.of("物业总监"), CommitmentPresets.PROPERTY_DIRECTOR.displayName(Locale.CHINA));
        assertEquals(Optional.of("Property director"), CommitmentPresets.PROPERTY_DIRECTOR.displayName(Locale.GERMANY));
        assertEquals(Optional.of("总经理办公室"), CommitmentPresets.GM_OFFICE.displayName(Locale.TRADITIONAL_CHINESE));
        assertEquals(Optional.empty(), Recipient.role("admin-hr").displayName(Locale.ENGLISH), "the kind is part of the name");
        assertEquals(Optional.empty(), Recipient.department("eng").displayName(Locale.SIMPLIFIED_CHINESE));

        Harness h = new Harness(CommitmentPolicy.builder("p").term(CommitmentTerm.builder("reply")
                .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER).within(Duration.ofHours(24))
                .escalateAtBreach(CommitmentPresets.ADMIN_HR, CommitmentPresets.PROPERTY_DIRECTOR,
                        Recipient.department("eng"))).build());
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.sweep("2025-01-28T12:00");
        Explanation explanation = h.engine.explain(h.term("reply"), sh("2025-01-28T12:00"));
        String en = explanation.render(Locale.ENGLISH);
        String zh = explanation.render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(en.contains("department admin-hr (Administration and HR department), "
                + "role property-director (Property director), department eng"), en);
        assertTrue(zh.contains("部门admin-hr（行政人事部）"), zh);
        assertTrue(zh.contains("角色property-director（物业总监）"), zh);
        assertTrue(zh.contains("部门eng"), zh);
    }
}
