package dev.aftersales.property;

import java.time.Instant;
import java.util.Objects;

/**
 * An owner was registered with a profile (rule EU-3). Holds the id only (EU-4).
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param owner      the owner
 */
public record OwnerRegistered(String eventId, Instant occurredAt, OwnerId owner) implements PropertyEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public OwnerRegistered {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(owner, "owner");
    }

    @Override
    public String aggregateId() {
        return owner.value();
    }
}
