package dev.aftersales.ticket;

import static dev.aftersales.ticket.Fixtures.CLERK;
import static dev.aftersales.ticket.Fixtures.CUSTOMER_SERVICE;
import static dev.aftersales.ticket.Fixtures.ENGINEERING;
import static dev.aftersales.ticket.Fixtures.ENGINEER;
import static dev.aftersales.ticket.Fixtures.HOTLINE;
import static dev.aftersales.ticket.Fixtures.REPAIR_TO_CLOSED;
import static dev.aftersales.ticket.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The life-cycle rules of tickets, one behaviour per test, named after the rule. */
class TicketLifeCycleRulesTest {

    private final Fixtures f = new Fixtures();

    @ParameterizedTest
    @MethodSource("everyChannel")
    @DisplayName("CP-4, RP-1 whichever unit receives a ticket accepts it, through any channel (the night intercom line and a company's own too)")
    void cp4_anyReceivingUnitAccepts(Channel channel) {
        TicketLocation where = channel.equals(Channel.PATROL) ? Fixtures.ROOF : Fixtures.UNIT;
        TicketIntake intake = TicketIntake.complaint(where, Reporter.byOwner(Fixtures.OWNER), channel,
                Severity.GENERAL, "rude staff");
        Ticket t = Ticket.receive(TicketId.of("T-9"), intake, Fixtures.SALES_OFFICE, CLERK, f.clock, f.ids);
        assertEquals(TicketState.RECEIVED, t.state());
        assertEquals(Fixtures.SALES_OFFICE, t.facts().receivingUnit());
        assertEquals(channel, t.facts().channel());
    }

    static Stream<Channel> everyChannel() {
        return Stream.concat(Channel.builtIns().stream(), Stream.of(Channel.of("DOUYIN")));
    }

    @Test
    @DisplayName("CP-4 there is no step by which a receiving unit refuses a ticket")
    void cp4_noRefusalStep() {
        assertTrue(Arrays.stream(TicketStep.values()).noneMatch(s -> s.name().contains("REFUSE")));
        Ticket t = f.receive(Fixtures.complaint());
        assertFalse(t.allowedSteps().contains(TicketStep.CLOSE), "a fresh ticket cannot be closed without handling");
    }

    @Test
    @DisplayName("CP-5 the receiving unit forwards the ticket to customer service")
    void cp5_forwardToCustomerService() {
        Ticket t = f.receive(Fixtures.complaint());
        f.take(t, TicketStep.FORWARD);
        assertEquals(TicketState.FORWARDED, t.state());
        assertEquals(CUSTOMER_SERVICE, t.timeline().get(1).details().department());
    }

    @Test
    @DisplayName("CP-3 customer service judges a ticket valid and finds the responsible department and person")
    void cp3_validThenAssigned() {
        Ticket t = f.receive(Fixtures.complaint());
        f.take(t, TicketStep.FORWARD, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN);
        assertEquals(TicketState.ASSIGNED, t.state());
        assertEquals(Optional.of(Validity.VALID), t.toRecord().validity());
        assertEquals(Optional.of(ENGINEERING), t.responsibleDepartment());
        assertEquals(Optional.of("S-ENG"), t.responsibleStaffId());
    }

    @Test
    @DisplayName("CP-3 a ticket can be reassigned to another department before the owner is contacted")
    void cp3_reassignment() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN);
        t.assign(CLERK, DepartmentId.of("PROPERTY-OFFICE"), "S-PO");
        assertEquals(TicketState.ASSIGNED, t.state());
        assertEquals(Optional.of(DepartmentId.of("PROPERTY-OFFICE")), t.responsibleDepartment());
    }

    @Test
    @DisplayName("CP-6 an invalid complaint is not a dead end: the owner must still be contacted with an explanation")
    void cp6_invalidComplaintLeadsToContact() {
        Ticket t = f.receive(Fixtures.complaint());
        f.take(t, TicketStep.FORWARD, TicketStep.CLASSIFY_INVALID);
        assertEquals(TicketState.JUDGED_INVALID, t.state());
        assertEquals(Set.of(TicketStep.CONTACT_OWNER), t.allowedSteps());
        t.contactOwner(CLERK, "the noise comes from a public road; we asked the city to act");
        assertEquals(TicketState.EXPLAINED, t.state());
        f.take(t, TicketStep.CONFIRM_CLOSURE, TicketStep.RECORD_CALLBACK, TicketStep.CLOSE);
        assertEquals(TicketState.CLOSED, t.state());
    }

    @Test
    @DisplayName("CP-6 an owner who disputes the invalid judgement sends the ticket back to customer service")
    void cp6_disputedInvalidJudgementIsJudgedAgain() {
        Ticket t = f.receive(Fixtures.complaint());
        f.take(t, TicketStep.CLASSIFY_INVALID, TicketStep.CONTACT_OWNER, TicketStep.REJECT_CLOSURE);
        assertEquals(TicketState.FORWARDED, t.state());
        f.take(t, TicketStep.CLASSIFY_VALID);
        assertEquals(Optional.of(Validity.VALID), t.toRecord().validity());
    }

    @Test
    @DisplayName("RP-2 a visit time is agreed with the owner after contact")
    void rp2_visitAgreed() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER);
        Instant visit = Instant.parse("2025-01-28T02:00:00Z");
        t.agreeVisit(ENGINEER, visit);
        assertEquals(TicketState.VISIT_AGREED, t.state());
        assertEquals(Optional.of(visit), t.toRecord().agreedVisit());
    }

    @Test
    @DisplayName("RP-3, RP-4 a repair needs a plan agreed with the owner before work to standard starts")
    void rp3_repairNeedsAgreedPlan() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER, TicketStep.AGREE_VISIT);
        IllegalTicketStepException e = assertThrows(IllegalTicketStepException.class, () -> t.startWork(ENGINEER));
        assertTrue(e.getMessage().contains("RP-3"), e.getMessage());
        f.take(t, TicketStep.AGREE_PLAN, TicketStep.START_WORK);
        assertEquals(TicketState.IN_PROGRESS, t.state());
    }

    @Test
    @DisplayName("CP-7 a complaint needs its plan approved and agreed before it is carried out")
    void cp7_complaintNeedsAgreedPlan() {
        Ticket t = f.receive(Fixtures.complaint());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER);
        assertThrows(IllegalTicketStepException.class, () -> t.startWork(ENGINEER));
        f.take(t, TicketStep.AGREE_PLAN, TicketStep.START_WORK);
        assertEquals(TicketState.IN_PROGRESS, t.state());
    }

    @Test
    @DisplayName("CV-2 a consultation that cannot be answered at once is handled without a plan")
    void cv2_consultationHandledWithoutPlan() {
        Ticket t = f.receive(Fixtures.intakeOf(TicketKind.CONSULTATION));
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER, TicketStep.START_WORK,
                TicketStep.RETURN_RESULT, TicketStep.INFORM_OWNER);
        assertEquals(TicketState.OWNER_INFORMED, t.state());
    }

    @ParameterizedTest
    @EnumSource(value = TicketKind.class, names = {"CONSULTATION", "SUGGESTION", "PRAISE"})
    @DisplayName("CV-2 CV-4 a consultation, suggestion or praise may be answered at once and closed")
    void cv2_answeredAtOnce(TicketKind kind) {
        Ticket t = f.receive(Fixtures.intakeOf(kind));
        f.take(t, TicketStep.ANSWER);
        assertEquals(TicketState.ANSWERED, t.state());
        f.take(t, TicketStep.CLOSE);
        assertEquals(TicketState.CLOSED, t.state());
        assertEquals(3, t.timeline().size());
    }

    @ParameterizedTest
    @EnumSource(value = TicketKind.class, names = {"REPAIR", "COMPLAINT"})
    @DisplayName("CV-2 repairs and complaints are never just answered at once")
    void cv2_repairsAndComplaintsAreNotAnswered(TicketKind kind) {
        Ticket t = f.receive(Fixtures.intakeOf(kind));
        IllegalTicketStepException e = assertThrows(IllegalTicketStepException.class, () -> t.answer(CLERK, "ok"));
        assertTrue(e.getMessage().contains("CV-2"), e.getMessage());
        assertEquals(TicketState.RECEIVED, t.state());
    }

    @ParameterizedTest
    @EnumSource(value = TicketState.class, names = {"ASSIGNED", "OWNER_CONTACTED", "VISIT_AGREED", "PLAN_AGREED", "IN_PROGRESS"})
    @DisplayName("CP-10 handling waits for the owner or a third party and resumes where it stopped")
    void cp10_waitAndResume(TicketState handling) {
        Ticket t = f.receive(Fixtures.repair());
        List<TicketStep> path = List.of(TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER,
                TicketStep.AGREE_VISIT, TicketStep.AGREE_PLAN, TicketStep.START_WORK);
        for (TicketStep s : path) {
            if (t.state() == handling) {
                break;
            }
            f.take(t, s);
        }
        assertEquals(handling, t.state());
        t.waitFor(ENGINEER, WaitingReason.FOR_OWNER, "owner abroad until Friday");
        assertEquals(TicketState.WAITING, t.state());
        assertEquals(handling, t.toRecord().waitingFrom());
        assertEquals(WaitingReason.FOR_OWNER, t.toRecord().waitingReason());
        t.resume(ENGINEER);
        assertEquals(handling, t.state());
        assertEquals(null, t.toRecord().waitingFrom());
    }

    @Test
    @DisplayName("CP-5 SL-11 a new resolution time agreed with the owner is recorded without changing the state")
    void cp5_newTimeAgreed() {
        Ticket t = f.receive(Fixtures.complaint());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER, TicketStep.AGREE_PLAN,
                TicketStep.START_WORK, TicketStep.WAIT);
        Instant newTime = Instant.parse("2025-02-10T08:00:00Z");
        t.agreeNewTime(CLERK, newTime, "the city must approve the work");
        assertEquals(TicketState.WAITING, t.state());
        assertEquals(Optional.of(newTime), t.toRecord().agreedResolutionTime());
        f.take(t, TicketStep.RESUME);
        assertEquals(TicketState.IN_PROGRESS, t.state());
    }

    @Test
    @DisplayName("RP-5 closure needs the owner's confirmation: a handled repair cannot be closed before it")
    void rp5_closureNeedsConfirmation() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER, TicketStep.AGREE_PLAN,
                TicketStep.START_WORK, TicketStep.RETURN_RESULT);
        assertThrows(IllegalTicketStepException.class, () -> t.close(CLERK));
        f.take(t, TicketStep.INFORM_OWNER);
        assertThrows(IllegalTicketStepException.class, () -> t.close(CLERK));
        f.take(t, TicketStep.CONFIRM_CLOSURE);
        assertEquals(TicketState.CLOSURE_CONFIRMED, t.state());
    }

    @Test
    @DisplayName("RP-5 a closure the owner rejects returns the ticket to handling")
    void rp5_rejectedClosureReturnsToHandling() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER, TicketStep.AGREE_PLAN,
                TicketStep.START_WORK, TicketStep.RETURN_RESULT, TicketStep.INFORM_OWNER, TicketStep.REJECT_CLOSURE);
        assertEquals(TicketState.IN_PROGRESS, t.state());
        f.take(t, TicketStep.RETURN_RESULT, TicketStep.INFORM_OWNER, TicketStep.CONFIRM_CLOSURE);
        assertEquals(TicketState.CLOSURE_CONFIRMED, t.state());
    }

    @Test
    @DisplayName("RP-6 every completed repair gets a callback with a satisfaction score before it closes")
    void rp6_callbackBeforeClose() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER, TicketStep.AGREE_PLAN,
                TicketStep.START_WORK, TicketStep.RETURN_RESULT, TicketStep.INFORM_OWNER, TicketStep.CONFIRM_CLOSURE);
        assertThrows(IllegalTicketStepException.class, () -> t.close(CLERK));
        t.recordCallback(CLERK, CallbackMethod.PHONE, 5, null);
        assertEquals(Optional.of(5), t.toRecord().satisfaction());
        f.take(t, TicketStep.CLOSE);
        assertEquals(TicketState.CLOSED, t.state());
    }

    @Test
    @DisplayName("RP-6 a satisfaction score outside 1 to 5 is refused and changes nothing")
    void rp6_satisfactionRange() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER, TicketStep.AGREE_PLAN,
                TicketStep.START_WORK, TicketStep.RETURN_RESULT, TicketStep.INFORM_OWNER, TicketStep.CONFIRM_CLOSURE);
        TicketRecord before = t.toRecord();
        assertThrows(IllegalArgumentException.class, () -> t.recordCallback(CLERK, CallbackMethod.PHONE, 0, null));
        assertThrows(IllegalArgumentException.class, () -> t.recordCallback(CLERK, CallbackMethod.PHONE, 6, null));
        assertEquals(before, t.toRecord());
    }

    @Test
    @DisplayName("a closed ticket is reopened in a new cycle; its history stays and the new cycle starts afresh")
    void reopenStartsNewCycle() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, REPAIR_TO_CLOSED);
        int stepsOfFirstCycle = t.timeline().size();
        f.take(t, TicketStep.REOPEN);
        assertEquals(TicketState.REOPENED, t.state());
        assertEquals(2, t.cycle());
        assertEquals(stepsOfFirstCycle + 1, t.timeline().size());
        assertEquals(TicketStep.CLOSE, t.timeline().get(stepsOfFirstCycle - 1).step());
        assertEquals(Optional.empty(), t.toRecord().validity(), "the new cycle is judged again");
        assertEquals(Optional.empty(), t.toRecord().satisfaction());
        f.take(t, REPAIR_TO_CLOSED);
        assertEquals(TicketState.CLOSED, t.state());
        assertEquals(2, t.cycle());
    }

    @Test
    @DisplayName("every step appends a timeline entry stamped by the injected clock with the acting staff member")
    void timelineStampedByClockWithActor() {
        Ticket t = f.receive(Fixtures.repair());
        f.clock.set(T0.plus(Duration.ofHours(2)));
        t.classify(Actor.staff("S-42"), Validity.VALID, null);
        f.clock.set(T0.plus(Duration.ofHours(5)));
        t.assign(Actor.department(CUSTOMER_SERVICE), ENGINEERING, "S-ENG");
        List<TimelineEntry> timeline = t.timeline();
        assertEquals(3, timeline.size());
        assertEquals(T0, timeline.get(0).at());
        assertEquals(CLERK, timeline.get(0).actor());
        assertEquals(T0.plus(Duration.ofHours(2)), timeline.get(1).at());
        assertEquals(Actor.staff("S-42"), timeline.get(1).actor());
        assertEquals(T0.plus(Duration.ofHours(5)), timeline.get(2).at());
        assertEquals(Actor.department(CUSTOMER_SERVICE), timeline.get(2).actor());
        assertEquals(TicketState.CLASSIFIED, timeline.get(2).from());
        assertEquals(TicketState.ASSIGNED, timeline.get(2).to());
    }

    @Test
    @DisplayName("a clock stepped back never makes the timeline go back")
    void clockSteppedBackKeepsTimelineOrdered() {
        Ticket t = f.receive(Fixtures.repair());
        f.clock.set(T0.minus(Duration.ofHours(1)));
        f.take(t, TicketStep.CLASSIFY_VALID);
        assertEquals(T0, t.timeline().get(1).at());
    }

    @Test
    @DisplayName("RP-2 CP-3 a repair has an urgency, a complaint a severity, other kinds neither")
    void urgencyAndSeverityBelongToTheirKinds() {
        Reporter owner = Reporter.byOwner(Fixtures.OWNER);
        assertThrows(IllegalArgumentException.class, () -> new TicketIntake(TicketKind.REPAIR, Channel.HOTLINE,
                null, null, Fixtures.UNIT, owner, "leak"));
        assertThrows(IllegalArgumentException.class, () -> new TicketIntake(TicketKind.COMPLAINT, Channel.HOTLINE,
                Urgency.NORMAL, Severity.GENERAL, Fixtures.UNIT, owner, "noise"));
        assertThrows(IllegalArgumentException.class, () -> new TicketIntake(TicketKind.PRAISE, Channel.HOTLINE,
                null, Severity.GENERAL, Fixtures.UNIT, owner, "thanks"));
        assertEquals(Urgency.EMERGENCY, TicketIntake.repair(Fixtures.UNIT, owner, Channel.INTERCOM, Urgency.EMERGENCY,
                "burst pipe").urgency());
    }

    @Test
    @DisplayName("PT-2 a patrol finding is a ticket on a common area with the patrol as its channel")
    void pt2_patrolFindingOnCommonArea() {
        Reporter patroller = Reporter.byStaff("S-PATROL");
        TicketIntake finding = TicketIntake.repair(Fixtures.ROOF, patroller, Channel.PATROL, Urgency.NORMAL,
                "broken lamp");
        assertTrue(finding.location().isCommonArea());
        assertThrows(IllegalArgumentException.class, () -> TicketIntake.repair(Fixtures.UNIT, patroller,
                Channel.PATROL, Urgency.NORMAL, "broken lamp"));
    }

    @Test
    @DisplayName("a ticket rebuilt from its record continues its life cycle where it stopped")
    void rebuiltFromRecord() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN);
        Ticket rebuilt = Ticket.fromRecord(t.toRecord(), f.clock, f.ids);
        assertEquals(t.toRecord(), rebuilt.toRecord());
        assertTrue(rebuilt.pendingEvents().isEmpty());
        f.take(rebuilt, TicketStep.CONTACT_OWNER);
        assertEquals(TicketState.OWNER_CONTACTED, rebuilt.state());
        assertEquals(HOTLINE, rebuilt.facts().receivingUnit());
    }
}
