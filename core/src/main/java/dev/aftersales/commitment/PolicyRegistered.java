package dev.aftersales.commitment;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.Identifiers;
import java.time.Instant;
import java.util.Objects;

/**
 * A new version of a service policy was registered while the desk runs (rules SL-13, PS-1): it
 * applies to commitments started from now on. Published by
 * {@code PolicyService.register} through the step pipeline, like every other event: in the
 * transaction that stores the version when the store has an outbox, else to the listeners straight
 * after the commit. Holds identifiers only (rule EU-4): the policy and version, and who registered
 * it; read the version itself with {@code desk.policies().find(policy())}.
 *
 * @param eventId      the event's stable id
 * @param occurredAt   when the version was registered, as {@link RegisteredPolicy#registeredAt()}
 * @param policy       the policy id and the version registered
 * @param registeredBy who registered it
 */
public record PolicyRegistered(String eventId, Instant occurredAt, PolicyRef policy, Actor registeredBy)
        implements DomainEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public PolicyRegistered {
        Identifiers.requireValid("eventId", eventId);
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(registeredBy, "registeredBy");
    }

    /**
     * Gets the policy id: the versions of one policy are one aggregate.
     *
     * @return the policy id
     */
    @Override
    public String aggregateId() {
        return policy.id();
    }

    /**
     * Names the event for log lines, with the version registered.
     *
     * @return e.g. {@code PolicyRegistered rp2-emergency@2}
     */
    @Override
    public String eventType() {
        return "PolicyRegistered " + policy;
    }
}
