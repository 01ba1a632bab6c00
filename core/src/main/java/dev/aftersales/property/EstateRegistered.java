package dev.aftersales.property;

import java.time.Instant;
import java.util.Objects;

/**
 * An estate was registered (rule EU-1).
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param estate     the estate
 */
public record EstateRegistered(String eventId, Instant occurredAt, EstateId estate) implements PropertyEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public EstateRegistered {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(estate, "estate");
    }

    @Override
    public String aggregateId() {
        return estate.value();
    }
}
