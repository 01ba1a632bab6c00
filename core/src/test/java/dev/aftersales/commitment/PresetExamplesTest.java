package dev.aftersales.commitment;

import dev.aftersales.calendar.BusinessCalendars;
import static dev.aftersales.commitment.CommitmentPresets.TERM_CP1_REPLY;
import static dev.aftersales.commitment.CommitmentPresets.TERM_CP9_VISIT;
import static dev.aftersales.commitment.CommitmentPresets.TERM_CV2_ANSWER;
import static dev.aftersales.commitment.CommitmentPresets.TERM_CV3_LETTER;
import static dev.aftersales.commitment.CommitmentPresets.TERM_RP2_CONTACT;
import static dev.aftersales.commitment.CommitmentPresets.TERM_RP2_EMERGENCY;
import static dev.aftersales.commitment.CommitmentPresets.TERM_RP2_VISIT;
import static dev.aftersales.commitment.CommitmentPresets.TERM_RP2_VISIT_AGREED;
import static dev.aftersales.commitment.CommitmentPresets.TERM_RP6_CALLBACK;
import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hand-worked examples of every preset (RP-2, CP-1, CV-3, CP-8, CP-9; CP-5 in its own class). */
class PresetExamplesTest {

    @Test
    @DisplayName("RP-2 SL-5 a repair reported Monday 10:00 gets contact by Tuesday 18:00, an agreed visit by Tuesday 10:00")
    void rp2_normalRepair() {
        Harness h = new Harness(CommitmentPresets.rp2RepairResponse()).facts(Harness.repair(Urgency.NORMAL));
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        assertEquals(sh("2025-03-11T18:00"), h.term(TERM_RP2_CONTACT).deadline());
        assertEquals(sh("2025-03-11T10:00"), h.term(TERM_RP2_VISIT_AGREED).deadline());
        h.step(TicketStep.CONTACT_OWNER, "2025-03-10T15:00");
        h.agree(TicketStep.AGREE_VISIT, "2025-03-11T09:00", "2025-03-12T14:00");
        assertEquals(CommitmentStatus.MET, h.term(TERM_RP2_CONTACT).status());
        assertEquals(CommitmentStatus.MET, h.term(TERM_RP2_VISIT_AGREED).status());
        assertEquals(sh("2025-03-12T14:00"), h.term(TERM_RP2_VISIT).deadline());
    }

    @Test
    @DisplayName("RP-2 SL-5 a repair reported Friday 20:00 before a normal weekend gets contact by Monday 18:00")
    void rp2_fridayEvening() {
        Harness h = new Harness(CommitmentPresets.rp2RepairResponse()).facts(Harness.repair(Urgency.NORMAL));
        h.step(TicketStep.RECEIVE, "2025-03-14T20:00");
        assertEquals(sh("2025-03-17T18:00"), h.term(TERM_RP2_CONTACT).deadline());
    }

    @Test
    @DisplayName("RP-2 SL-11 the agreed visit time is the visit's deadline, moved by a new agreement, met late when the engineer is late")
    void rp2_visitAtAgreedTime() {
        Harness h = new Harness(CommitmentPresets.rp2RepairResponse()).facts(Harness.repair(Urgency.NORMAL));
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        h.step(TicketStep.CONTACT_OWNER, "2025-03-10T11:00");
        h.agree(TicketStep.AGREE_VISIT, "2025-03-10T11:05", "2025-03-12T14:00");
        h.agree(TicketStep.AGREE_VISIT, "2025-03-11T16:00", "2025-03-13T10:00");
        assertEquals(sh("2025-03-13T10:00"), h.term(TERM_RP2_VISIT).deadline());
        h.step(TicketStep.AGREE_PLAN, "2025-03-13T10:30");
        Commitment visit = h.term(TERM_RP2_VISIT);
        assertEquals(CommitmentStatus.MET_LATE, visit.status());
        assertEquals(Duration.ofMinutes(30), visit.lateness().orElseThrow());
    }

    @Test
    @DisplayName("RP-2 an emergency at night gets an engineer on site within the stated default of 2 hours")
    void rp2_emergencyDefault() {
        Harness h = new Harness(CommitmentPresets.rp2Emergency()).facts(Harness.repair(Urgency.EMERGENCY));
        h.step(TicketStep.RECEIVE, "2025-03-08T23:10");
        assertEquals(sh("2025-03-09T01:10"), h.term(TERM_RP2_EMERGENCY).deadline());
        h.step(TicketStep.AGREE_PLAN, "2025-03-09T00:40");
        assertEquals(CommitmentStatus.MET, h.term(TERM_RP2_EMERGENCY).status());
    }

    @Test
    @DisplayName("RP-2 the emergency figure is configurable")
    void rp2_emergencyConfigured() {
        Harness h = new Harness(CommitmentPresets.rp2Emergency(Duration.ofMinutes(30)))
                .facts(Harness.repair(Urgency.EMERGENCY));
        h.step(TicketStep.RECEIVE, "2025-03-08T23:10");
        h.step(TicketStep.AGREE_PLAN, "2025-03-09T00:40");
        Commitment c = h.term(TERM_RP2_EMERGENCY);
        assertEquals(CommitmentStatus.MET_LATE, c.status());
        assertEquals(sh("2025-03-08T23:40"), c.breachedAt());
    }

    @Test
    @DisplayName("RP-2 emergencies and other repairs get their own policies")
    void rp2_selection() {
        Harness h = new Harness(CommitmentPresets.rp2RepairResponse(), CommitmentPresets.rp2Emergency())
                .facts(Harness.repair(Urgency.EMERGENCY));
        h.step(TicketStep.RECEIVE, "2025-03-08T23:10");
        assertEquals(List.of(TERM_RP2_EMERGENCY), h.store.values().stream().map(Commitment::termKey).toList());
    }

    @Test
    @DisplayName("CP-1 a complaint gets a reply within 24 hours, whatever the hotline hours")
    void cp1_reply() {
        Harness h = new Harness(CommitmentPresets.cp1ComplaintReply());
        h.step(TicketStep.RECEIVE, "2025-03-10T19:30");
        assertEquals(sh("2025-03-11T19:30"), h.term(TERM_CP1_REPLY).deadline());
        h.step(TicketStep.CONTACT_OWNER, "2025-03-11T19:30");
        assertEquals(CommitmentStatus.MET, h.term(TERM_CP1_REPLY).status());
    }

    @Test
    @DisplayName("CP-1 a reopened complaint gets a new reply commitment in its new cycle")
    void cp1_reopened() {
        Harness h = new Harness(CommitmentPresets.cp1ComplaintReply());
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        h.step(TicketStep.CONTACT_OWNER, "2025-03-10T11:00");
        h.step(TicketStep.REOPEN, "2025-03-20T09:00");
        List<Commitment> replies = h.terms(TERM_CP1_REPLY);
        assertEquals(2, replies.size());
        assertEquals(sh("2025-03-21T09:00"), replies.get(1).deadline());
        assertEquals(2, replies.get(1).cycle());
    }

    @Test
    @DisplayName("CP-8 a late reply is escalated once to the administration and HR department")
    void cp8_lateTaskEscalated() {
        Harness h = new Harness(CommitmentPresets.withCp8Escalation(CommitmentPresets.cp1ComplaintReply()));
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        List<CommitmentEvent> fired = h.sweep("2025-03-11T10:30");
        assertEquals(List.of(FiringKind.BREACH, FiringKind.ESCALATION), fired.stream().map(CommitmentEvent::kind).toList());
        assertEquals(List.of(CommitmentPresets.ADMIN_HR), fired.get(1).recipients());
        assertEquals(sh("2025-03-11T10:00"), fired.get(1).scheduledAt());
        assertTrue(h.sweep("2025-03-12T10:30").isEmpty());
    }

    @Test
    @DisplayName("CV-3 a letter reaches the supervisor within 10 minutes")
    void cv3_letter() {
        Harness h = new Harness(CommitmentPresets.cv3LetterToSupervisor()).facts(Harness.letter());
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        assertEquals(sh("2025-03-10T10:10"), h.term(TERM_CV3_LETTER).deadline());
        h.step(TicketStep.FORWARD, "2025-03-10T10:12");
        Commitment c = h.term(TERM_CV3_LETTER);
        assertEquals(CommitmentStatus.MET_LATE, c.status());
        assertEquals(Duration.ofMinutes(2), c.lateness().orElseThrow());
    }

    @Test
    @DisplayName("CV-3 only letters are selected")
    void cv3_onlyLetters() {
        Harness h = new Harness(CommitmentPresets.cv3LetterToSupervisor());
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        assertTrue(h.store.isEmpty());
    }

    @Test
    @DisplayName("CP-9 a severe complaint is reported at once to the property director and the general manager's office")
    void cp9_reportedAtOnce() {
        Harness h = new Harness(CommitmentPresets.cp9SevereComplaint()).facts(Harness.complaint(Severity.SEVERE));
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        List<CommitmentEvent> fired = h.sweep("2025-03-10T10:00");
        assertEquals(1, fired.size());
        assertEquals(FiringKind.ESCALATION, fired.get(0).kind());
        assertEquals(List.of(CommitmentPresets.PROPERTY_DIRECTOR, CommitmentPresets.GM_OFFICE),
                fired.get(0).recipients());
        assertEquals(sh("2025-03-10T10:00"), fired.get(0).scheduledAt());
        h.agree(TicketStep.AGREE_VISIT, "2025-03-10T17:00", "2025-03-11T09:00");
        assertEquals(CommitmentStatus.MET, h.term(TERM_CP9_VISIT).status());
        assertTrue(h.sweep("2025-03-20T00:00").isEmpty());
    }

    @Test
    @DisplayName("CP-9 general complaints are not reported at once")
    void cp9_onlySevere() {
        Harness h = new Harness(CommitmentPresets.cp9SevereComplaint()).facts(Harness.complaint(Severity.GENERAL));
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        assertTrue(h.store.isEmpty());
    }

    @Test
    @DisplayName("All presets register together and a complaint gets CP-1 and CP-5 commitments")
    void allPresets() {
        Harness h = new Harness(CommitmentPresets.all().toArray(new CommitmentPolicy[0]));
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        assertEquals(List.of(TERM_CP1_REPLY, CommitmentPresets.TERM_CP5_FORWARD),
                h.store.values().stream().map(Commitment::termKey).toList());
    }

    @Test
    @DisplayName("RP-6 SL-5 a repair confirmed Wednesday 30 April 2025 is called back by Thursday 8 May 18:00 (May Day 1-5 off); an attempt does not stop the clock, the callback does")
    void rp6_callbackAfterConfirmation() {
        Harness h = new Harness(CommitmentPresets.rp6RepairCallback()).facts(Harness.repair(Urgency.NORMAL));
        h.step(TicketStep.RECEIVE, "2025-04-28T09:00");
        assertTrue(h.store.isEmpty(), "nothing runs before the owner confirms the closure");
        h.step(TicketStep.CONFIRM_CLOSURE, "2025-04-30T16:00");
        assertEquals(sh("2025-05-08T18:00"), h.term(TERM_RP6_CALLBACK).deadline());
        h.step(TicketStep.RECORD_CALLBACK_ATTEMPT, "2025-05-06T10:00");
        assertEquals(CommitmentStatus.RUNNING, h.term(TERM_RP6_CALLBACK).status());
        h.step(TicketStep.RECORD_CALLBACK, "2025-05-07T11:00");
        assertEquals(CommitmentStatus.MET, h.term(TERM_RP6_CALLBACK).status());
    }

    @Test
    @DisplayName("RP-6 a recorded reason (owner declined, or unreachable after the attempts) meets the callback term")
    void rp6_waiverMeetsTheTerm() {
        for (TicketStep waiver : List.of(TicketStep.CALLBACK_DECLINED, TicketStep.CALLBACK_UNREACHABLE)) {
            Harness h = new Harness(CommitmentPresets.rp6RepairCallback()).facts(Harness.repair(Urgency.NORMAL));
            h.step(TicketStep.CONFIRM_CLOSURE, "2025-03-10T10:00");
            h.step(waiver, "2025-03-11T10:00");
            assertEquals(CommitmentStatus.MET, h.term(TERM_RP6_CALLBACK).status(), waiver.name());
        }
    }

    @Test
    @DisplayName("RP-6 SL-9 CP-8 a callback not made in time breaches at its deadline and escalates like any other term; the working days are configurable")
    void rp6_breachAndConfiguration() {
        Harness h = new Harness(CommitmentPresets.withCp8Escalation(CommitmentPresets.rp6RepairCallback()))
                .facts(Harness.repair(Urgency.NORMAL));
        h.step(TicketStep.CONFIRM_CLOSURE, "2025-03-10T10:00");
        assertEquals(sh("2025-03-13T18:00"), h.term(TERM_RP6_CALLBACK).deadline());
        h.sweep("2025-03-14T09:00");
        assertEquals(CommitmentStatus.BREACHED, h.term(TERM_RP6_CALLBACK).status());

        Harness one = new Harness(CommitmentPresets.rp6RepairCallback(1, BusinessCalendars.CHINA_OFFICE_ID))
                .facts(Harness.repair(Urgency.NORMAL));
        one.step(TicketStep.CONFIRM_CLOSURE, "2025-03-10T10:00");
        assertEquals(sh("2025-03-11T18:00"), one.term(TERM_RP6_CALLBACK).deadline());
    }

    @Test
    @DisplayName("RP-6 a complaint gets no repair callback term")
    void rp6_repairsOnly() {
        Harness h = new Harness(CommitmentPresets.rp6RepairCallback()).facts(Harness.complaint(Severity.GENERAL));
        h.step(TicketStep.CONFIRM_CLOSURE, "2025-03-10T10:00");
        assertTrue(h.store.isEmpty());
    }

    @Test
    @DisplayName("CV-2 SL-11 a question not answered at once is answered by callback at the agreed time, moved by a new agreement, late when the answer is late")
    void cv2_answerAtAgreedTime() {
        Harness h = new Harness(CommitmentPresets.cv2DeferredAnswer()).facts(Harness.question());
        h.step(TicketStep.RECEIVE, "2025-03-10T10:00");
        assertTrue(h.store.isEmpty(), "a question answered at once needs no commitment");
        h.agree(TicketStep.AGREE_ANSWER_TIME, "2025-03-10T10:05", "2025-03-10T15:00");
        assertEquals(sh("2025-03-10T15:00"), h.term(TERM_CV2_ANSWER).deadline());
        h.agree(TicketStep.AGREE_ANSWER_TIME, "2025-03-10T14:30", "2025-03-11T10:00");
        assertEquals(sh("2025-03-11T10:00"), h.term(TERM_CV2_ANSWER).deadline());
        h.step(TicketStep.ANSWER, "2025-03-11T10:20");
        Commitment answer = h.term(TERM_CV2_ANSWER);
        assertEquals(CommitmentStatus.MET_LATE, answer.status());
        assertEquals(Duration.ofMinutes(20), answer.lateness().orElseThrow());
    }
}

