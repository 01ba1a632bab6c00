package dev.aftersales.property;

import java.time.Instant;
import java.util.Objects;

/**
 * A building was added to a plot (rule EU-1).
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param building   the building
 * @param plot       its plot
 * @param estate     its estate
 */
public record BuildingAdded(String eventId, Instant occurredAt, BuildingId building, PlotId plot,
                            EstateId estate)
        implements PropertyEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public BuildingAdded {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(building, "building");
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(estate, "estate");
    }

    @Override
    public String aggregateId() {
        return building.value();
    }
}
