package dev.aftersales.testkit.arbitraries;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.StepDetails;
import dev.aftersales.ticket.Ticket;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One life-cycle step to take on a {@link Ticket} in a test: the step, how far the test clock
 * advances before it, who takes it, and the data it carries. Sequences of planned steps come from
 * {@link TicketArbitraries#stepSequences}; tests and fixtures also build them by hand with
 * {@link #of(TicketStep)} and the {@code withX} copies.
 *
 * <p>The details hold what the step's command ({@link TicketStep#command}) needs: the department
 * of {@code FORWARD} and {@code ASSIGN}, the staff id of {@code ASSIGN}, the agreed time of
 * {@code AGREE_VISIT} and {@code AGREE_NEW_TIME} (when {@code null}: one day after the clock's time
 * at the step), the waiting reason of {@code WAIT}, the callback method and satisfaction of
 * {@code RECORD_CALLBACK}, and the note (plan, result, answer, reason ...).
 *
 * @param step    the step, any but {@link TicketStep#RECEIVE}
 * @param after   how far the clock advances before the step, zero or more
 * @param actor   who takes the step
 * @param details the data the step carries
 */
public record PlannedStep(TicketStep step, Duration after, Actor actor, StepDetails details) {

    /** The actor of steps planned with {@link #of(TicketStep)}. */
    public static final Actor DEFAULT_ACTOR = Actor.staff("S-CS-1");

    /** The department tickets are forwarded to by default. */
    public static final DepartmentId CUSTOMER_SERVICE = DepartmentId.of("CUSTOMER-SERVICE");

    /** The department tickets are assigned to by default. */
    public static final DepartmentId ENGINEERING = DepartmentId.of("ENGINEERING");

    /**
     * Creates a planned step.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the step is the reception or the advance is negative
     */
    public PlannedStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(details, "details");
        if (step == TicketStep.RECEIVE) {
            throw new IllegalArgumentException("the reception creates a ticket; it is not a planned step");
        }
        if (after.isNegative()) {
            throw new IllegalArgumentException("the clock advances by zero or more, got " + after);
        }
    }

    /**
     * Obtains a step with typical data, taken at once by {@link #DEFAULT_ACTOR}.
     *
     * @param step the step, any but {@link TicketStep#RECEIVE}
     * @return the planned step
     * @throws IllegalArgumentException if the step is the reception
     */
    public static PlannedStep of(TicketStep step) {
        return new PlannedStep(step, Duration.ZERO, DEFAULT_ACTOR, typicalDetails(step));
    }

    /**
     * Obtains an assignment to a department and person.
     *
     * @param department the responsible department
     * @param staffId    the responsible person
     * @return the planned step
     */
    public static PlannedStep assign(DepartmentId department, String staffId) {
        return new PlannedStep(TicketStep.ASSIGN, Duration.ZERO, DEFAULT_ACTOR,
                StepDetails.assign(department, staffId));
    }

    /**
     * Returns a copy of this step taken after the clock advanced by the given amount.
     *
     * @param amount the advance, zero or more
     * @return the copy
     */
    public PlannedStep withAfter(Duration amount) {
        return new PlannedStep(step, amount, actor, details);
    }

    /**
     * Returns a copy of this step taken by another actor.
     *
     * @param other the actor
     * @return the copy
     */
    public PlannedStep withActor(Actor other) {
        return new PlannedStep(step, after, other, details);
    }

    /**
     * Returns the typical data of a step, as {@link #of(TicketStep)} uses.
     *
     * @param step the step
     * @return the details
     */
    public static StepDetails typicalDetails(TicketStep step) {
        return switch (step) {
            case FORWARD -> StepDetails.forward(CUSTOMER_SERVICE);
            case ASSIGN -> StepDetails.assign(ENGINEERING, "S-ENG-1");
            case WAIT -> StepDetails.waiting(WaitingReason.FOR_OWNER, null);
            case RECORD_CALLBACK -> StepDetails.callback(CallbackMethod.PHONE, 5, null);
            case RECORD_CALLBACK_ATTEMPT -> StepDetails.ofNote("no answer").withCallbackMethod(CallbackMethod.PHONE);
            case CALLBACK_DECLINED -> StepDetails.none().withCallbackMethod(CallbackMethod.PHONE);
            case AGREE_PLAN -> StepDetails.ofNote("replace the seal of the bathroom window");
            case AGREE_NEW_TIME -> StepDetails.ofNote("the supplier delivers the part next week");
            case RETURN_RESULT -> StepDetails.ofNote("seal replaced and tested");
            case ANSWER -> StepDetails.ofNote("the gym opens at 06:00");
            case REJECT_CLOSURE -> StepDetails.ofNote("the window still leaks");
            case REOPEN -> StepDetails.ofNote("the leak came back");
            default -> StepDetails.none();
        };
    }

    /**
     * Advances the clock by {@link #after()} and takes the step on the ticket.
     *
     * @param ticket the ticket
     * @param clock  the test clock the ticket was built with
     * @throws dev.aftersales.ticket.IllegalTicketStepException if the step is not legal now (the
     *                                                          clock has advanced all the same)
     */
    public void takeOn(Ticket ticket, TestClock clock) {
        clock.advance(after);
        applyTo(ticket, clock.instant());
    }

    /**
     * Takes the step on the ticket without moving any clock.
     *
     * @param ticket the ticket
     * @param now    the current time, used for an agreed time left {@code null}
     * @throws dev.aftersales.ticket.IllegalTicketStepException if the step is not legal now
     */
    public void applyTo(Ticket ticket, Instant now) {
        StepDetails d = details.agreedTime() != null ? details : details.withAgreedTime(now.plus(Duration.ofDays(1)));
        ticket.take(step.command(ticket.id(), d), actor);
    }

    @Override
    public String toString() {
        return step + (after.isZero() ? "" : " after " + after) + " by " + actor + " " + details;
    }
}
