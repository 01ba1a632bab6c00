package dev.aftersales.property;

import dev.aftersales.common.Identifiers;
import java.time.Instant;
import java.util.Objects;

/**
 * A construction leftover or compensation item of an owner was settled: it is no longer open
 * (rule EU-3). Holds the item's reference and kind, not its description (rule EU-4).
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param owner      the owner
 * @param reference  the item's reference
 * @param kind       construction leftover or compensation
 */
public record OutstandingItemSettled(String eventId, Instant occurredAt, OwnerId owner, String reference,
                                      OutstandingItem.Kind kind)
        implements PropertyEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id or the reference is not a valid identifier
     */
    public OutstandingItemSettled {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(owner, "owner");
        Identifiers.requireValid("reference", reference);
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String aggregateId() {
        return owner.value();
    }
}
