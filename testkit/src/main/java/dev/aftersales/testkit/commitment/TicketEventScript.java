package dev.aftersales.testkit.commitment;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the {@link TicketEvent}s of one ticket for commitment tests, in order: steps at instants,
 * waits with their reasons, agreed times. Events need not follow the ticket life cycle (the
 * commitment engine accepts any sequence), so test teams can script exactly the story they want.
 * A {@link TicketStep#REOPEN} starts the next cycle; an {@link TicketStep#ASSIGN} makes the
 * {@linkplain #assignTo assignee} responsible. Not thread-safe.
 *
 * <pre>{@code
 * List<TicketEvent> events = TicketEventScript.of(TicketId.of("T-1"), facts)
 *         .step(TicketStep.RECEIVE, t0)
 *         .waitFor(WaitingReason.FOR_OWNER, t1)
 *         .step(TicketStep.RESUME, t2)
 *         .agree(TicketStep.AGREE_NEW_TIME, t3, agreed)
 *         .events();
 * }</pre>
 */
public final class TicketEventScript {

    private final TicketId ticket;
    private TicketFacts facts;
    private Actor actor = Actor.staff("staff-1");
    private DepartmentId assignee = DepartmentId.of("engineering");
    private DepartmentId responsible;
    private int cycle = 1;
    private final List<TicketEvent> events = new ArrayList<>();

    private TicketEventScript(TicketId ticket, TicketFacts facts) {
        this.ticket = Objects.requireNonNull(ticket, "ticket");
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    /**
     * Starts a script.
     *
     * @param ticket the ticket
     * @param facts  its facts
     * @return the script
     * @throws NullPointerException if an argument is null
     */
    public static TicketEventScript of(TicketId ticket, TicketFacts facts) {
        return new TicketEventScript(ticket, facts);
    }

    /**
     * Sets who takes the following steps.
     *
     * @param value the actor
     * @return this script
     * @throws NullPointerException if {@code value} is null
     */
    public TicketEventScript by(Actor value) {
        this.actor = Objects.requireNonNull(value, "actor");
        return this;
    }

    /**
     * Sets the department the following assignments make responsible.
     *
     * @param value the department
     * @return this script
     * @throws NullPointerException if {@code value} is null
     */
    public TicketEventScript assignTo(DepartmentId value) {
        this.assignee = Objects.requireNonNull(value, "department");
        return this;
    }

    /**
     * Sets the facts of the following events (e.g. a severity judged later).
     *
     * @param value the facts
     * @return this script
     * @throws NullPointerException if {@code value} is null
     */
    public TicketEventScript facts(TicketFacts value) {
        this.facts = Objects.requireNonNull(value, "facts");
        return this;
    }

    /**
     * Adds a step.
     *
     * @param step the step
     * @param at   when
     * @return this script
     * @throws NullPointerException if an argument is null
     */
    public TicketEventScript step(TicketStep step, Instant at) {
        return add(step, at, null, null);
    }

    /**
     * Adds a {@link TicketStep#WAIT} with its reason.
     *
     * @param reason why
     * @param at     when
     * @return this script
     * @throws NullPointerException if an argument is null
     */
    public TicketEventScript waitFor(WaitingReason reason, Instant at) {
        return add(TicketStep.WAIT, at, null, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Adds a step carrying an agreed time ({@link TicketStep#AGREE_VISIT},
     * {@link TicketStep#AGREE_NEW_TIME}).
     *
     * @param step   the step
     * @param at     when
     * @param agreed the agreed time
     * @return this script
     * @throws NullPointerException if an argument is null
     */
    public TicketEventScript agree(TicketStep step, Instant at, Instant agreed) {
        return add(step, at, Objects.requireNonNull(agreed, "agreed"), null);
    }

    /**
     * Adds an event as given: any step, with or without agreed time and waiting reason.
     *
     * @param step   the step
     * @param at     when
     * @param agreed the agreed time, or {@code null}
     * @param reason the waiting reason, or {@code null}
     * @return this script
     * @throws NullPointerException if {@code step} or {@code at} is null
     */
    public TicketEventScript add(TicketStep step, Instant at, Instant agreed, WaitingReason reason) {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(at, "at");
        if (step == TicketStep.REOPEN) {
            cycle++;
        }
        if (step == TicketStep.ASSIGN) {
            responsible = assignee;
        }
        int sequence = events.size() + 1;
        events.add(new TicketEvent("EV-" + ticket.value() + "-" + sequence, at, ticket, sequence, cycle, step, null,
                TicketState.RECEIVED, actor, facts, responsible, agreed, reason, null, null));
        return this;
    }

    /**
     * Gets the events written so far.
     *
     * @return the events, in order
     */
    public List<TicketEvent> events() {
        return List.copyOf(events);
    }
}
