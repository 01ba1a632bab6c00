package dev.aftersales.property;

import java.time.Instant;
import java.util.Objects;

/**
 * A unit was added to a building (rule EU-1).
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param unit       the unit
 * @param building   its building
 * @param plot       its plot
 * @param estate     its estate
 * @param kind       its kind
 */
public record UnitAdded(String eventId, Instant occurredAt, UnitId unit, BuildingId building, PlotId plot,
                        EstateId estate, UnitKind kind)
        implements PropertyEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public UnitAdded {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(building, "building");
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String aggregateId() {
        return unit.value();
    }
}
