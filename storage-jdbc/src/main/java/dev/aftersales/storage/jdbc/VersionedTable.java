package dev.aftersales.storage.jdbc;

import dev.aftersales.common.Versioned;
import dev.aftersales.spi.StaleWriteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The optimistic save of the SPI over one table whose rows carry an {@code id} and a
 * {@code version} column: a record of version {@code 0} is inserted if the id is free, any other
 * version replaces the row of exactly that version with {@code version + 1}. Otherwise
 * {@link StaleWriteException} is thrown and the row is unchanged. Under concurrent saves from the
 * same version the database's row lock decides: the first update wins, the others find another
 * version once it commits.
 */
public final class VersionedTable {

    private final JdbcRunner jdbc;
    private final String table;
    private final List<String> columns;
    private final List<String> insertColumns;
    private final String update;
    private final String versionQuery;

    /**
     * Creates the table access.
     *
     * @param jdbc    the runner
     * @param table   the table's full name (prefixed)
     * @param columns the columns besides {@code id} and {@code version}, in the order a
     *                {@link Binder} passed to {@link #save} binds them
     */
    public VersionedTable(JdbcRunner jdbc, String table, List<String> columns) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.table = Objects.requireNonNull(table, "table");
        this.columns = List.copyOf(columns);
        List<String> insert = new ArrayList<>();
        insert.add("id");
        insert.addAll(this.columns);
        insert.add("version");
        this.insertColumns = List.copyOf(insert);
        StringJoiner set = new StringJoiner(", ");
        this.columns.forEach(c -> set.add(c + " = ?"));
        set.add("version = ?");
        this.update = "UPDATE " + table + " SET " + set + " WHERE id = ? AND version = ?";
        this.versionQuery = "SELECT version FROM " + table + " WHERE id = ?";
    }

    /**
     * Returns the table's full name.
     *
     * @return the name
     */
    public String table() {
        return table;
    }

    /**
     * Saves a record's row.
     *
     * @param record the record; its version says insert ({@code 0}) or update (the version read)
     * @param values binds the values of the columns besides {@code id} and {@code version}, in order
     * @param <R>    the record type
     * @return the stored copy, with its version one more
     * @throws StaleWriteException         if the id is taken (insert) or the stored version is another
     *                                     or the row is missing (update); nothing is written
     * @throws UnexpectedRowCountException if an update by id changed more than one row
     */
    public <R extends Versioned<R>> R save(R record, Binder values) {
        Objects.requireNonNull(record, "record");
        String id = record.idText();
        long expected = record.version();
        long next = expected + 1;
        return jdbc.transactions().inTransaction(() -> {
            if (expected == 0) {
                boolean inserted = jdbc.insertIfAbsent(table, insertColumns, List.of("id"), p -> {
                    p.text(id);
                    values.bind(p);
                    p.longValue(next);
                });
                if (!inserted) {
                    throw stale(record, expected);
                }
            } else {
                int count = jdbc.update(update, p -> {
                    values.bind(p);
                    p.longValue(next).text(id).longValue(expected);
                });
                if (count == 0) {
                    throw stale(record, expected);
                }
                if (count != 1) {
                    throw new UnexpectedRowCountException(update, 1, count);
                }
            }
            return record.withVersion(next);
        });
    }

    /**
     * Replaces the rows of several records, each from exactly its version, as one JDBC batch, in
     * the unit of work open on the calling thread (or one of its own). The caller has locked the
     * rows and checked their versions first (e.g. with {@code SELECT ... FOR UPDATE}), so each
     * update must change exactly one row.
     *
     * @param records the records, each of a version above 0 as read
     * @param values  binds the values of the columns besides {@code id} and {@code version}, in order
     * @param <R>     the record type
     * @return the stored copies, each with its version one more, in the order given
     * @throws UnexpectedRowCountException if an update did not change exactly one row
     */
    public <R extends Versioned<R>> List<R> updateAll(List<R> records, BatchBinder<R> values) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(values, "values");
        jdbc.batchExactlyOneEach(update, records, (p, r) -> {
            values.bind(p, r);
            p.longValue(r.version() + 1).text(r.idText()).longValue(r.version());
        });
        List<R> stored = new ArrayList<>(records.size());
        for (R r : records) {
            stored.add(r.withVersion(r.version() + 1));
        }
        return stored;
    }

    /**
     * Saves several records like {@link #save} does, in the unit of work open on the calling thread
     * (or one of its own), all or none: the new ones (version {@code 0}) with one multi-row insert
     * ({@link JdbcRunner#insertAllIfAbsent}), the others one update each.
     *
     * @param records the records
     * @param values  binds the values of the columns besides {@code id} and {@code version} of one
     *                record, in order
     * @param <R>     the record type
     * @return the stored copies, each with its version one more, in the order given
     * @throws StaleWriteException         if a new record's id is taken or another record's stored
     *                                     version differs; the unit of work is then rolled back
     * @throws UnexpectedRowCountException if an update by id changed more than one row
     */
    public <R extends Versioned<R>> List<R> saveAll(List<R> records, BatchBinder<R> values) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(values, "values");
        List<R> fresh = records.stream().filter(r -> r.version() == 0).toList();
        return jdbc.transactions().inTransaction(() -> {
            if (fresh.size() > 1) {
                Optional<R> taken = jdbc.insertAllIfAbsent(table, insertColumns, "id", fresh, Versioned::idText, (p, r) -> {
                    p.text(r.idText());
                    values.bind(p, r);
                    p.longValue(1);
                });
                if (taken.isPresent()) {
                    throw new StaleWriteException(taken.get().getClass().getSimpleName(), taken.get().idText(), 0,
                            storedVersion(taken.get().idText()));
                }
            }
            List<R> stored = new ArrayList<>(records.size());
            for (R r : records) {
                stored.add(r.version() == 0 && fresh.size() > 1 ? r.withVersion(1) : save(r, p -> values.bind(p, r)));
            }
            return stored;
        });
    }

    /**
     * Reads the stored version of a row.
     *
     * @param id the id text
     * @return the version, {@code -1} if there is no such row
     */
    public long storedVersion(String id) {
        return jdbc.queryOptional(versionQuery, p -> p.text(id), r -> r.longValue("version")).orElse(-1L);
    }

    private StaleWriteException stale(Versioned<?> record, long expected) {
        return new StaleWriteException(record.getClass().getSimpleName(), record.idText(), expected,
                storedVersion(record.idText()));
    }
}
