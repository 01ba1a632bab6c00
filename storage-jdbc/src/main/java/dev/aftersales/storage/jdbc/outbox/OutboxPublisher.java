package dev.aftersales.storage.jdbc.outbox;

import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.JdbcTransactions;
import dev.aftersales.storage.jdbc.LeaseClock;
import dev.aftersales.storage.jdbc.RetryPolicy;
import dev.aftersales.storage.jdbc.TablePrefix;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the committed events of the outbox table (written by {@link JdbcOutbox}) to listeners,
 * at least once, each with its stable {@link DomainEvent#eventId()} so that a listener can drop a
 * duplicate. Safe with several publishers on several nodes.
 *
 * <p>Each {@link #publishPending()} call claims pending events in {@code seq} order, a batch at a
 * time, by setting their {@code claimed_until} a lease ahead (with {@code FOR UPDATE SKIP LOCKED}
 * where the database has it, else a conditional update on the {@code attempts} counter, whose row
 * count says who won), delivers them outside any transaction to every listener in turn, then
 * marks the delivered ones {@code published_at}. An event a listener refused (an exception) stays
 * pending and its claim is given up: it becomes available again after a growing back-off (its
 * {@code available_at}), with the exception's class name in {@code last_failure} (never its
 * message, rule EU-4).
 * A publisher that dies mid-batch leaves its events claimed until the lease passes; then another
 * delivers them again. So an event is delivered more than once only after a failure or an expired
 * lease; within one batch events go in {@code seq} order, but with several publishers the events
 * of one aggregate may overtake each other: order them by their content (e.g. a ticket event's
 * sequence).
 *
 * <pre>{@code
 * OutboxPublisher publisher = OutboxPublisher.builder(store.transactions(), store.prefix(), clock)
 *         .listener(myListener).build();
 * executor.scheduleWithFixedDelay(publisher::publishPending, 0, 1, TimeUnit.SECONDS);
 * }</pre>
 *
 * <p>Two clocks, each for its own purpose. The injected clock says which events are pending
 * ({@code available_at <= now}: an event is available from its {@code occurredAt}, and after a
 * failure from the end of its back-off) and stamps {@code published_at}. The lease is timed by the
 * {@link LeaseClock}, by default the database's: a claim ends the lease's length after the
 * database's current instant and lapses when the database's clock passes that end, so that a
 * publisher whose clock runs minutes ahead never takes events another publisher holds. With
 * {@link LeaseClock#CALLER} the lease ends at the publisher's {@code now} plus the lease, which is
 * safe only while every node's clock agrees. Thread-safe; call it outside any unit of work.
 */
public final class OutboxPublisher {

    /** The default number of events claimed at a time. */
    public static final int DEFAULT_BATCH_SIZE = 100;
    /** The default lease: a claim lapses after it if its publisher did not finish. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(1);
    /** The default first back-off after a failed delivery; it doubles up to {@link #DEFAULT_MAX_BACKOFF}. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
    /** The default longest back-off. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPublisher.class);
    private static final int MAX_FAILURE_TEXT = 200;

    /** A claimed row. */
    private record Pending(long seq, String eventId, String type, String payload, int attempts) {
    }

    private final JdbcTransactions transactions;
    private final JdbcRunner jdbc;
    private final String table;
    private final Clock clock;
    private final List<DomainEventListener> listeners;
    private final int batchSize;
    private final Duration lease;
    private final LeaseClock leaseClock;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private volatile LeaseStatements statements;

    private OutboxPublisher(Builder b) {
        this.transactions = b.transactions;
        this.jdbc = new JdbcRunner(b.transactions);
        this.table = b.prefix.table("outbox");
        this.clock = b.clock;
        this.listeners = List.copyOf(b.listeners);
        this.batchSize = b.batchSize;
        this.lease = b.lease;
        this.leaseClock = b.leaseClock;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
    }

    /**
     * Starts configuring a publisher.
     *
     * @param transactions the store's unit of work
     * @param prefix       the table prefix
     * @param clock        the clock that says which events are pending, times back-offs and stamps
     *                     deliveries (leases follow {@link Builder#leaseClock})
     * @return a builder with the defaults and no listener yet
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(JdbcTransactions transactions, TablePrefix prefix, Clock clock) {
        return new Builder(transactions, prefix, clock);
    }

    /**
     * Delivers every event pending at the clock's instant, batch by batch, until none is left that
     * this call has not tried.
     *
     * @return how many events every listener accepted
     * @throws dev.aftersales.storage.jdbc.JdbcStorageException if the database fails (events
     *         already delivered stay delivered; claimed ones become available after the lease)
     */
    public int publishPending() {
        Instant now = clock.instant();
        int delivered = 0;
        while (true) {
            List<Pending> batch = claim(now);
            if (batch.isEmpty()) {
                return delivered;
            }
            delivered += deliver(batch, now);
        }
    }

    private List<Pending> claim(Instant now) {
        LeaseStatements sql = statements();
        if (transactions.dialect().supportsSkipLocked()) {
            return transactions.inTransaction(RetryPolicy.standard(), () -> {
                List<Pending> head = jdbc.query(sql.pendingHead + transactions.dialect().forUpdateSkipLocked(),
                        p -> sql.bindNow(p.instant(now), now).intValue(batchSize), OutboxPublisher::read);
                if (!head.isEmpty()) {
                    StringBuilder in = new StringBuilder();
                    head.forEach(x -> in.append(in.length() == 0 ? "?" : ", ?"));
                    jdbc.updateExactly(head.size(), sql.claimSet + " WHERE seq IN (" + in + ")", p -> {
                        sql.bindUntil(p, now);
                        for (Pending x : head) {
                            p.longValue(x.seq());
                        }
                    });
                }
                return head;
            });
        }
        List<Pending> won = new ArrayList<>();
        for (Pending x : jdbc.query(sql.pendingHead, p -> sql.bindNow(p.instant(now), now).intValue(batchSize),
                OutboxPublisher::read)) {
            int count = jdbc.update(sql.claimIfStillFree, p -> sql.bindNow(sql.bindUntil(p, now).longValue(x.seq())
                    .intValue(x.attempts()).instant(now), now));
            if (count == 1) {
                won.add(x);
            }
        }
        return won;
    }

    private LeaseStatements statements() {
        LeaseStatements sql = statements;
        if (sql == null) {
            sql = new LeaseStatements(transactions.dialect(), leaseClock, table, lease);
            statements = sql;
        }
        return sql;
    }

    private static Pending read(dev.aftersales.storage.jdbc.Row r) throws java.sql.SQLException {
        return new Pending(r.longValue("seq"), r.text("event_id"), r.text("event_type"), r.text("payload"),
                r.intValue("attempts"));
    }

    private int deliver(List<Pending> batch, Instant now) {
        List<Long> delivered = new ArrayList<>();
        for (Pending x : batch) {
            RuntimeException failure = null;
            try {
                DomainEvent event = OutboxEvents.decode(x.type(), x.payload());
                for (DomainEventListener listener : listeners) {
                    listener.on(event);
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            if (failure == null) {
                delivered.add(x.seq());
            } else {
                int attempts = x.attempts() + 1;
                Instant retryAt = now.plus(backoff(attempts));
                String text = failure.getClass().getName();
                String what = text.length() > MAX_FAILURE_TEXT ? text.substring(0, MAX_FAILURE_TEXT) : text;
                LOG.warn("outbox event {} was not delivered (attempt {}): {}; retry at {}", x.eventId(), attempts, what,
                        retryAt);
                LOG.debug("outbox delivery failure detail", failure);
                transactions.inTransaction(RetryPolicy.standard(), () -> jdbc.update("UPDATE " + table
                        + " SET available_at = ?, last_failure = ?, claimed_until = NULL WHERE seq = ?"
                        + " AND published_at IS NULL", p -> p.instant(retryAt).text(what).longValue(x.seq())));
            }
        }
        if (!delivered.isEmpty()) {
            transactions.inTransaction(RetryPolicy.standard(), () -> jdbc.batch("UPDATE " + table
                    + " SET published_at = ? WHERE seq = ? AND published_at IS NULL", delivered,
                    (p, seq) -> p.instant(now).longValue(seq)));
        }
        return delivered.size();
    }

    private Duration backoff(int attempts) {
        Duration d = initialBackoff;
        for (int i = 1; i < attempts && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    @Override
    public String toString() {
        return "OutboxPublisher[" + table + ", " + listeners.size() + " listeners, batch " + batchSize + ", lease "
                + lease + " on the " + leaseClock.name().toLowerCase(java.util.Locale.ROOT) + " clock]";
    }

    /** Configures an {@link OutboxPublisher}; each setting is checked as it is set. */
    public static final class Builder {
        private final JdbcTransactions transactions;
        private final TablePrefix prefix;
        private final Clock clock;
        private final List<DomainEventListener> listeners = new ArrayList<>();
        private int batchSize = DEFAULT_BATCH_SIZE;
        private Duration lease = DEFAULT_LEASE;
        private LeaseClock leaseClock = LeaseClock.DATABASE;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;

        private Builder(JdbcTransactions transactions, TablePrefix prefix, Clock clock) {
            this.transactions = Objects.requireNonNull(transactions, "transactions");
            this.prefix = Objects.requireNonNull(prefix, "prefix");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /**
         * Adds a listener; every event goes to every listener, in the order added.
         *
         * @param listener the listener
         * @return this builder
         * @throws NullPointerException if the listener is null
         */
        public Builder listener(DomainEventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Sets how many events are claimed at a time ({@value #DEFAULT_BATCH_SIZE} unless set).
         *
         * @param value the batch size, at least 1
         * @return this builder
         * @throws IllegalArgumentException if it is below 1
         */
        public Builder batchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("batch size must be at least 1, got " + value);
            }
            this.batchSize = value;
            return this;
        }

        /**
         * Sets how long a claim lasts ({@link OutboxPublisher#DEFAULT_LEASE} unless set); longer than
         * a batch takes to deliver, or events are delivered twice.
         *
         * @param value the lease, positive
         * @return this builder
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder lease(Duration value) {
            this.lease = positive(value, "lease");
            return this;
        }

        /**
         * Sets the clock that times leases ({@link LeaseClock#DATABASE} unless set, so that
         * publishers whose clocks disagree never take over each other's claims).
         *
         * @param value the lease clock
         * @return this builder
         * @throws NullPointerException if it is null
         */
        public Builder leaseClock(LeaseClock value) {
            this.leaseClock = Objects.requireNonNull(value, "leaseClock");
            return this;
        }

        /**
         * Sets the back-off after a failed delivery: {@code initial}, doubled per further attempt up
         * to {@code max}.
         *
         * @param initial the first back-off, positive
         * @param max     the longest back-off, at least {@code initial}
         * @return this builder
         * @throws IllegalArgumentException if a value is out of range
         */
        public Builder backoff(Duration initial, Duration max) {
            positive(initial, "initial back-off");
            positive(max, "longest back-off");
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("the longest back-off " + max + " is shorter than the first " + initial);
            }
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /**
         * Builds the publisher.
         *
         * @return the publisher
         * @throws IllegalStateException if no listener was added
         */
        public OutboxPublisher build() {
            if (listeners.isEmpty()) {
                throw new IllegalStateException("an outbox publisher needs at least one listener");
            }
            return new OutboxPublisher(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
            return value;
        }
    }
}
