package dev.aftersales.spi;

import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.DomainEventListener;

/**
 * The transactional outbox of a store that can keep domain events in the same unit of work as
 * the change that caused them (the JDBC store can; the in-memory store needs none). With an
 * outbox, an event exists exactly when its change committed, and reaches the listeners at least
 * once, with its stable {@link DomainEvent#eventId()} so that a listener can drop a duplicate.
 *
 * <p>Contracts: {@link #append} joins the unit of work open on the calling thread (or runs in one
 * of its own) and does nothing for an event id already stored; {@link #publishPending} delivers
 * committed events that are not yet delivered, in the order appended within one call, and keeps an
 * event pending when the listener throws, to deliver it again later; several publishers (threads
 * or nodes) may run at once without delivering an event twice unless one fails or outlives its
 * lease.
 */
public interface EventOutbox {

    /**
     * Stores an event for delivery, in the current unit of work.
     *
     * @param event the event
     * @throws NullPointerException if the event is null
     */
    void append(DomainEvent event);

    /**
     * Stores several events for delivery, in the current unit of work, as {@link #append} does
     * for each in order. Adapters should write them in one batch; this default appends each.
     *
     * @param events the events
     * @throws NullPointerException if the list or an event is null
     */
    default void appendAll(java.util.List<? extends DomainEvent> events) {
        java.util.Objects.requireNonNull(events, "events");
        for (DomainEvent e : events) {
            append(e);
        }
    }

    /**
     * Delivers pending, committed events to a listener, one batch.
     *
     * @param listener receives each event; an exception keeps that event pending
     * @return the number of events delivered
     * @throws NullPointerException if the listener is null
     */
    int publishPending(DomainEventListener listener);
}
