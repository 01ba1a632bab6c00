package dev.aftersales.step;

import dev.aftersales.common.DomainEvent;
import dev.aftersales.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hand-on stage of the step pipeline for events that a sweep records in the store before anyone
 * hears of them: commitment firings (rules SL-8, SL-9) and warranty expiry reminders (rule WA-4),
 * and every timed feature after them. Each record is stored first, exactly once, and its event is
 * then delivered at least once:
 * <ul>
 *   <li>with an outbox, {@link #record} stores the records (marked delivered) and writes their
 *       events to the outbox in one transaction;</li>
 *   <li>without one, {@link #record} stores them undelivered, then hands each event to every
 *       listener and marks delivered those no listener refused;</li>
 *   <li>{@link #redeliver} hands on again, in batches, what was recorded a lease ago and is still
 *       undelivered (a refused event, or one whose sweeper died), with its stable event id.</li>
 * </ul>
 * Thread-safe when the store is. Logs event ids and types only (rule EU-4).
 *
 * @param <R> the type of the stored record whose event is handed on
 */
public final class RecordedEvents<R> {

    private static final Logger LOG = LoggerFactory.getLogger(RecordedEvents.class);

    private final StepEffects effects;
    private final UnitOfWork unitOfWork;
    private final Store<R> store;
    private final String kind;

    /**
     * Creates the stage over a feature's store of recorded events.
     *
     * @param context the desk's step context: its unit of work and pipeline
     * @param kind    what the events are, for log lines, e.g. {@code commitment}
     * @param store   the feature's undelivered records and how to mark them delivered
     * @throws NullPointerException if an argument is null
     */
    public RecordedEvents(StepContext context, String kind, Store<R> store) {
        Objects.requireNonNull(context, "context");
        this.effects = context.effects();
        this.unitOfWork = context.store();
        this.store = Objects.requireNonNull(store, "store");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Records what a sweep found due and hands the records' events on: with an outbox, in one
     * transaction with their outbox rows (the records should then be stored delivered); without
     * one, to the listeners after the records are stored, marking delivered those no listener
     * refused.
     *
     * @param <T>      the type of what recording returns
     * @param record   stores the records, told whether their events are handed on in its transaction
     * @param recorded the records stored, taken from what {@code record} returned
     * @return what {@code record} returned, and how many events were delivered
     * @throws NullPointerException if an argument is null
     */
    public <T> Recorded<T> record(Function<Boolean, T> record, Function<T, List<R>> recorded) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(recorded, "recorded");
        if (effects.hasOutbox()) {
            return unitOfWork.inTransaction(() -> {
                T done = record.apply(true);
                List<R> stored = recorded.apply(done);
                effects.handOnAll(stored.stream().map(store::eventOf).toList());
                return new Recorded<>(done, stored.size());
            });
        }
        T done = record.apply(false);
        return new Recorded<>(done, deliver(recorded.apply(done)));
    }

    /**
     * What {@link #record} stored and how many of its events were delivered.
     *
     * @param <T>       the type of what was stored
     * @param value     what recording returned
     * @param delivered the number of events handed on (into the outbox, or taken by every listener)
     */
    public record Recorded<T>(T value, int delivered) {
    }

    /**
     * Hands on the events of records stored undelivered: into the outbox when the store has one,
     * else to every listener; marks delivered those that went into the outbox or that no listener
     * refused.
     *
     * @param recorded the records
     * @return the number of events delivered
     * @throws NullPointerException if the list is null
     */
    public int deliver(List<R> recorded) {
        Objects.requireNonNull(recorded, "recorded");
        List<R> delivered = new ArrayList<>();
        for (R r : recorded) {
            DomainEvent event = store.eventOf(r);
            try {
                effects.handOn(event);
                delivered.add(r);
            } catch (RuntimeException failure) {
                LOG.warn("listener failed on {} event {}: {}; it will be delivered again", kind, event.eventId(),
                        failure.getClass().getName());
            }
        }
        if (!delivered.isEmpty()) {
            store.markDelivered(delivered);
        }
        return delivered.size();
    }

    /**
     * Delivers again, batch by batch, the events of records stored at or before an instant and
     * still undelivered, until a batch is short or a listener refuses one.
     *
     * @param recordedBy the latest recording instant (a sweep's instant minus its lease)
     * @param batchSize  how many to read at a time, at least 1
     * @return the number delivered
     * @throws NullPointerException     if the instant is null
     * @throws IllegalArgumentException if the batch size is below 1
     */
    public int redeliver(Instant recordedBy, int batchSize) {
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        int total = 0;
        while (true) {
            List<R> pending = store.findUndelivered(recordedBy, batchSize);
            int delivered = deliver(pending);
            total += delivered;
            if (pending.size() < batchSize || delivered < pending.size()) {
                return total;
            }
        }
    }

    /**
     * A feature's stored records whose events are handed on.
     *
     * @param <R> the type of record
     */
    public interface Store<R> {

        /**
         * Lists records stored by an instant whose events are not delivered yet.
         *
         * @param recordedBy the latest recording instant
         * @param limit      the most to return
         * @return the records, oldest first
         */
        List<R> findUndelivered(Instant recordedBy, int limit);

        /**
         * Marks records delivered.
         *
         * @param delivered the records whose events every listener took
         */
        void markDelivered(List<R> delivered);

        /**
         * Gets a record's event, the same (with the same event id) every time.
         *
         * @param record the record
         * @return its event
         */
        DomainEvent eventOf(R record);
    }
}
