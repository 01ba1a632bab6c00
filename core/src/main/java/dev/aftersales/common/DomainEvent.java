package dev.aftersales.common;

import java.time.Instant;

/**
 * Something that happened in the domain: a ticket was received, forwarded, closed; an owner was
 * registered; a unit was handed over. Events are immutable values, stamped by the injected
 * {@link java.time.Clock}, carry a stable {@link #eventId()} so that a listener receiving an event
 * twice can drop the duplicate, and hold no personal data.
 */
public interface DomainEvent {

    /**
     * Returns the stable identifier of this event.
     *
     * @return the event id, unique across all events
     */
    String eventId();

    /**
     * Returns when the event happened, as read from the injected clock.
     *
     * @return the instant of the event
     */
    Instant occurredAt();

    /**
     * Returns the identifier of the aggregate the event belongs to, e.g. a ticket id.
     *
     * @return the aggregate id text
     */
    String aggregateId();

    /**
     * Gets what type of event this is, for log lines: identifiers and codes only, never personal
     * data (rule EU-4). By default the event's simple class name.
     *
     * @return the type, e.g. {@code TicketEvent CONTACT_OWNER}
     */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
