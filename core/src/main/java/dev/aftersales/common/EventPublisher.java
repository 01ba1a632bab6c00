package dev.aftersales.common;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers domain events to the listeners the embedding application registered, in registration
 * order. Events are published only after the change that caused them was saved, so a failing
 * listener never loses the change; it is logged (with ids only) and the other listeners still
 * receive the event. Thread-safe.
 */
public final class EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final List<DomainEventListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Creates a publisher with the given listeners.
     *
     * @param listeners the listeners, in delivery order
     */
    public EventPublisher(List<? extends DomainEventListener> listeners) {
        listeners.forEach(this::register);
    }

    /**
     * Adds a listener after the existing ones.
     *
     * @param listener the listener
     */
    public void register(DomainEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Delivers each event to every listener. A listener that throws is logged and skipped for that
     * event; delivery goes on.
     *
     * @param events the events, in the order they happened
     * @return the number of deliveries that failed
     */
    public int publish(List<? extends DomainEvent> events) {
        int failures = 0;
        for (DomainEvent event : events) {
            for (DomainEventListener listener : listeners) {
                try {
                    listener.on(event);
                } catch (Throwable e) {
                    // a failure of any kind, an Error included, stays with the listener: the change is
                    // committed, the other listeners still get the event, the caller is not told
                    failures++;
                    // the listener's message may hold anything: ids and the exception type only
                    if (e instanceof VirtualMachineError) {
                        LOG.error("event {} ({}) of {} was not delivered to listener {}: virtual-machine error {}",
                                event.eventId(), event.eventType(), event.aggregateId(), listener.getClass().getName(),
                                e.getClass().getName());
                    } else {
                        LOG.warn("event {} ({}) of {} was not delivered to listener {}: it threw {}",
                                event.eventId(), event.eventType(), event.aggregateId(), listener.getClass().getName(),
                                e.getClass().getName());
                    }
                }
            }
        }
        return failures;
    }

    /**
     * Delivers one event to every listener.
     *
     * @param event the event
     * @return the number of deliveries that failed
     */
    public int publish(DomainEvent event) {
        return publish(List.of(event));
    }
}
