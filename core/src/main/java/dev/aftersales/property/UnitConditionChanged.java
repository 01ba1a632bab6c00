package dev.aftersales.property;

import java.time.Instant;
import java.util.Objects;

/**
 * A unit became usable, or stopped being usable (rule EU-2).
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param unit       the unit
 * @param from       the condition before
 * @param to         the condition now
 */
public record UnitConditionChanged(String eventId, Instant occurredAt, UnitId unit, UnitCondition from,
                                   UnitCondition to)
        implements PropertyEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public UnitConditionChanged {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String aggregateId() {
        return unit.value();
    }
}
