package dev.aftersales.storage.memory;

import dev.aftersales.common.AfterSalesException;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.UnitOfWork;
import dev.aftersales.common.Versioned;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The unit of work of the in-memory store: writes made inside {@link #inTransaction} are staged
 * per thread, checked again and applied together under one write lock when the work returns, and
 * dropped when it throws. Readers take the read lock, so they see a unit of work completely or not
 * at all. Every {@link MemoryTable} of one store shares one instance.
 */
public final class MemoryTransactions implements UnitOfWork {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    /** Creates the transaction manager of one in-memory store. */
    public MemoryTransactions() {
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Transaction outer = current.get();
        if (outer != null) {
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                outer.rollbackOnly = true;   // a failed nested unit of work dooms the outer one
                throw e;
            }
        }
        Transaction tx = new Transaction();
        current.set(tx);
        try {
            T result = work.get();
            if (tx.rollbackOnly) {
                throw new AfterSalesException("the unit of work was rolled back: a unit of work nested in it "
                        + "failed, and nothing of it is kept, although the failure was caught");
            }
            commit(tx);
            return result;
        } finally {
            current.remove();
        }
    }

    Transaction currentTransaction() {
        return current.get();
    }

    ReentrantReadWriteLock lock() {
        return lock;
    }

    private void commit(Transaction tx) {
        lock.writeLock().lock();
        try {
            for (Staged<?> staged : tx.all()) {
                staged.check();
            }
            for (Staged<?> staged : tx.all()) {
                staged.apply();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The staged writes of one unit of work, per table and id, in the order first written. */
    static final class Transaction {
        private boolean rollbackOnly;
        private final Map<MemoryTable<?>, Map<String, Staged<?>>> staged = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        <R extends Versioned<R>> Staged<R> get(MemoryTable<R> table, String id) {
            Map<String, Staged<?>> forTable = staged.get(table);
            return forTable == null ? null : (Staged<R>) forTable.get(id);
        }

        <R extends Versioned<R>> void put(MemoryTable<R> table, Staged<R> write) {
            staged.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(write.record().idText(), write);
        }

        @SuppressWarnings("unchecked")
        <R extends Versioned<R>> List<R> stagedRecords(MemoryTable<R> table) {
            Map<String, Staged<?>> forTable = staged.get(table);
            List<R> out = new ArrayList<>();
            if (forTable != null) {
                forTable.values().forEach(s -> out.add(((Staged<R>) s).record()));
            }
            return out;
        }

        private List<Staged<?>> all() {
            List<Staged<?>> out = new ArrayList<>();
            staged.values().forEach(m -> out.addAll(m.values()));
            return out;
        }
    }

    /**
     * One staged write: the record to store and the committed version it was based on
     * ({@code -1} for an insert).
     */
    record Staged<R extends Versioned<R>>(MemoryTable<R> table, R record, long baseCommittedVersion) {
        void check() {
            long actual = table.committedVersion(record.idText());
            if (actual != baseCommittedVersion) {
                throw new StaleWriteException(record.getClass().getSimpleName(), record.idText(),
                        Math.max(baseCommittedVersion, 0), actual);
            }
        }

        void apply() {
            table.putCommitted(record);
        }
    }
}
