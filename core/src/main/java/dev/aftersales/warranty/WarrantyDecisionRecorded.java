package dev.aftersales.warranty;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.Identifiers;
import dev.aftersales.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * A warranty decision was recorded on a repair ticket (rules WA-1, WA-2, WA-6): entry
 * {@link #sequence()} of the ticket, a later one never overwriting an earlier one. Published by
 * {@code WarrantyService.recordDecision} through the step pipeline: in the transaction that appends
 * the entry when the store has an outbox, else to the listeners straight after the commit. Holds
 * identifiers and the outcome only, never the recorded reason of an exclusion (rule EU-4); read the
 * entry with {@code desk.warranty().decisionsOf(ticket())}.
 *
 * @param eventId    the event's stable id
 * @param occurredAt when the decision was recorded, as {@link WarrantyDecisionEntry#decidedAt()}
 * @param ticket     the repair ticket
 * @param sequence   the entry's number on the ticket, 1 or more
 * @param component  the component key, e.g. {@code pipe-leaks}
 * @param outcome    the decision's outcome
 * @param decidedBy  who recorded it
 */
public record WarrantyDecisionRecorded(String eventId, Instant occurredAt, TicketId ticket, int sequence,
                                       String component, CoverageOutcome outcome, Actor decidedBy)
        implements DomainEvent {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the event id is not a valid identifier, or the sequence is not positive
     */
    public WarrantyDecisionRecorded {
        Identifiers.requireValid("eventId", eventId);
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence: 1 or more, got " + sequence);
        }
    }

    /**
     * Creates the event of a recorded entry, at the instant it was recorded.
     *
     * @param eventId the event's id
     * @param entry   the entry appended
     * @return the event
     * @throws NullPointerException if an argument is null
     */
    public static WarrantyDecisionRecorded of(String eventId, WarrantyDecisionEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return new WarrantyDecisionRecorded(eventId, entry.decidedAt(), entry.ticket(), entry.sequence(),
                entry.decision().component().key(), entry.decision().outcome(), entry.decidedBy());
    }

    /**
     * Gets the ticket: a ticket's decisions belong to it.
     *
     * @return the ticket id
     */
    @Override
    public String aggregateId() {
        return ticket.value();
    }

    /**
     * Names the event for log lines, with the outcome.
     *
     * @return e.g. {@code WarrantyDecisionRecorded EXCLUDED}
     */
    @Override
    public String eventType() {
        return "WarrantyDecisionRecorded " + outcome;
    }
}
