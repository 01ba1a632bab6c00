package dev.aftersales.property;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A sales contract for a unit was signed: an ownership began (rule EU-3, PH-1).
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param ownership  the new ownership
 * @param unit       the unit sold
 * @param owners     the buyers in contract order
 * @param signedOn   the contract date
 */
public record ContractSigned(String eventId, Instant occurredAt, OwnershipId ownership, UnitId unit,
                             List<OwnerId> owners, LocalDate signedOn)
        implements PropertyEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public ContractSigned {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(unit, "unit");
        owners = List.copyOf(owners);
        Objects.requireNonNull(signedOn, "signedOn");
    }

    @Override
    public String aggregateId() {
        return ownership.value();
    }
}
