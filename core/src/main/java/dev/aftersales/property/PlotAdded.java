package dev.aftersales.property;

import java.time.Instant;
import java.util.Objects;

/**
 * A plot was added to an estate (rule EU-1).
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param plot       the plot
 * @param estate     its estate
 */
public record PlotAdded(String eventId, Instant occurredAt, PlotId plot, EstateId estate)
        implements PropertyEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public PlotAdded {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(estate, "estate");
    }

    @Override
    public String aggregateId() {
        return plot.value();
    }
}
