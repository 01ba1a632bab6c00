package dev.aftersales.storage.jdbc.outbox;

import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.spi.EventOutbox;
import dev.aftersales.storage.jdbc.JdbcTransactions;
import dev.aftersales.storage.jdbc.LeaseClock;
import dev.aftersales.storage.jdbc.TablePrefix;
import java.time.Clock;
import java.util.Objects;

/**
 * The JDBC store's {@link EventOutbox}: {@link #append} writes with a {@link JdbcOutbox} in the
 * calling thread's transaction, {@link #publishPending} delivers with an {@link OutboxPublisher}
 * (at least once, leases with {@code SKIP LOCKED} or conditional updates, timed by a
 * {@link LeaseClock}, back-off for refused events). The entry point uses it when the store was
 * built with {@code JdbcStore.Builder#outbox(Clock)}. Thread-safe.
 */
public final class JdbcEventOutbox implements EventOutbox {

    private final JdbcOutbox writer;
    private final JdbcTransactions transactions;
    private final TablePrefix prefix;
    private final Clock clock;
    private final LeaseClock leaseClock;

    /**
     * Creates the outbox of one store, with leases on the database's clock.
     *
     * @param transactions the store's transactions
     * @param prefix       the store's table prefix
     * @param clock        the clock that says which events are pending and times back-off
     * @throws NullPointerException if an argument is null
     */
    public JdbcEventOutbox(JdbcTransactions transactions, TablePrefix prefix, Clock clock) {
        this(transactions, prefix, clock, LeaseClock.DATABASE);
    }

    /**
     * Creates the outbox of one store.
     *
     * @param transactions the store's transactions
     * @param prefix       the store's table prefix
     * @param clock        the clock that says which events are pending and times back-off
     * @param leaseClock   the clock that times the publishers' leases
     * @throws NullPointerException if an argument is null
     */
    public JdbcEventOutbox(JdbcTransactions transactions, TablePrefix prefix, Clock clock, LeaseClock leaseClock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.leaseClock = Objects.requireNonNull(leaseClock, "leaseClock");
        this.writer = new JdbcOutbox(transactions, prefix);
    }

    @Override
    public void append(DomainEvent event) {
        writer.append(Objects.requireNonNull(event, "event"));
    }

    @Override
    public void appendAll(java.util.List<? extends DomainEvent> events) {
        writer.appendAll(Objects.requireNonNull(events, "events"));
    }

    @Override
    public int publishPending(DomainEventListener listener) {
        Objects.requireNonNull(listener, "listener");
        return OutboxPublisher.builder(transactions, prefix, clock).leaseClock(leaseClock).listener(listener).build()
                .publishPending();
    }

    @Override
    public String toString() {
        return "JdbcEventOutbox[" + prefix + "]";
    }
}
