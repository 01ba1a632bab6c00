package dev.aftersales.property;

import java.time.Instant;
import java.util.Objects;

/**
 * How an owner stands with the fees due changed (rule EU-3).
 *
 * @param eventId    the event's stable id
 * @param occurredAt when it happened, from the injected clock
 * @param owner      the owner
 * @param from       the status before
 * @param to         the status now, another one
 */
public record PaymentStatusChanged(String eventId, Instant occurredAt, OwnerId owner, PaymentStatus from,
                                   PaymentStatus to)
        implements PropertyEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the event id is not a valid identifier, or the status did
     *                                  not change
     */
    public PaymentStatusChanged {
        Events.requireStamp(eventId, occurredAt);
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from == to) {
            throw new IllegalArgumentException("the payment status of owner " + owner + " did not change: " + to);
        }
    }

    @Override
    public String aggregateId() {
        return owner.value();
    }
}
