package dev.aftersales.commitment;

import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The deadline rules SL-6, SL-7, SL-9, SL-10 on small hand-worked policies. */
class DeadlineRulesTest {

    private static CommitmentPolicy calendarTime(Duration d) {
        return CommitmentPolicy.builder("p").term(CommitmentTerm.builder("reply")
                .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER)
                .pausesWhileWaiting(WaitingReason.FOR_OWNER).within(d)).build();
    }

    private static CommitmentPolicy businessTime(Duration d) {
        return CommitmentPolicy.builder("p").term(CommitmentTerm.builder("reply")
                .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER)
                .pausesWhileWaiting(WaitingReason.FOR_OWNER)
                .withinBusinessTime(d, BusinessCalendars.HOTLINE_ID)).build();
    }

    @Test
    @DisplayName("SL-6 a calendar-time target is due at start + d")
    void sl6_calendarTimeDeadline() {
        Harness h = new Harness(calendarTime(Duration.ofHours(24)));
        h.step(TicketStep.RECEIVE, "2025-01-27T22:15");
        assertEquals(sh("2025-01-28T22:15"), h.term("reply").deadline());
    }

    @Test
    @DisplayName("SL-9 a stop at exactly the deadline meets the commitment")
    void sl9_stopAtDeadlineIsMet() {
        Harness h = new Harness(calendarTime(Duration.ofHours(24)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.step(TicketStep.CONTACT_OWNER, "2025-01-28T10:00");
        Commitment c = h.term("reply");
        assertEquals(CommitmentStatus.MET, c.status());
        assertNull(c.breachedAt());
        assertNull(c.nextCheck());
    }

    @Test
    @DisplayName("SL-9 the breach is stamped with the deadline, not with the sweep")
    void sl9_breachStampedWithDeadline() {
        Harness h = new Harness(calendarTime(Duration.ofHours(24)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        assertTrue(h.sweep("2025-01-28T10:00").isEmpty(), "at the deadline itself nothing has passed yet");
        List<CommitmentEvent> fired = h.sweep("2025-01-29T08:00");
        assertEquals(1, fired.size());
        assertEquals(FiringKind.BREACH, fired.get(0).kind());
        assertEquals(sh("2025-01-28T10:00"), fired.get(0).scheduledAt());
        assertEquals(sh("2025-01-29T08:00"), fired.get(0).recordedAt());
        assertEquals(CommitmentStatus.BREACHED, h.term("reply").status());
    }

    @Test
    @DisplayName("SL-10 a breached commitment records its late stop and lateness")
    void sl10_metLateWithLateness() {
        Harness h = new Harness(calendarTime(Duration.ofHours(24)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.sweep("2025-01-28T11:00");
        h.step(TicketStep.CONTACT_OWNER, "2025-01-28T13:30");
        Commitment c = h.term("reply");
        assertEquals(CommitmentStatus.MET_LATE, c.status());
        assertEquals(sh("2025-01-28T13:30"), c.stoppedAt());
        assertEquals(Duration.ofMinutes(210), c.lateness().orElseThrow());
    }

    @Test
    @DisplayName("SL-10 a late stop before any sweep still records the breach at the deadline")
    void sl10_lateStopWithoutSweep() {
        Harness h = new Harness(calendarTime(Duration.ofHours(24)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.step(TicketStep.CONTACT_OWNER, "2025-01-28T10:01");
        Commitment c = h.term("reply");
        assertEquals(CommitmentStatus.MET_LATE, c.status());
        assertEquals(sh("2025-01-28T10:00"), c.breachedAt());
        List<CommitmentEvent> fired = h.sweep("2025-01-28T10:05");
        assertEquals(1, fired.size(), "the missed breach fires once");
        assertEquals(sh("2025-01-28T10:00"), fired.get(0).scheduledAt());
        assertTrue(h.sweep("2025-02-01T00:00").isEmpty());
    }

    @Test
    @DisplayName("SL-7 a pause of a calendar-time target keeps the elapsed time remaining")
    void sl7_pauseCalendarTime() {
        Harness h = new Harness(calendarTime(Duration.ofHours(24)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.waitFor(WaitingReason.FOR_OWNER, "2025-01-27T16:00");
        assertEquals(CommitmentStatus.PAUSED, h.term("reply").status());
        assertNull(h.term("reply").deadline());
        h.step(TicketStep.RESUME, "2025-01-29T09:00");
        assertEquals(sh("2025-01-30T03:00"), h.term("reply").deadline());
    }

    @Test
    @DisplayName("SL-7 a pause of a business-time target keeps the working time remaining")
    void sl7_pauseBusinessTime() {
        Harness h = new Harness(businessTime(Duration.ofHours(4)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        assertEquals(sh("2025-01-27T15:30"), h.term("reply").deadline());
        h.waitFor(WaitingReason.FOR_OWNER, "2025-01-27T11:00");
        h.step(TicketStep.RESUME, "2025-01-27T17:00");
        // 3 h remained: 17:00-18:00 today, then 09:00-11:00 tomorrow
        assertEquals(sh("2025-01-28T11:00"), h.term("reply").deadline());
    }

    @Test
    @DisplayName("SL-7 a pause and a resume at the same instant change nothing")
    void sl7_zeroPauseChangesNothing() {
        Harness h = new Harness(businessTime(Duration.ofHours(4)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.waitFor(WaitingReason.FOR_OWNER, "2025-01-27T12:30");
        h.step(TicketStep.RESUME, "2025-01-27T12:30");
        assertEquals(sh("2025-01-27T15:30"), h.term("reply").deadline());
    }

    @Test
    @DisplayName("SL-7 waiting for a reason the term does not pause on changes nothing")
    void sl7_otherReasonDoesNotPause() {
        Harness h = new Harness(calendarTime(Duration.ofHours(24)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.waitFor(WaitingReason.FOR_THIRD_PARTY, "2025-01-27T11:00");
        assertEquals(CommitmentStatus.RUNNING, h.term("reply").status());
        assertEquals(sh("2025-01-28T10:00"), h.term("reply").deadline());
    }

    @Test
    @DisplayName("SL-7 a commitment cannot breach while paused")
    void sl7_noBreachWhilePaused() {
        Harness h = new Harness(calendarTime(Duration.ofHours(1)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.waitFor(WaitingReason.FOR_OWNER, "2025-01-27T10:30");
        assertTrue(h.sweep("2025-02-27T10:00").isEmpty());
        assertEquals(CommitmentStatus.PAUSED, h.refreshed("reply", "2025-02-27T10:00").status());
    }

    @Test
    @DisplayName("SL-7 a pause after the deadline passed leaves the commitment breached")
    void sl7_pauseAfterDeadlineStaysBreached() {
        Harness h = new Harness(calendarTime(Duration.ofHours(1)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.waitFor(WaitingReason.FOR_OWNER, "2025-01-27T11:30");
        Commitment c = h.term("reply");
        assertEquals(CommitmentStatus.BREACHED, c.status());
        assertEquals(sh("2025-01-27T11:00"), c.breachedAt());
    }
}
