package dev.aftersales.ticket;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import java.time.Duration;
import java.time.Instant;

/** Shared sample data and step helpers of the ticket tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2025-01-27T01:00:00Z");
    static final EstateId ESTATE = EstateId.of("E1");
    static final BuildingId BUILDING = BuildingId.of("E1-B1");
    static final TicketLocation.InUnit UNIT = TicketLocation.ofUnit(UnitId.of("E1-B1-1201"), BUILDING, ESTATE);
    static final TicketLocation ROOF = TicketLocation.buildingCommonArea(BUILDING, ESTATE, "roof");
    static final OwnerId OWNER = OwnerId.of("O-1");
    static final DepartmentId HOTLINE = DepartmentId.of("HOTLINE");
    static final DepartmentId SALES_OFFICE = DepartmentId.of("SALES-OFFICE");
    static final DepartmentId CUSTOMER_SERVICE = DepartmentId.of("CUSTOMER-SERVICE");
    static final DepartmentId ENGINEERING = DepartmentId.of("ENGINEERING");
    static final Actor CLERK = Actor.staff("S-CLERK");
    static final Actor ENGINEER = Actor.staff("S-ENG");
    static final Actor OWNER_ACTOR = Actor.customer("O-1");

    final ManualClock clock = new ManualClock(T0);
    final IdGenerator ids = IdGenerator.sequential("t");

    static TicketIntake repair() {
        return TicketIntake.repair(UNIT, Reporter.byOwner(OWNER), Channel.HOTLINE, Urgency.NORMAL,
                "the bathroom window leaks");
    }

    static TicketIntake complaint() {
        return TicketIntake.complaint(UNIT, Reporter.byOwner(OWNER), Channel.SALES_OFFICE, Severity.IMPORTANT,
                "the lift is noisy");
    }

    static TicketIntake intakeOf(TicketKind kind) {
        return switch (kind) {
            case REPAIR -> repair();
            case COMPLAINT -> complaint();
            default -> TicketIntake.of(kind, UNIT, Reporter.byOwner(OWNER), Channel.WEBSITE, "about the gym");
        };
    }

    Ticket receive(TicketIntake intake) {
        return Ticket.receive(TicketId.of("T-1"), intake, HOTLINE, CLERK, clock, ids);
    }

    /** Takes a step with typical data, one minute after the previous one. */
    void take(Ticket t, TicketStep step) {
        clock.advance(Duration.ofMinutes(1));
        switch (step) {
            case FORWARD -> t.forward(CLERK, CUSTOMER_SERVICE);
            case CLASSIFY_VALID -> t.classify(CLERK, Validity.VALID, null);
            case CLASSIFY_INVALID -> t.classify(CLERK, Validity.INVALID, "not the developer's responsibility");
            case ASSIGN -> t.assign(CLERK, ENGINEERING, "S-ENG");
            case CONTACT_OWNER -> t.contactOwner(ENGINEER, null);
            case AGREE_VISIT -> t.agreeVisit(ENGINEER, clock.instant().plus(Duration.ofHours(3)));
            case AGREE_PLAN -> t.agreePlan(ENGINEER, "replace the seal");
            case START_WORK -> t.startWork(ENGINEER);
            case AGREE_NEW_TIME -> t.agreeNewTime(CLERK, clock.instant().plus(Duration.ofDays(7)), "parts on order");
            case WAIT -> t.waitFor(ENGINEER, WaitingReason.FOR_THIRD_PARTY, null);
            case RESUME -> t.resume(ENGINEER);
            case RETURN_RESULT -> t.returnResult(ENGINEER, "seal replaced");
            case INFORM_OWNER -> t.informOwner(CLERK, null);
            case ANSWER -> t.answer(CLERK, "the gym opens at six");
            case CONFIRM_CLOSURE -> t.confirmClosure(OWNER_ACTOR);
            case REJECT_CLOSURE -> t.rejectClosure(OWNER_ACTOR, "still leaking");
            case RECORD_CALLBACK -> t.recordCallback(CLERK, CallbackMethod.PHONE, 4, null);
            case RECORD_CALLBACK_ATTEMPT -> t.take(new RecordCallbackAttempt(t.id(), CallbackMethod.PHONE, "no answer"), CLERK);
            case CALLBACK_UNREACHABLE -> {
                // RP-6: the owner counts as unreachable only after the attempts it takes
                while (t.state() == TicketState.CLOSURE_CONFIRMED && t.toRecord().callbackAttempts() < Ticket.CALLBACK_ATTEMPTS) {
                    take(t, TicketStep.RECORD_CALLBACK_ATTEMPT);
                }
                t.take(new MarkCallbackUnreachable(t.id(), null), CLERK);
            }
            case CALLBACK_DECLINED -> t.take(new RecordCallbackDeclined(t.id(), CallbackMethod.PHONE, null), CLERK);
            case AGREE_ANSWER_TIME -> t.take(new AgreeAnswerTime(t.id(), clock.instant().plus(Duration.ofHours(4)), null), CLERK);
            case CLOSE -> t.close(CLERK);
            case REOPEN -> t.reopen(CLERK, "leaking again");
            case RECEIVE -> throw new IllegalArgumentException("RECEIVE creates a ticket");
        }
    }

    void take(Ticket t, TicketStep... steps) {
        for (TicketStep s : steps) {
            take(t, s);
        }
    }

    /** The steps from reception to a repair whose closure the owner confirmed. */
    static final TicketStep[] REPAIR_TO_CONFIRMED = {TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN,
        TicketStep.CONTACT_OWNER, TicketStep.AGREE_VISIT, TicketStep.AGREE_PLAN, TicketStep.START_WORK,
        TicketStep.RETURN_RESULT, TicketStep.INFORM_OWNER, TicketStep.CONFIRM_CLOSURE};

    /** The steps from reception to a closed repair. */
    static final TicketStep[] REPAIR_TO_CLOSED = {TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN,
        TicketStep.CONTACT_OWNER, TicketStep.AGREE_VISIT, TicketStep.AGREE_PLAN, TicketStep.START_WORK,
        TicketStep.RETURN_RESULT, TicketStep.INFORM_OWNER, TicketStep.CONFIRM_CLOSURE, TicketStep.RECORD_CALLBACK,
        TicketStep.CLOSE};
}
