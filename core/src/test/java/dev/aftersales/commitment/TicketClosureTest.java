package dev.aftersales.commitment;

import static dev.aftersales.commitment.CommitmentPresets.TERM_RP2_CONTACT;
import static dev.aftersales.commitment.CommitmentPresets.TERM_RP2_VISIT_AGREED;
import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Closing the ticket ends the commitments of its cycle (SL-9, SL-10). */
class TicketClosureTest {

    private static final Recipient SUPERVISOR = Recipient.role("cs-supervisor");

    private static CommitmentPolicy policy() {
        return CommitmentPolicy.builder("p")
                .term(CommitmentTerm.builder("reply").startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER)
                        .within(Duration.ofHours(24)).warnAtPercent(75).escalateAtBreach(SUPERVISOR))
                .term(CommitmentTerm.builder("result").startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.RETURN_RESULT)
                        .pausesWhileWaiting(WaitingReason.FOR_OWNER).within(Duration.ofHours(48)))
                .term(CommitmentTerm.builder("inform").startsAfter("result").stopsOn(TicketStep.INFORM_OWNER)
                        .within(Duration.ofHours(24)))
                .build();
    }

    @Test
    @DisplayName("SL-9 closing the ticket stops its running and paused commitments, met before the deadline")
    void sl9_closingTheTicketStopsEveryCommitmentOfTheCycle() {
        Harness h = new Harness(policy());
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.waitFor(WaitingReason.FOR_OWNER, "2025-01-27T12:00");
        h.step(TicketStep.CLOSE, "2025-01-27T14:00");
        assertEquals(CommitmentStatus.MET, h.term("reply").status());
        assertEquals(sh("2025-01-27T14:00"), h.term("reply").stoppedAt());
        assertEquals(CommitmentStatus.MET, h.term("result").status());
        assertNull(h.term("reply").nextCheck());
        assertNull(h.term("result").nextCheck());
        assertTrue(h.terms("inform").isEmpty(), "a stop by the closure chains nothing");
        assertTrue(h.sweep("2025-03-01T00:00").isEmpty());
    }

    @Test
    @DisplayName("SL-10 a commitment closed after its deadline is met late, and the owed breach fires once")
    void sl10_closedAfterTheDeadlineIsMetLate() {
        Harness h = new Harness(policy());
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.step(TicketStep.CLOSE, "2025-01-28T11:00");
        Commitment reply = h.term("reply");
        assertEquals(CommitmentStatus.MET_LATE, reply.status());
        assertEquals(Duration.ofHours(1), reply.lateness().orElseThrow());
        List<CommitmentEvent> fired = h.sweep("2025-01-28T12:00");
        assertEquals(List.of(FiringKind.BREACH, FiringKind.ESCALATION),
                fired.stream().map(CommitmentEvent::kind).toList());
        assertTrue(h.sweep("2025-03-01T00:00").isEmpty());
        assertEquals(CommitmentStatus.MET, h.term("result").status());
    }

    @Test
    @DisplayName("SL-15 the explanation says the commitment stopped because the ticket was closed, in English and Chinese")
    void sl15_explanationSaysTheTicketWasClosed() {
        Harness h = new Harness(policy());
        h.step(TicketStep.RECEIVE, "2025-01-27T10:00");
        h.step(TicketStep.CLOSE, "2025-01-28T11:00");
        Explanation e = h.engine.explain(h.term("reply"), sh("2025-01-29T00:00"));
        assertTrue(e.steps().stream().anyMatch(s -> s instanceof ExplanationStep.Stopped x
                && x.step() == TicketStep.CLOSE));
        assertTrue(e.render(Locale.ENGLISH).contains("stopped because the ticket was closed: met late"),
                e.render(Locale.ENGLISH));
        assertTrue(e.render(Locale.CHINESE).contains("因工单已关闭而结束：超时达成"), e.render(Locale.CHINESE));
    }

    @Test
    @DisplayName("RP-2 agreeing the plan straight after the contact meets the visit-agreed term")
    void rp2_agreePlanStopsTheVisitAgreedTerm() {
        Harness h = new Harness(CommitmentPresets.rp2RepairResponse()).facts(Harness.repair(Urgency.NORMAL));
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        h.step(TicketStep.CONTACT_OWNER, "2025-03-10T11:00");
        h.step(TicketStep.AGREE_PLAN, "2025-03-10T15:00");
        assertEquals(CommitmentStatus.MET, h.term(TERM_RP2_CONTACT).status());
        assertEquals(CommitmentStatus.MET, h.term(TERM_RP2_VISIT_AGREED).status());
        assertTrue(h.sweep("2025-03-20T00:00").isEmpty());
    }

    @Test
    @DisplayName("RP-2 starting the work straight after the contact meets the visit-agreed term")
    void rp2_startWorkStopsTheVisitAgreedTerm() {
        Harness h = new Harness(CommitmentPresets.rp2RepairResponse()).facts(Harness.repair(Urgency.NORMAL));
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        h.step(TicketStep.CONTACT_OWNER, "2025-03-10T11:00");
        h.step(TicketStep.START_WORK, "2025-03-10T15:00");
        assertEquals(CommitmentStatus.MET, h.term(TERM_RP2_VISIT_AGREED).status());
    }
}
