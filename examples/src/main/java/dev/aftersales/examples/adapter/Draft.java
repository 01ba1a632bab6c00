package dev.aftersales.examples.adapter;

import dev.aftersales.common.Versioned;
import dev.aftersales.examples.adapter.Snapshot.Table;
import dev.aftersales.spi.StaleWriteException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One thread's open unit of work in the {@link SnapshotStore}: the snapshot it began from, its
 * private working copy, and the rows it wrote. Only the owning thread touches a draft, so it needs
 * no locking; {@link #applyTo} runs under the store's commit lock.
 *
 * <p>The versions are checked twice, as in any optimistic store: when a record is saved (against
 * what this unit of work sees, for a quick and precise answer) and at commit (against what others
 * committed meanwhile). A database adapter gets the second check from its conditional update
 * ({@code ... WHERE id = ? AND version = ?}) inside the transaction.
 */
final class Draft {

    private boolean doomed;

    /** One row this unit of work wrote. */
    private record Row(Table<?> table, String id) {
    }

    private final Snapshot start;
    private Snapshot working;
    private final Set<Row> written = new LinkedHashSet<>();

    /**
     * Opens a unit of work on a snapshot.
     *
     * @param start the committed snapshot at the moment the unit of work begins
     */
    Draft(Snapshot start) {
        this.start = start;
        this.working = start;
    }

    /**
     * Returns the private working copy: the start snapshot plus this unit of work's own writes.
     *
     * @return the snapshot reads of the owning thread see
     */
    Snapshot working() {
        return working;
    }

    /**
     * Returns whether this unit of work wrote nothing (a read-only one commits for free).
     *
     * @return true if nothing was saved
     */
    boolean isEmpty() {
        return written.isEmpty();
    }

    /**
     * Saves a record into the working copy: version {@code 0} must find no row, any other version
     * must be the one this unit of work sees.
     *
     * @param table  the table
     * @param record the record as read
     * @param <R>    the record type
     * @return the stored copy, one version higher
     * @throws StaleWriteException if the version does not match; the working copy is unchanged
     */
    <R extends Versioned<R>> R save(Table<R> table, R record) {
        String id = record.idText();
        long stored = working.versionOf(table, id);
        long expected = record.version();
        boolean current = expected == 0 ? stored < 0 : stored == expected;
        if (!current) {
            throw new StaleWriteException(table.type().getSimpleName(), id, expected, stored);
        }
        R saved = record.withVersion(expected + 1);
        working = working.with(table, saved);
        written.add(new Row(table, id));
        return saved;
    }

    /**
     * Checks that every row written here is still at the version this unit of work began from in
     * {@code latest}, then returns {@code latest} with this unit of work's rows on top. All rows or
     * none: the check runs over every row before anything is applied.
     *
     * @param latest the latest committed snapshot
     * @return the snapshot to commit
     * @throws StaleWriteException if another thread committed one of the rows meanwhile
     */
    Snapshot applyTo(Snapshot latest) {
        for (Row row : written) {
            long base = start.versionOf(row.table(), row.id());
            long now = latest.versionOf(row.table(), row.id());
            if (now != base) {
                throw new StaleWriteException(row.table().type().getSimpleName(), row.id(), Math.max(base, 0), now);
            }
        }
        Snapshot next = latest;
        for (Row row : written) {
            next = copyRow(row.table(), row.id(), next);
        }
        return next;
    }

    private <R extends Versioned<R>> Snapshot copyRow(Table<R> table, String id, Snapshot onto) {
        return onto.with(table, working.find(table, id).orElseThrow());
    }

    /** Marks this unit of work as failed: it will not commit. */
    void doom() {
        doomed = true;
    }

    /** @return whether a nested unit of work failed */
    boolean doomed() {
        return doomed;
    }
}
