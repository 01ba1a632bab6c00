package dev.aftersales.ticket;

import dev.aftersales.common.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a ticket's timeline (the follow-up record of rule CP-3): which step was taken,
 * when (from the injected {@link java.time.Clock}), by whom, from which state to which, in which
 * cycle, and with which details. Entries are never changed or removed; a reopened ticket keeps
 * them all.
 *
 * @param sequence the position on the timeline, 1 for the reception, then 2, 3 ...
 * @param cycle    the cycle of the ticket, 1 until the first reopening
 * @param at       when the step was taken; never before the previous entry
 * @param step     the step
 * @param from     the state before the step, {@code null} for {@link TicketStep#RECEIVE}
 * @param to       the state after the step
 * @param actor    the staff member, department, customer or system who took the step
 * @param details  what the step carried
 */
public record TimelineEntry(int sequence, int cycle, Instant at, TicketStep step, TicketState from,
                            TicketState to, Actor actor, StepDetails details) {

    /**
     * Creates an entry.
     *
     * @throws NullPointerException     if a required argument is null
     * @throws IllegalArgumentException if the sequence or cycle is below 1, or {@code from} is
     *                                  null for a step other than the reception (or set for it)
     */
    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(details, "details");
        if (sequence < 1 || cycle < 1) {
            throw new IllegalArgumentException("sequence and cycle start at 1, got " + sequence + " and " + cycle);
        }
        if ((step == TicketStep.RECEIVE) != (from == null)) {
            throw new IllegalArgumentException("only the reception has no previous state, step " + step);
        }
    }

    @Override
    public String toString() {
        return "#" + sequence + " cycle " + cycle + " " + at + " " + step + " "
                + (from == null ? "" : from + " -> ") + to + " by " + actor + " " + details;
    }
}
