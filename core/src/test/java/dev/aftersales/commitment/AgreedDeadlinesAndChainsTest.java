package dev.aftersales.commitment;

import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Agreed deadlines (SL-11), chains (SL-12) and cycles. */
class AgreedDeadlinesAndChainsTest {

    private static CommitmentPolicy resolve() {
        return CommitmentPolicy.builder("p").term(CommitmentTerm.builder("resolve")
                .startsOn(TicketStep.ASSIGN).stopsOn(TicketStep.RETURN_RESULT)
                .pausesWhileWaiting(WaitingReason.FOR_OWNER)
                .within(Duration.ofHours(72)).takesAgreedDeadlineOn(TicketStep.AGREE_NEW_TIME)).build();
    }

    private static CommitmentPolicy chain() {
        return CommitmentPolicy.builder("chain")
                .term(CommitmentTerm.builder("one").startsOn(TicketStep.RECEIVE, TicketStep.REOPEN).stopsOn(TicketStep.FORWARD)
                        .within(Duration.ofHours(24)))
                .term(CommitmentTerm.builder("two").startsAfter("one").stopsOn(TicketStep.ASSIGN)
                        .within(Duration.ofHours(24)))
                .build();
    }

    @Test
    @DisplayName("SL-11 an agreed deadline becomes the running commitment's deadline, with who agreed")
    void sl11_agreedBecomesDeadline() {
        Harness h = new Harness(resolve());
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        h.agree(TicketStep.AGREE_NEW_TIME, "2025-03-04T10:00", "2025-03-10T18:00");
        Commitment c = h.term("resolve");
        assertEquals(sh("2025-03-10T18:00"), c.deadline());
        CommitmentInput.DeadlineAgreed g = (CommitmentInput.DeadlineAgreed) c.history().get(1);
        assertEquals(Harness.STAFF, g.by());
        assertEquals(TicketStep.AGREE_NEW_TIME, g.step());
    }

    @Test
    @DisplayName("SL-11 an agreed deadline never erases a breach: it is tracked as a commitment of its own")
    void sl11_agreedAfterBreachIsOwnCommitment() {
        Harness h = new Harness(resolve());
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        h.sweep("2025-03-06T11:00");
        h.agree(TicketStep.AGREE_NEW_TIME, "2025-03-06T12:00", "2025-03-08T12:00");
        List<Commitment> both = h.terms("resolve");
        assertEquals(2, both.size());
        Commitment original = both.get(0);
        Commitment agreed = both.get(1);
        assertEquals(CommitmentStatus.BREACHED, original.status());
        assertEquals(sh("2025-03-06T10:00"), original.breachedAt());
        assertEquals(original.id(), agreed.agreedFrom().orElseThrow());
        assertEquals(sh("2025-03-08T12:00"), agreed.deadline());
        h.step(TicketStep.RETURN_RESULT, "2025-03-08T09:00");
        assertEquals(CommitmentStatus.MET_LATE, h.terms("resolve").get(0).status());
        assertEquals(CommitmentStatus.MET, h.terms("resolve").get(1).status());
    }

    @Test
    @DisplayName("SL-11 an agreed deadline while paused keeps its remaining time until the resume")
    void sl11_agreedWhilePaused() {
        Harness h = new Harness(resolve());
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        h.waitFor(WaitingReason.FOR_OWNER, "2025-03-04T10:00");
        h.agree(TicketStep.AGREE_NEW_TIME, "2025-03-04T12:00", "2025-03-05T12:00");
        assertNull(h.term("resolve").deadline());
        h.step(TicketStep.RESUME, "2025-03-04T18:00");
        assertEquals(sh("2025-03-05T18:00"), h.term("resolve").deadline());
    }

    @Test
    @DisplayName("SL-12 a stage met late starts the next at the late stop")
    void sl12_lateStageStartsNextAtLateStop() {
        Harness h = new Harness(chain());
        h.step(TicketStep.RECEIVE, "2025-03-03T10:00");
        h.step(TicketStep.FORWARD, "2025-03-04T16:00");
        assertEquals(CommitmentStatus.MET_LATE, h.term("one").status());
        Commitment two = h.term("two");
        assertEquals(sh("2025-03-04T16:00"), two.startedAt());
        assertEquals(sh("2025-03-05T16:00"), two.deadline());
        assertEquals("one", two.start().afterTerm());
    }

    @Test
    @DisplayName("SL-12 a term starts at most once per cycle")
    void sl12_startsOncePerCycle() {
        Harness h = new Harness(resolve());
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        h.step(TicketStep.ASSIGN, "2025-03-03T11:00");
        assertEquals(1, h.terms("resolve").size());
        assertEquals(sh("2025-03-06T10:00"), h.term("resolve").deadline());
    }

    @Test
    @DisplayName("A reopened ticket starts a new cycle and keeps the history of the old one")
    void reopenStartsNewCycle() {
        Harness h = new Harness(chain());
        h.step(TicketStep.RECEIVE, "2025-03-03T10:00");
        h.step(TicketStep.FORWARD, "2025-03-03T11:00");
        h.step(TicketStep.ASSIGN, "2025-03-03T12:00");
        h.step(TicketStep.REOPEN, "2025-03-10T09:00");
        List<Commitment> ones = h.terms("one");
        assertEquals(2, ones.size());
        assertEquals(1, ones.get(0).cycle());
        assertEquals(CommitmentStatus.MET, ones.get(0).status());
        assertEquals(2, ones.get(1).cycle());
        assertEquals(CommitmentStatus.RUNNING, ones.get(1).status());
        h.step(TicketStep.FORWARD, "2025-03-10T10:00");
        assertTrue(h.terms("two").stream().anyMatch(c -> c.cycle() == 2));
    }
}
