package dev.aftersales.commitment;

import static dev.aftersales.commitment.CommitmentPresets.TERM_CP5_DISPATCH;
import static dev.aftersales.commitment.CommitmentPresets.TERM_CP5_FORWARD;
import static dev.aftersales.commitment.CommitmentPresets.TERM_CP5_INFORM;
import static dev.aftersales.commitment.CommitmentPresets.TERM_CP5_PROGRESS;
import static dev.aftersales.commitment.CommitmentPresets.TERM_CP5_RESULT;
import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole CP-5 chain of company C, worked by hand across the Spring Festival 2025 on the office
 * calendar (Monday to Friday 09:00-12:00 and 13:30-18:00; public holiday 28 January to 4 February;
 * make-up working days Sunday 26 January and Saturday 8 February, with Monday's hours), with a
 * late stage, a pause while waiting for the owner, and a new resolution time agreed with the owner.
 * Late stages escalate to the administration and HR department (CP-8).
 *
 * <pre>
 * Fri 24 Jan 16:00  received at a sales office      stage 1 (24 h): due Sat 25 Jan 16:00
 * Sat 25 Jan 10:00  forwarded to customer service   stage 1 met; stage 2 (24 h): due Sun 26 Jan 10:00
 * Sun 26 Jan 10:00  stage 2 breached (CP-8: escalated to admin-hr)
 * Sun 26 Jan 14:00  assigned to engineering         stage 2 met 4 h late; stage 3 starts at the late stop
 *                   (SL-12): 3 working days after Sun 26 Jan = Mon 27 Jan, Wed 5 Feb, Thu 6 Feb
 *                   -> due Thu 6 Feb 18:00, 26 h 30 min of working time given; the progress notice
 *                   (3 working days) is due at the same instant
 * Mon 27 Jan 10:00  waiting for the owner           stage 3 paused with 21 h 30 min remaining
 *                   (Mon 10-12, 13:30-18, Wed 5 and Thu 6 Feb); the progress notice runs on
 * Thu 6 Feb 13:30   resumed                         21 h 30 min from now: Thu 4 h 30, Fri 7 h 30,
 *                   Sat 8 Feb (make-up day) 7 h 30, Mon 10 Feb 09:00-11:00 -> due Mon 10 Feb 11:00
 * Thu 6 Feb 15:00   new resolution time agreed: Wed 12 Feb 18:00 -> stage 3 due then (SL-11);
 *                   the progress notice is met
 * Tue 11 Feb 11:00  result returned                 stage 3 met; stage 4 (2 working days):
 *                   Wed 12, Thu 13 Feb -> due Thu 13 Feb 18:00
 * Wed 12 Feb 16:00  owner told the result           stage 4 met
 * </pre>
 */
class Cp5SpringFestival2025Test {

    private Harness chain() {
        Harness h = new Harness(CommitmentPresets.withCp8Escalation(CommitmentPresets.cp5ComplaintChain()));
        h.step(TicketStep.RECEIVE, "2025-01-24T16:00");
        h.step(TicketStep.FORWARD, "2025-01-25T10:00");
        h.sweep("2025-01-26T12:00");
        h.step(TicketStep.CLASSIFY_VALID, "2025-01-26T13:00");
        h.step(TicketStep.ASSIGN, "2025-01-26T14:00");
        h.waitFor(WaitingReason.FOR_OWNER, "2025-01-27T10:00");
        h.step(TicketStep.RESUME, "2025-02-06T13:30");
        h.agree(TicketStep.AGREE_NEW_TIME, "2025-02-06T15:00", "2025-02-12T18:00");
        h.step(TicketStep.RETURN_RESULT, "2025-02-11T11:00");
        h.step(TicketStep.INFORM_OWNER, "2025-02-12T16:00");
        h.sweep("2025-03-01T00:00");
        return h;
    }

    @Test
    @DisplayName("CP-5 stage 1: forwarded within 24 hours of receipt")
    void stage1() {
        Commitment c = chain().term(TERM_CP5_FORWARD);
        assertEquals(CommitmentStatus.MET, c.status());
        assertEquals(sh("2025-01-25T16:00"), c.deadline());
    }

    @Test
    @DisplayName("CP-5 stage 2 met late, escalated once at its breach (CP-8, SL-9, SL-10)")
    void stage2LateAndEscalated() {
        Harness h = chain();
        Commitment c = h.term(TERM_CP5_DISPATCH);
        assertEquals(CommitmentStatus.MET_LATE, c.status());
        assertEquals(sh("2025-01-26T10:00"), c.breachedAt());
        assertEquals(Duration.ofHours(4), c.lateness().orElseThrow());
        assertEquals(List.of(FiringKind.BREACH, FiringKind.ESCALATION),
                c.firings().stream().map(Firing::kind).toList());
        assertEquals(sh("2025-01-26T10:00"), c.firing(FiringKind.ESCALATION, 1).orElseThrow().scheduledAt());
        assertEquals(2, h.fired.stream().filter(e -> e.commitmentId().equals(c.id())).count());
    }

    @Test
    @DisplayName("CP-5 stage 3 starts at the late stop, pauses, resumes over the make-up day, takes the agreed time")
    void stage3() {
        Harness h = chain();
        Commitment c = h.term(TERM_CP5_RESULT);
        assertEquals(sh("2025-01-26T14:00"), c.startedAt());
        assertEquals(CommitmentStatus.MET, c.status());
        assertEquals(sh("2025-02-12T18:00"), c.deadline());
        Evaluation atStart = h.engine.evaluate(c.withHistory(c.history().subList(0, 1)).withFirings(List.of()));
        assertEquals(sh("2025-02-06T18:00"), atStart.deadline());
        assertEquals(Duration.ofMinutes(26 * 60 + 30), atStart.budget());
        Evaluation paused = h.engine.evaluate(c.withHistory(c.history().subList(0, 2)).withFirings(List.of()));
        assertEquals(Duration.ofMinutes(21 * 60 + 30), paused.remaining());
        Evaluation resumed = h.engine.evaluate(c.withHistory(c.history().subList(0, 3)).withFirings(List.of()));
        assertEquals(sh("2025-02-10T11:00"), resumed.deadline());
    }

    @Test
    @DisplayName("CP-5 the progress notice is kept by agreeing a new time within 3 working days")
    void progressNotice() {
        Commitment c = chain().term(TERM_CP5_PROGRESS);
        assertEquals(CommitmentStatus.MET, c.status());
        assertEquals(sh("2025-02-06T15:00"), c.stoppedAt());
        assertEquals(sh("2025-02-06T18:00"), c.deadline());
    }

    @Test
    @DisplayName("CP-5 stage 4: the owner is told within 2 working days of the result")
    void stage4() {
        Commitment c = chain().term(TERM_CP5_INFORM);
        assertEquals(sh("2025-02-11T11:00"), c.startedAt());
        assertEquals(sh("2025-02-13T18:00"), c.deadline());
        assertEquals(CommitmentStatus.MET, c.status());
    }

    @Test
    @DisplayName("SL-15 stage 3 explains itself in English and in Chinese")
    void stage3Explained() {
        Harness h = chain();
        Explanation e = h.engine.explain(h.term(TERM_CP5_RESULT), sh("2025-03-01T00:00"));
        String en = e.render(Locale.ENGLISH);
        String zh = e.render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(en.contains("policy cp5-complaint-chain@1, term return the result (rules CP-5, SL-11, CP-8)"), en);
        assertTrue(en.contains("2025-01-26 Sun 14:00  started when term classify and dispatch stopped"), en);
        assertTrue(en.contains("deadline 2025-02-06 Thu 18:00, 1 d 2 h 30 min given"), en);
        assertTrue(en.contains("2025-01-27 Mon 10:00  paused, waiting for the owner; 21 h 30 min remaining"), en);
        assertTrue(en.contains("2025-02-06 Thu 13:30  resumed; deadline now 2025-02-10 Mon 11:00"), en);
        assertTrue(en.contains("2025-02-06 Thu 15:00  deadline 2025-02-12 Wed 18:00 agreed by staff:S-7"), en);
        assertTrue(en.contains("2025-02-11 Tue 11:00  stopped by the step result returned: met"), en);
        assertTrue(en.contains("skipped until 2025-01-27 Mon 09:00: outside working hours"), en);
        assertTrue(zh.contains("条款分类并派单结束（步骤“派单至责任部门”）时开始"), zh);
        assertTrue(zh.contains("暂停计时，等待业主；剩余21小时30分钟"), zh);
        assertTrue(zh.contains("恢复计时；截止时间改为2025-02-10 周一 11:00"), zh);
        assertTrue(zh.contains("约定截止时间2025-02-12 周三 18:00（步骤“约定新的解决时间”）"), zh);
        assertTrue(zh.contains("截至2025-03-01 周六 00:00的结果：按时达成"), zh);
    }

    @Test
    @DisplayName("SL-15 the explanation of a deadline computed over the holiday names it")
    void holidayNamed() {
        Harness h = new Harness(CommitmentPresets.cp5ComplaintChain());
        h.step(TicketStep.RECEIVE, "2025-01-24T16:00");
        h.step(TicketStep.FORWARD, "2025-01-25T10:00");
        h.step(TicketStep.ASSIGN, "2025-01-26T14:00");
        Explanation e = h.engine.explain(h.term(TERM_CP5_RESULT), sh("2025-01-26T15:00"));
        assertTrue(e.steps().stream().anyMatch(s -> s instanceof ExplanationStep.Skipped k
                && k.span().name().equals("春节") && k.at().equals(sh("2025-01-28T00:00"))
                && k.span().end().equals(sh("2025-02-05T00:00"))));
        assertTrue(e.render(Locale.ENGLISH).contains(
                "2025-01-28 Tue 00:00  skipped until 2025-02-05 Wed 00:00: public holiday (春节)"));
        assertTrue(e.render(Locale.CHINESE).contains("跳过至2025-02-05 周三 00:00：法定节假日（春节）"));
    }

    @Test
    @DisplayName("CP-5 with calendar days: 3 days are 72 hours of calendar time")
    void calendarDays() {
        Harness h = new Harness(CommitmentPresets.cp5ComplaintChain(CommitmentPresets.DayCount.CALENDAR_DAYS,
                "cn-office"));
        h.step(TicketStep.RECEIVE, "2025-01-24T16:00");
        h.step(TicketStep.FORWARD, "2025-01-25T10:00");
        h.step(TicketStep.ASSIGN, "2025-01-26T14:00");
        assertEquals(sh("2025-01-29T14:00"), h.term(TERM_CP5_RESULT).deadline());
    }
}
