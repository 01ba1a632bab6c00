package dev.aftersales.common;

/**
 * Receives domain events from the library. Listeners are registered by the embedding
 * application; a listener that throws is logged and does not stop the other listeners nor undo
 * the change that caused the event.
 */
@FunctionalInterface
public interface DomainEventListener {

    /**
     * Handles one event. May be called more than once for the same {@link DomainEvent#eventId()}
     * by adapters that deliver at least once.
     *
     * @param event the event, never null
     */
    void on(DomainEvent event);
}
