package dev.aftersales.commitment;

import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.calendar.DayOff;
import dev.aftersales.calendar.MakeUpWorkday;
import dev.aftersales.calendar.WeeklyPattern;
import dev.aftersales.common.Actor;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Policy versions and explicit re-evaluation (SL-13); recomputation after calendar changes (SL-14). */
class VersionsAndRecomputationTest {

    private static final Actor LEAD = Actor.staff("lead-1");

    private static BusinessCalendar office(String version, LocalDate... closures) {
        BusinessCalendar.Builder b = BusinessCalendar.builder("office", Harness.SHANGHAI)
                .weekly(WeeklyPattern.mondayToFriday(BusinessCalendars.OFFICE_HOURS)).version(version);
        for (LocalDate d : closures) {
            b.add(DayOff.holiday(d, "Company day"));
        }
        return b.build();
    }

    private static CommitmentPolicy policy(int version, int days) {
        return CommitmentPolicy.builder("p").version(version).term(CommitmentTerm.builder("result")
                .startsOn(TicketStep.ASSIGN).stopsOn(TicketStep.RETURN_RESULT)
                .withinWorkingDays(days, "office").warnAtPercent(50)).build();
    }

    @Test
    @DisplayName("SL-13 a commitment keeps the policy version under which it started")
    void sl13_keepsVersion() {
        CalendarRegistry calendars = new CalendarRegistry();
        calendars.register(office("1"));
        Harness h = new Harness(calendars, policy(1, 3));
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        h.policies.register(policy(2, 5));
        h.step(TicketStep.CONTACT_OWNER, "2025-03-03T11:00");
        Commitment c = h.term("result");
        assertEquals(1, c.policy().version());
        assertEquals(sh("2025-03-06T18:00"), c.deadline());
    }

    @Test
    @DisplayName("SL-13 explicit re-evaluation applies the new version from the start and is recorded")
    void sl13_reEvaluation() {
        CalendarRegistry calendars = new CalendarRegistry();
        calendars.register(office("1"));
        Harness h = new Harness(calendars, policy(1, 3));
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        h.policies.register(policy(2, 5));
        Commitment before = h.term("result");
        Commitment after = h.engine.reEvaluate(before, new PolicyRef("p", 2), LEAD, sh("2025-03-04T09:00"));
        assertEquals(2, after.policy().version());
        assertEquals(sh("2025-03-10T18:00"), after.deadline());
        CommitmentInput.ReEvaluated r = assertInstanceOf(CommitmentInput.ReEvaluated.class,
                after.history().get(after.history().size() - 1));
        assertEquals(LEAD, r.by());
        assertEquals(sh("2025-03-06T18:00"), r.deadlineBefore());
        assertEquals(sh("2025-03-10T18:00"), r.deadlineAfter());
        assertSame(after, h.engine.reEvaluate(after, new PolicyRef("p", 2), LEAD, sh("2025-03-04T09:00")));
        assertThrows(CommitmentException.class,
                () -> h.engine.reEvaluate(before, new PolicyRef("p", 7), LEAD, sh("2025-03-04T09:00")));
    }

    @Test
    @DisplayName("SL-13 re-evaluation keeps a recorded breach")
    void sl13_reEvaluationKeepsBreach() {
        CalendarRegistry calendars = new CalendarRegistry();
        calendars.register(office("1"));
        Harness h = new Harness(calendars, policy(1, 1));
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        h.sweep("2025-03-05T09:00");
        assertEquals(CommitmentStatus.BREACHED, h.term("result").status());
        h.policies.register(policy(2, 5));
        Commitment after = h.engine.reEvaluate(h.term("result"), new PolicyRef("p", 2), LEAD, sh("2025-03-05T10:00"));
        assertEquals(CommitmentStatus.BREACHED, after.status());
        assertEquals(sh("2025-03-04T18:00"), after.breachedAt());
    }

    @Test
    @DisplayName("SL-14 a calendar change recomputes running commitments from their history")
    void sl14_recomputation() {
        CalendarRegistry calendars = new CalendarRegistry();
        calendars.register(office("1"));
        Harness h = new Harness(calendars, policy(1, 3));
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        assertEquals(sh("2025-03-06T18:00"), h.term("result").deadline());
        calendars.register(office("2", LocalDate.parse("2025-03-05")));
        Commitment c = h.engine.recompute(h.term("result"), sh("2025-03-03T12:00"));
        assertEquals(sh("2025-03-07T18:00"), c.deadline());
        assertEquals("2", c.calendar().version());
        CommitmentInput.Recomputed r = assertInstanceOf(CommitmentInput.Recomputed.class,
                c.history().get(c.history().size() - 1));
        assertEquals("1", r.from().version());
        assertEquals(sh("2025-03-06T18:00"), r.deadlineBefore());
        assertEquals(sh("2025-03-07T18:00"), r.deadlineAfter());
        assertSame(c, h.engine.recompute(c, sh("2025-03-03T13:00")));
    }

    @Test
    @DisplayName("SL-14 recomputation keeps recorded breaches and fired warnings")
    void sl14_keepsRecordedFirings() {
        CalendarRegistry calendars = new CalendarRegistry();
        calendars.register(office("1"));
        Harness h = new Harness(calendars, policy(1, 1));
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        List<CommitmentEvent> fired = h.sweep("2025-03-05T09:00");
        assertEquals(2, fired.size());
        calendars.register(office("2", LocalDate.parse("2025-03-04")));
        h.sweep("2025-03-05T09:30");
        Commitment c = h.engine.sweep(h.term("result"), sh("2025-03-05T10:00")).commitment();
        assertEquals("2", c.calendar().version());
        assertEquals(CommitmentStatus.BREACHED, c.status());
        assertEquals(sh("2025-03-04T18:00"), c.breachedAt());
        assertTrue(c.hasFired(FiringKind.WARNING, 1));
        assertEquals(2, c.firings().size());
    }

    @Test
    @DisplayName("SL-9 SL-14 a met commitment never breaches later, even when its calendar gains a make-up day")
    void sl9_sl14_aMetCommitmentNeverBreachesLater() {
        CalendarRegistry calendars = new CalendarRegistry();
        calendars.register(office("1"));
        Harness h = new Harness(calendars, policy(1, 1));
        h.step(TicketStep.ASSIGN, "2025-03-07T20:00");
        assertEquals(sh("2025-03-10T18:00"), h.term("result").deadline());
        h.step(TicketStep.RETURN_RESULT, "2025-03-10T17:00");
        assertEquals(CommitmentStatus.MET, h.term("result").status());
        calendars.register(BusinessCalendar.builder("office", Harness.SHANGHAI)
                .weekly(WeeklyPattern.mondayToFriday(BusinessCalendars.OFFICE_HOURS)).version("2")
                .add(MakeUpWorkday.of(LocalDate.parse("2025-03-08"), "make-up day")).build());
        Commitment met = h.term("result");
        SweepOutcome swept = h.engine.sweep(met, sh("2025-03-11T09:00"));
        assertTrue(swept.fired().isEmpty(), () -> swept.fired().toString());
        Commitment after = swept.commitment();
        assertEquals(CommitmentStatus.MET, after.status());
        assertEquals(sh("2025-03-10T18:00"), after.deadline());
        assertEquals(null, after.breachedAt());
        assertEquals(null, after.nextCheck());
        assertEquals("1", after.calendar().version());
        Explanation e = h.engine.explain(after, sh("2025-03-11T09:00"));
        assertEquals("1", e.calendar().version());
        assertEquals(CommitmentStatus.MET, e.status());
        assertEquals(CommitmentStatus.MET, h.engine.evaluate(after).statusAt(sh("2025-03-12T00:00")));
    }

    @Test
    @DisplayName("SL-14 the next ticket event recomputes a commitment whose calendar changed")
    void sl14_lazyRecomputationOnEvent() {
        CalendarRegistry calendars = new CalendarRegistry();
        calendars.register(office("1"));
        Harness h = new Harness(calendars, policy(1, 3));
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        calendars.register(office("2", LocalDate.parse("2025-03-04")));
        h.step(TicketStep.CONTACT_OWNER, "2025-03-03T11:00");
        assertEquals(sh("2025-03-07T18:00"), h.term("result").deadline());
    }
}
