package dev.aftersales.commitment;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A commitment fired a warning, its breach or an escalation (rules SL-8, SL-9, CP-8, CP-9). Recorded
 * exactly once under its {@link FiringKey} and delivered at least once, always with the same
 * {@link #eventId()} (the key's text), so that a listener can drop a duplicate. It
 * {@linkplain #occurredAt() occurred} at its scheduled instant (a breach at the deadline), also
 * when a sweep after downtime recorded it later ({@link #recordedAt()}). Holds identifiers, enums
 * and instants only (rule EU-4).
 *
 * @param key                   the unique key
 * @param ticketId              the ticket
 * @param policy                the policy version
 * @param termKey               the term
 * @param scheduledAt           the scheduled instant
 * @param recordedAt            when the sweep recorded it
 * @param deadline              the commitment's deadline when it fired, or {@code null} while paused
 * @param recipients            who an escalation goes to; empty for warnings and breaches
 * @param facts                 the ticket's facts (kind, estate, building ...)
 * @param responsibleDepartment the ticket's responsible department, or {@code null}
 */
public record CommitmentEvent(FiringKey key, TicketId ticketId, PolicyRef policy, String termKey,
                              Instant scheduledAt, Instant recordedAt, Instant deadline, List<Recipient> recipients,
                              TicketFacts facts, DepartmentId responsibleDepartment) implements DomainEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a required argument is null
     */
    public CommitmentEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(termKey, "termKey");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * Gets what fired.
     *
     * @return warning, breach or escalation
     */
    public FiringKind kind() {
        return key.kind();
    }

    /**
     * Gets the level.
     *
     * @return the level (0 for the breach)
     */
    public int level() {
        return key.level();
    }

    /**
     * Gets the commitment.
     *
     * @return its id
     */
    public CommitmentId commitmentId() {
        return key.commitment();
    }

    @Override
    public String eventId() {
        return "CF:" + key.text();
    }

    @Override
    public Instant occurredAt() {
        return scheduledAt;
    }

    @Override
    public String aggregateId() {
        return ticketId.value();
    }
}
