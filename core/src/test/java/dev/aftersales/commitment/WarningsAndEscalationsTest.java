package dev.aftersales.commitment;

import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Warnings (SL-8) and escalations (SL-9, CP-8, CP-9). */
class WarningsAndEscalationsTest {

    private static final Recipient SUPERVISOR = Recipient.role("cs-supervisor");
    private static final Recipient GM = Recipient.department("gm-office");

    private static CommitmentPolicy policy(CommitmentTerm.Builder term) {
        return CommitmentPolicy.builder("p").term(term).build();
    }

    private static CommitmentTerm.Builder reply() {
        return CommitmentTerm.builder("reply").startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER)
                .pausesWhileWaiting(WaitingReason.FOR_OWNER);
    }

    @Test
    @DisplayName("SL-8 warnings at 75 % and 2 hours before fire at their instants, once")
    void sl8_warningsFireOnce() {
        Harness h = new Harness(policy(reply().within(Duration.ofHours(24)).warnAtPercent(75)
                .warnBefore(Duration.ofHours(2))));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        assertEquals(sh("2025-01-28T04:00"), h.term("reply").nextCheck());
        List<CommitmentEvent> first = h.sweep("2025-01-28T04:00");
        assertEquals(1, first.size());
        assertEquals(FiringKind.WARNING, first.get(0).kind());
        assertEquals(1, first.get(0).level());
        assertTrue(h.sweep("2025-01-28T05:00").isEmpty());
        List<CommitmentEvent> second = h.sweep("2025-01-28T08:30");
        assertEquals(sh("2025-01-28T08:00"), second.get(0).scheduledAt());
        assertEquals(2, second.get(0).level());
    }

    @Test
    @DisplayName("SL-8 warnings on a business-time target count working time and move with a pause")
    void sl8_warningsMoveWithPause() {
        Harness h = new Harness(policy(reply().withinBusinessTime(Duration.ofHours(4), BusinessCalendars.HOTLINE_ID)
                .warnAtPercent(75)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        // 75 % of 4 h = 3 h of working time: 10-12, then 13:30-14:30
        assertEquals(sh("2025-01-27T14:30"), h.term("reply").nextCheck());
        h.waitFor(WaitingReason.FOR_OWNER, "2025-01-27T14:00");
        h.step(TicketStep.RESUME, "2025-01-28T09:00");
        assertEquals(sh("2025-01-28T09:30"), h.term("reply").nextCheck());
    }

    @Test
    @DisplayName("SL-8 no warning fires after the stop, even when its sweep comes later")
    void sl8_noWarningAfterStop() {
        Harness h = new Harness(policy(reply().within(Duration.ofHours(24)).warnAtPercent(50)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.step(TicketStep.CONTACT_OWNER, "2025-01-27T21:59");
        assertTrue(h.sweep("2025-01-29T00:00").isEmpty());
    }

    @Test
    @DisplayName("SL-8 a warning missed during downtime fires once on the next sweep with its scheduled instant")
    void sl8_missedWarningStampedWithSchedule() {
        Harness h = new Harness(policy(reply().within(Duration.ofHours(24)).warnAtPercent(50)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        List<CommitmentEvent> fired = h.sweep("2025-01-28T09:00");
        assertEquals(1, fired.size());
        assertEquals(sh("2025-01-27T22:00"), fired.get(0).scheduledAt());
        assertTrue(h.sweep("2025-01-28T09:30").isEmpty());
    }

    @Test
    @DisplayName("SL-8 a warning never fires after the commitment stopped, even if its instant passed unswept")
    void sl8_warningNeverFiresAfterTheCommitmentStopped() {
        Harness h = new Harness(policy(reply().within(Duration.ofHours(24)).warnAtPercent(75)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        // the 75 % warning is due 2025-01-28T04:00; no sweep runs for 20 hours
        h.step(TicketStep.CONTACT_OWNER, "2025-01-28T06:00");
        Commitment stopped = h.term("reply");
        assertEquals(CommitmentStatus.MET, stopped.status());
        assertEquals(null, stopped.nextCheck());
        assertTrue(h.engine.sweep(stopped, sh("2025-01-28T07:00")).fired().isEmpty());
        assertTrue(h.sweep("2025-01-28T07:00").isEmpty());
    }

    @Test
    @DisplayName("SL-8 SL-10 a breach owed at the stop still fires, without the warnings that were never swept")
    void sl8_owedBreachFiresWithoutUnsweptWarnings() {
        Harness h = new Harness(policy(reply().within(Duration.ofHours(24)).warnAtPercent(75)
                .escalateAtBreach(SUPERVISOR)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.step(TicketStep.CONTACT_OWNER, "2025-01-28T12:00");
        assertEquals(sh("2025-01-28T10:00:00.000000001"), h.term("reply").nextCheck());
        List<CommitmentEvent> fired = h.sweep("2025-01-28T13:00");
        assertEquals(List.of(FiringKind.BREACH, FiringKind.ESCALATION),
                fired.stream().map(CommitmentEvent::kind).toList());
        assertEquals(CommitmentStatus.MET_LATE, h.term("reply").status());
        assertEquals(null, h.term("reply").nextCheck());
    }

    @Test
    @DisplayName("SL-9 the breach escalates at once and again at each later level while still open")
    void sl9_escalationLevels() {
        Harness h = new Harness(policy(reply().within(Duration.ofHours(2))
                .escalateAtBreach(SUPERVISOR)
                .escalateAfterBreach(Target.calendarTime(Duration.ofHours(4)), GM)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        List<CommitmentEvent> atBreach = h.sweep("2025-01-27T12:01");
        assertEquals(List.of(FiringKind.BREACH, FiringKind.ESCALATION),
                atBreach.stream().map(CommitmentEvent::kind).toList());
        assertEquals(List.of(SUPERVISOR), atBreach.get(1).recipients());
        assertEquals(sh("2025-01-27T12:00"), atBreach.get(1).scheduledAt());
        List<CommitmentEvent> later = h.sweep("2025-01-27T16:00");
        assertEquals(1, later.size());
        assertEquals(2, later.get(0).level());
        assertEquals(List.of(GM), later.get(0).recipients());
    }

    @Test
    @DisplayName("SL-9 a later escalation level does not fire once the commitment stopped")
    void sl9_noEscalationAfterStop() {
        Harness h = new Harness(policy(reply().within(Duration.ofHours(2))
                .escalateAtBreach(SUPERVISOR)
                .escalateAfterBreach(Target.calendarTime(Duration.ofHours(4)), GM)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.sweep("2025-01-27T12:30");
        h.step(TicketStep.CONTACT_OWNER, "2025-01-27T13:00");
        assertTrue(h.sweep("2025-01-28T00:00").isEmpty());
        assertEquals(CommitmentStatus.MET_LATE, h.term("reply").status());
    }

    @Test
    @DisplayName("SL-9 an escalation after the breach may count working days")
    void sl9_escalationOffsetInWorkingDays() {
        Harness h = new Harness(policy(reply().within(Duration.ofHours(2))
                .escalateAfterBreach(Target.workingDays(1, BusinessCalendars.CHINA_OFFICE_ID), GM)));
        h.step(TicketStep.RECEIVE, "2025-01-24T17:00");
        h.sweep("2025-01-24T19:05");
        // breach Friday 19:00; next working day on the office calendar: Sunday 26 January (make-up day)
        List<CommitmentEvent> fired = h.sweep("2025-02-10T00:00");
        assertEquals(sh("2025-01-26T18:00"), fired.get(0).scheduledAt());
    }

    @Test
    @DisplayName("CP-9 an escalation at the start fires at once")
    void cp9_escalationAtStart() {
        Harness h = new Harness(policy(reply().within(Duration.ofHours(24)).escalateAtStart(GM)));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        List<CommitmentEvent> fired = h.sweep("2025-01-27T10:00");
        assertEquals(1, fired.size());
        assertEquals(FiringKind.ESCALATION, fired.get(0).kind());
        assertEquals(sh("2025-01-27T10:00"), fired.get(0).scheduledAt());
    }

    @Test
    @DisplayName("SL-9 fired events carry a stable id built from the unique key")
    void sl9_stableEventId() {
        Harness h = new Harness(policy(reply().within(Duration.ofHours(1))));
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        CommitmentEvent e = h.sweep("2025-01-27T12:00").get(0);
        assertEquals("CF:" + h.term("reply").id().value() + ":1:BREACH:0", e.eventId());
        assertEquals(e.scheduledAt(), e.occurredAt());
    }
}
