package dev.aftersales.property;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A unit was transferred to new owners: one ownership ended and another began (rule EU-3). The aggregate is the ended ownership.
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param ended         the ownership that ended
 * @param started       the ownership that began
 * @param unit          the unit
 * @param newOwners     the new owners in contract order
 * @param transferredOn the transfer date
 */
public record OwnershipTransferred(String eventId, Instant occurredAt, OwnershipId ended,
                                   OwnershipId started, UnitId unit, List<OwnerId> newOwners,
                                   LocalDate transferredOn)
        implements PropertyEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public OwnershipTransferred {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(unit, "unit");
        newOwners = List.copyOf(newOwners);
        Objects.requireNonNull(transferredOn, "transferredOn");
    }

    @Override
    public String aggregateId() {
        return ended.value();
    }
}
