package dev.aftersales.commitment;

import static dev.aftersales.commitment.CommitmentPresets.TERM_RP2_CONTACT;
import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SL-8, SL-9: a commitment tells when its next warning is due and when it is next checked. */
class NextWarningAndCheckTest {

    /** RP-2 contact with a warning 2 hours before its deadline. */
    private static Harness warnedContact() {
        CommitmentPolicy rp2 = CommitmentPresets.rp2RepairResponse();
        CommitmentTerm contact = rp2.term(TERM_RP2_CONTACT).orElseThrow().toBuilder()
                .warnBefore(Duration.ofHours(2)).build();
        Harness h = new Harness(rp2.withTerm(contact)).facts(Harness.repair(Urgency.NORMAL));
        h.step(TicketStep.RECEIVE, "2025-03-06T10:00");
        return h;
    }

    @Test
    @DisplayName("SL-8 the next warning is 2 hours before the Friday 18:00 deadline, and it is the next check")
    void nextWarningBeforeTheDeadline() {
        Harness h = warnedContact();
        Commitment contact = h.term(TERM_RP2_CONTACT);
        assertEquals(sh("2025-03-07T16:00"), h.engine.nextWarningAt(contact).orElseThrow());
        assertEquals(sh("2025-03-07T16:00"), contact.nextCheckAt().orElseThrow());
    }

    @Test
    @DisplayName("SL-8 SL-9 once the warning fired there is no next warning, and the next check is the breach")
    void afterTheWarningTheBreachIsNext() {
        Harness h = warnedContact();
        h.sweep("2025-03-07T16:00");
        Commitment contact = h.term(TERM_RP2_CONTACT);
        assertTrue(contact.hasFired(FiringKind.WARNING, 1));
        assertTrue(h.engine.nextWarningAt(contact).isEmpty());
        Instant breachDue = contact.nextCheckAt().orElseThrow();
        assertTrue(!breachDue.isBefore(sh("2025-03-07T18:00")) && breachDue.isBefore(sh("2025-03-07T18:01")),
                breachDue.toString());
    }

    @Test
    @DisplayName("SL-9 a stopped commitment has nothing left to check")
    void stoppedHasNoNextCheck() {
        Harness h = warnedContact();
        h.step(TicketStep.CONTACT_OWNER, "2025-03-07T11:00");
        Commitment contact = h.term(TERM_RP2_CONTACT);
        assertTrue(h.engine.nextWarningAt(contact).isEmpty());
        assertTrue(contact.nextCheckAt().isEmpty());
    }
}
