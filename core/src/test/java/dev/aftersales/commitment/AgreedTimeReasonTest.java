package dev.aftersales.commitment;

import static dev.aftersales.commitment.CommitmentPresets.TERM_CP5_RESULT;
import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.ticket.TicketStep;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SL-11: an agreed new time is recorded with who agreed and why. The reason is free text that may
 * name people, so the commitment keeps only the ticket timeline entry that holds it, and its
 * explanation cites that entry in both languages.
 */
class AgreedTimeReasonTest {

    /** CP-5 stage 3 on working days; the agreement is the ticket's 5th step. */
    private static Harness agreedOnStep5(String agreeAt, String agreed) {
        Harness h = new Harness(CommitmentPresets.cp5ComplaintChain());
        h.step(TicketStep.RECEIVE, "2025-03-10T09:00");      // #1
        h.step(TicketStep.FORWARD, "2025-03-10T09:10");      // #2
        h.step(TicketStep.CLASSIFY_VALID, "2025-03-10T09:20"); // #3
        h.step(TicketStep.ASSIGN, "2025-03-10T09:30");       // #4
        h.agree(TicketStep.AGREE_NEW_TIME, agreeAt, agreed); // #5
        return h;
    }

    @Test
    @DisplayName("SL-11 the history records who agreed the new time and the timeline entry holding why")
    void historyKeepsTheReasonEntry() {
        Harness h = agreedOnStep5("2025-03-11T10:00", "2025-03-20T18:00");
        Commitment result = h.term(TERM_CP5_RESULT);
        CommitmentInput.DeadlineAgreed agreed = result.history().stream()
                .filter(CommitmentInput.DeadlineAgreed.class::isInstance)
                .map(CommitmentInput.DeadlineAgreed.class::cast).findFirst().orElseThrow();
        assertEquals(Harness.STAFF, agreed.by());
        assertEquals(TicketStep.AGREE_NEW_TIME, agreed.step());
        assertEquals(5, agreed.entry());
        assertEquals(sh("2025-03-20T18:00"), result.deadline());
    }

    @Test
    @DisplayName("SL-11 SL-15 the explanation cites the reason's ticket step in English and in Chinese")
    void explanationCitesTheReason() {
        Harness h = agreedOnStep5("2025-03-11T10:00", "2025-03-20T18:00");
        Explanation e = h.engine.explain(h.term(TERM_CP5_RESULT), sh("2025-03-12T00:00"));
        String en = e.render(Locale.ENGLISH);
        String zh = e.render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(en.contains("agreed by staff:S-7 (step new resolution time agreed); deadline now "
                + "2025-03-20 Thu 18:00; reason given in ticket step #5"), en);
        assertTrue(zh.contains("（步骤“约定新的解决时间”）；截止时间改为2025-03-20 周四 18:00；理由见工单步骤#5"), zh);
    }

    @Test
    @DisplayName("SL-11 a new time agreed after the breach cites its reason on the breached commitment")
    void afterBreachCitesTheReason() {
        // stage 3 was due Thursday 13 March 18:00 (3 working days after Monday's assignment)
        Harness h = agreedOnStep5("2025-03-14T10:00", "2025-03-20T18:00");
        List<Commitment> results = h.terms(TERM_CP5_RESULT);
        assertEquals(2, results.size());
        Commitment breached = results.get(0);
        CommitmentInput.AgreedAfterBreach after = breached.history().stream()
                .filter(CommitmentInput.AgreedAfterBreach.class::isInstance)
                .map(CommitmentInput.AgreedAfterBreach.class::cast).findFirst().orElseThrow();
        assertEquals(5, after.entry());
        String en = h.engine.explain(breached, sh("2025-03-15T00:00")).render(Locale.ENGLISH);
        assertTrue(en.contains("after the breach: the breach stays; commitment " + after.successor().value()
                + " tracks the agreed time (SL-11); reason given in ticket step #5"), en);
        String zh = h.engine.explain(breached, sh("2025-03-15T00:00")).render(Locale.CHINESE);
        assertTrue(zh.contains("跟踪约定时间（SL-11）；理由见工单步骤#5"), zh);
    }

    @Test
    @DisplayName("SL-11 an agreed visit time carries no reason, so its explanation cites none")
    void visitTimeCitesNoReason() {
        Harness h = new Harness(CommitmentPresets.rp2RepairResponse()).facts(Harness.repair(
                dev.aftersales.ticket.Urgency.NORMAL));
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        h.agree(TicketStep.AGREE_VISIT, "2025-03-10T11:05", "2025-03-12T14:00");
        String en = h.engine.explain(h.term(CommitmentPresets.TERM_RP2_VISIT), sh("2025-03-11T00:00"))
                .render(Locale.ENGLISH);
        assertFalse(en.contains("reason given"), en);
    }
}
