package dev.aftersales.storage.jdbc.outbox;

import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.storage.jdbc.Dialect;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.JdbcStorageException;
import dev.aftersales.storage.jdbc.JdbcTransactions;
import dev.aftersales.storage.jdbc.SqlFailure;
import dev.aftersales.storage.jdbc.TablePrefix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the library's domain events (ticket, commitment and property events) to the outbox table
 * ({@code outbox}, schema versions 1 and 5) in the unit
 * of work open on the calling thread, so that an event is stored exactly when the change that
 * caused it commits; an {@link OutboxPublisher} then delivers it at least once. Writing an event
 * whose id is already stored does nothing, so redelivering into the outbox is harmless.
 *
 * <p>The desk writes here through the store's {@code EventOutbox} when the store is built with
 * {@code JdbcStore.create(ds).outbox(clock)}: each step's events in the step's transaction, and each
 * commitment event after the sweeper recorded its firing.
 * The sweeper records each firing exactly once, then appends its event here (its own transaction,
 * after the sweep step committed); if that fails, the sweeper hands it over again later, and the
 * event id makes the second append a no-op. Thread-safe.
 */
public final class JdbcOutbox implements DomainEventListener {

    /** The longest event id the outbox holds (schema version 5). */
    public static final int MAX_EVENT_ID = 200;

    private static final List<String> COLUMNS = List.of("event_id", "aggregate_id", "event_type", "payload",
            "occurred_at", "available_at");

    private final JdbcRunner jdbc;
    private final String table;

    /**
     * Creates the writer.
     *
     * @param transactions the store's unit of work, which the inserts join
     * @param prefix       the table prefix
     * @throws NullPointerException if an argument is null
     */
    public JdbcOutbox(JdbcTransactions transactions, TablePrefix prefix) {
        this.jdbc = new JdbcRunner(Objects.requireNonNull(transactions, "transactions"));
        this.table = Objects.requireNonNull(prefix, "prefix").table("outbox");
    }

    /**
     * Stores an event for delivery, in the current unit of work (or one of its own), available at
     * once. Does nothing if an event with its id is stored already.
     *
     * @param event one of the library's events (ticket, commitment, property)
     * @return true if stored now, false if its id was stored before
     * @throws NullPointerException     if the event is null
     * @throws IllegalArgumentException if it is not one of the library's event types or its id is
     *                                  longer than {@value #MAX_EVENT_ID} characters
     * @throws dev.aftersales.storage.jdbc.JdbcStorageException if the database fails
     */
    public boolean append(DomainEvent event) {
        String type = OutboxEvents.type(event);
        String payload = OutboxEvents.encode(event);
        if (event.eventId().length() > MAX_EVENT_ID) {
            throw new IllegalArgumentException("an outbox event id has at most " + MAX_EVENT_ID + " characters, got "
                    + event.eventId().length());
        }
        return jdbc.insertIfAbsent(table, COLUMNS, List.of("event_id"), p -> p.text(event.eventId())
                .text(event.aggregateId()).text(type).text(payload).instant(event.occurredAt())
                .instant(event.occurredAt()));
    }

    /**
     * Stores several events for delivery as one JDBC batch, in the current unit of work (or one of
     * its own), each available at once; an event whose id is stored already is skipped (on
     * PostgreSQL by {@code ON CONFLICT DO NOTHING}; elsewhere a batch that meets a stored id is
     * written again event by event, as {@link #append} does).
     *
     * @param events the library's events (ticket, commitment, property)
     * @throws NullPointerException     if the list or an event is null
     * @throws IllegalArgumentException if one is not of the library's event types or its id is
     *                                  longer than {@value #MAX_EVENT_ID} characters; nothing is stored
     * @throws dev.aftersales.storage.jdbc.JdbcStorageException if the database fails
     */
    public void appendAll(List<? extends DomainEvent> events) {
        Objects.requireNonNull(events, "events");
        List<String[]> rows = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            Objects.requireNonNull(event, "event");
            if (event.eventId().length() > MAX_EVENT_ID) {
                throw new IllegalArgumentException("an outbox event id has at most " + MAX_EVENT_ID + " characters, got "
                        + event.eventId().length());
            }
            rows.add(new String[] {event.eventId(), event.aggregateId(), OutboxEvents.type(event),
                    OutboxEvents.encode(event)});
        }
        if (rows.isEmpty()) {
            return;
        }
        Dialect dialect = jdbc.dialect();
        String sql = dialect.insertIfAbsent(table, COLUMNS, List.of("event_id"));
        jdbc.transactions().inTransaction(() -> {
            try {
                List<Integer> order = new ArrayList<>();
                for (int k = 0; k < rows.size(); k++) {
                    order.add(k);
                }
                jdbc.batch(sql, order, (p, k) -> {
                    String[] row = rows.get(k);
                    Instant at = events.get(k).occurredAt();
                    p.text(row[0]).text(row[1]).text(row[2]).text(row[3]).instant(at).instant(at);
                });
            } catch (JdbcStorageException e) {
                if (e.failure() != SqlFailure.UNIQUE_VIOLATION || dialect.failedStatementAbortsTransaction()) {
                    throw e;
                }
                events.forEach(this::append);
            }
            return null;
        });
    }

    /**
     * Stores an event for delivery, as {@link #append} does.
     *
     * @param event one of the library's events (ticket, commitment, property)
     */
    @Override
    public void on(DomainEvent event) {
        append(event);
    }

    @Override
    public String toString() {
        return "JdbcOutbox[" + table + "]";
    }
}
