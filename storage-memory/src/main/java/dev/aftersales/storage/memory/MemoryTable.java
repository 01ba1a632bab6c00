package dev.aftersales.storage.memory;

import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.common.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * One table of versioned records in memory, keyed by {@link Versioned#idText()}. Saves follow
 * the SPI's optimistic-concurrency contract and join the calling thread's unit of work, if any.
 * Repositories of the in-memory store are thin layers over tables.
 *
 * @param <R> the record type
 */
public final class MemoryTable<R extends Versioned<R>> {

    private final String name;
    private final MemoryTransactions transactions;
    private final Map<String, R> committed = new ConcurrentHashMap<>();

    /**
     * Creates an empty table.
     *
     * @param name         the table's name, for diagnostics
     * @param transactions the store's transaction manager
     */
    public MemoryTable(String name, MemoryTransactions transactions) {
        this.name = Objects.requireNonNull(name, "name");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * Finds a record by id, seeing the calling thread's own staged writes.
     *
     * @param id the id text
     * @return the record, or empty if missing
     */
    public Optional<R> find(String id) {
        MemoryTransactions.Transaction tx = transactions.currentTransaction();
        if (tx != null) {
            MemoryTransactions.Staged<R> staged = tx.get(this, id);
            if (staged != null) {
                return Optional.of(staged.record());
            }
        }
        transactions.lock().readLock().lock();
        try {
            return Optional.ofNullable(committed.get(id));
        } finally {
            transactions.lock().readLock().unlock();
        }
    }

    /**
     * Saves a record: inserts it if its version is {@code 0}, else replaces the stored record of
     * that version. Returns the stored copy, whose version is one more.
     *
     * @param record the record to save
     * @return the stored copy
     * @throws StaleWriteException if the version is not the stored one (or an insert finds the id
     *                             taken); nothing is written
     */
    public R save(R record) {
        Objects.requireNonNull(record, "record");
        String id = record.idText();
        R stored = record.withVersion(record.version() + 1);
        MemoryTransactions.Transaction tx = transactions.currentTransaction();
        if (tx != null) {
            MemoryTransactions.Staged<R> previous = tx.get(this, id);
            long visible;
            long base;
            if (previous != null) {
                visible = previous.record().version();
                base = previous.baseCommittedVersion();
            } else {
                base = committedVersion(id);
                visible = base;
            }
            requireVersion(record, visible);
            tx.put(this, new MemoryTransactions.Staged<>(this, stored, base));
            return stored;
        }
        transactions.lock().writeLock().lock();
        try {
            requireVersion(record, committedVersion(id));
            committed.put(id, stored);
            return stored;
        } finally {
            transactions.lock().writeLock().unlock();
        }
    }

    /**
     * Returns every record matching a filter, in the given order, seeing the calling thread's
     * staged writes.
     *
     * @param filter which records
     * @param order  the stable order; ties must be broken by id
     * @return the matching records, a new list
     */
    public List<R> select(Predicate<? super R> filter, Comparator<? super R> order) {
        Map<String, R> view;
        transactions.lock().readLock().lock();
        try {
            MemoryTransactions.Transaction tx = transactions.currentTransaction();
            if (tx == null) {
                List<R> out = new ArrayList<>();
                for (R r : committed.values()) {
                    if (filter.test(r)) {
                        out.add(r);
                    }
                }
                out.sort(order);
                return out;
            }
            view = new HashMap<>(committed);
            for (R r : tx.stagedRecords(this)) {
                view.put(r.idText(), r);
            }
        } finally {
            transactions.lock().readLock().unlock();
        }
        List<R> out = new ArrayList<>();
        for (R r : view.values()) {
            if (filter.test(r)) {
                out.add(r);
            }
        }
        out.sort(order);
        return out;
    }

    /**
     * Returns the number of committed records.
     *
     * @return the size
     */
    public int size() {
        return committed.size();
    }

    @Override
    public String toString() {
        return "MemoryTable[" + name + ", " + committed.size() + " records]";
    }

    long committedVersion(String id) {
        R r = committed.get(id);
        return r == null ? -1 : r.version();
    }

    void putCommitted(R record) {
        committed.put(record.idText(), record);
    }

    private static <R extends Versioned<R>> void requireVersion(R record, long visible) {
        long expected = record.version();
        boolean ok = expected == 0 ? visible < 0 : visible == expected;
        if (!ok) {
            throw new StaleWriteException(record.getClass().getSimpleName(), record.idText(), expected, visible);
        }
    }
}
