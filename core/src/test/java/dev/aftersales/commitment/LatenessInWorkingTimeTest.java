package dev.aftersales.commitment;

import static dev.aftersales.commitment.CommitmentPresets.TERM_RP2_CONTACT;
import static dev.aftersales.commitment.CommitmentPresets.TERM_RP2_VISIT_AGREED;
import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SL-4, SL-9, SL-10: how late a commitment is, in elapsed time and, for working-day and
 * business-time terms, in working time on the term's calendar, worked by hand on cn-office
 * (Monday to Friday, 09:00-12:00 and 13:30-18:00) across the weekend of 8-9 March 2025.
 */
class LatenessInWorkingTimeTest {

    private static Harness reportedThursday() {
        Harness h = new Harness(CommitmentPresets.rp2RepairResponse()).facts(Harness.repair(Urgency.NORMAL));
        // RP-2, SL-5: reported Thursday 10:00, contact due by the end of Friday (one working day)
        h.step(TicketStep.RECEIVE, "2025-03-06T10:00");
        assertEquals(sh("2025-03-07T18:00"), h.term(TERM_RP2_CONTACT).deadline());
        return h;
    }

    @Test
    @DisplayName("SL-10 SL-4 contact due Friday 18:00, made Monday 10:30: 2 d 16 h 30 min late, of it 1 h 30 min working time")
    void metLateAcrossTheWeekend() {
        Harness h = reportedThursday();
        h.step(TicketStep.CONTACT_OWNER, "2025-03-10T10:30");
        Commitment contact = h.term(TERM_RP2_CONTACT);
        assertEquals(CommitmentStatus.MET_LATE, contact.status());

        Lateness late = h.engine.lateness(contact, sh("2025-03-20T00:00")).orElseThrow();
        assertTrue(late.stopped());
        assertEquals(sh("2025-03-07T18:00"), late.breachedAt());
        assertEquals(sh("2025-03-10T10:30"), late.until());
        // Friday 18:00 -> Monday 10:30: 64 h 30 min elapsed, the same as Commitment.lateness()
        assertEquals(Duration.ofHours(64).plusMinutes(30), late.elapsed());
        assertEquals(contact.lateness().orElseThrow(), late.elapsed());
        // working time: only Monday 09:00-10:30 counts (Friday evening and the weekend are off)
        assertEquals(Duration.ofMinutes(90), late.working().orElseThrow());
        assertEquals(BusinessCalendars.CHINA_OFFICE_ID, late.calendar().id());
    }

    @Test
    @DisplayName("SL-9 SL-4 a contact still not made on Tuesday 14:00 is 3 d 20 h late, of it 11 h working time")
    void stillBreachedCountsToNow() {
        Harness h = reportedThursday();
        Commitment contact = h.term(TERM_RP2_CONTACT);

        Lateness late = h.engine.lateness(contact, sh("2025-03-11T14:00")).orElseThrow();
        assertFalse(late.stopped());
        assertEquals(sh("2025-03-11T14:00"), late.until());
        assertEquals(Duration.ofHours(92), late.elapsed());
        // Monday 3 h + 4 h 30 min, Tuesday 09:00-12:00 3 h and 13:30-14:00 30 min
        assertEquals(Duration.ofHours(11), late.working().orElseThrow());
    }

    @Test
    @DisplayName("SL-10 before its deadline, or met in time, a commitment has no lateness")
    void noLatenessInTime() {
        Harness h = reportedThursday();
        assertTrue(h.engine.lateness(h.term(TERM_RP2_CONTACT), sh("2025-03-07T18:00")).isEmpty());
        h.step(TicketStep.CONTACT_OWNER, "2025-03-07T17:00");
        assertTrue(h.engine.lateness(h.term(TERM_RP2_CONTACT), sh("2025-03-20T00:00")).isEmpty());
    }

    @Test
    @DisplayName("SL-6 a calendar-time term is late in elapsed time only")
    void calendarTimeHasNoWorkingTime() {
        Harness h = reportedThursday();
        // RP-2: the visit time was due within 24 hours, Friday 10:00
        Lateness late = h.engine.lateness(h.term(TERM_RP2_VISIT_AGREED), sh("2025-03-10T10:00")).orElseThrow();
        assertEquals(Duration.ofHours(72), late.elapsed());
        assertTrue(late.working().isEmpty());
        assertEquals(null, late.calendar());
    }
}
