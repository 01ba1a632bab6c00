package dev.aftersales.property;

import dev.aftersales.common.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A unit was handed over to its owners (交付): warranty clocks start on that date (rules EU-3, WA-1).
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param ownership    the ownership
 * @param unit         the unit
 * @param owners       the owners in contract order
 * @param handedOverOn the handover date
 * @param handedOverBy who handed the unit over
 */
public record UnitHandedOver(String eventId, Instant occurredAt, OwnershipId ownership, UnitId unit,
                             List<OwnerId> owners, LocalDate handedOverOn, Actor handedOverBy)
        implements PropertyEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public UnitHandedOver {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(unit, "unit");
        owners = List.copyOf(owners);
        Objects.requireNonNull(handedOverOn, "handedOverOn");
        Objects.requireNonNull(handedOverBy, "handedOverBy");
    }

    @Override
    public String aggregateId() {
        return ownership.value();
    }
}
