package dev.aftersales.examples.adapter;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.common.Versioned;
import dev.aftersales.property.Building;
import dev.aftersales.property.Estate;
import dev.aftersales.property.Owner;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.Plot;
import dev.aftersales.property.Unit;
import dev.aftersales.ticket.TicketRecord;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole content of the {@link SnapshotStore} at one moment: one immutable map per table, from
 * a record's id text ({@link Versioned#idText()}) to the record at its stored version.
 *
 * <p>A snapshot never changes. {@link #with} returns a new snapshot that shares every table but the
 * one written, so holding on to a snapshot is a free, consistent read view: a query that streams
 * one snapshot can never see half of another thread's unit of work. In an integrator's real
 * adapter the database plays this role (a MongoDB session with read concern "snapshot", a SQL
 * transaction, or simply "everything one HTTP response returned").
 */
final class Snapshot {

    /**
     * Names one table and the type of its rows. Estates, plots and buildings are three tables, so
     * an estate and a plot may share an id text (three id spaces, as {@code EstateRepository}
     * requires). In a MongoDB adapter a table would be a collection; over HTTP, a resource path.
     *
     * @param name the table's name, for diagnostics
     * @param type the record type stored in the table
     * @param <R>  the record type
     */
    record Table<R extends Versioned<R>>(String name, Class<R> type) {
        static final Table<Estate> ESTATES = new Table<>("estates", Estate.class);
        static final Table<Plot> PLOTS = new Table<>("plots", Plot.class);
        static final Table<Building> BUILDINGS = new Table<>("buildings", Building.class);
        static final Table<Unit> UNITS = new Table<>("units", Unit.class);
        static final Table<Owner> OWNERS = new Table<>("owners", Owner.class);
        static final Table<Ownership> OWNERSHIPS = new Table<>("ownerships", Ownership.class);
        static final Table<TicketRecord> TICKETS = new Table<>("tickets", TicketRecord.class);
        static final Table<Commitment> COMMITMENTS = new Table<>("commitments", Commitment.class);
        /** Fired commitment events by their unique firing key: the exactly-once record and the outbox. */
        static final Table<FiringRow> FIRINGS = new Table<>("commitment_firings", FiringRow.class);
        /** Sweepers' leases on due commitments, by commitment id. */
        static final Table<ClaimRow> CLAIMS = new Table<>("commitment_claims", ClaimRow.class);

        /** Every table, in a fixed order. */
        static final List<Table<?>> ALL = List.of(ESTATES, PLOTS, BUILDINGS, UNITS, OWNERS, OWNERSHIPS, TICKETS,
                COMMITMENTS, FIRINGS, CLAIMS);
    }

    /** The store's content before anything is saved: every table empty. */
    static final Snapshot EMPTY = new Snapshot(Table.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(t -> t, t -> Map.<String, Versioned<?>>of())));

    /** Per table, the rows by id text. Every map is unmodifiable. */
    private final Map<Table<?>, Map<String, Versioned<?>>> tables;

    private Snapshot(Map<Table<?>, Map<String, Versioned<?>>> tables) {
        this.tables = tables;
    }

    /**
     * Finds one row.
     *
     * @param table the table
     * @param id    the id text
     * @param <R>   the record type
     * @return the row, or empty if the table has no row with that id
     */
    <R extends Versioned<R>> Optional<R> find(Table<R> table, String id) {
        return Optional.ofNullable(tables.get(table).get(id)).map(table.type()::cast);
    }

    /**
     * Returns the version of one row, or {@code -1} if the row is missing: the number the
     * optimistic checks compare.
     *
     * @param table the table
     * @param id    the id text
     * @return the stored version, {@code -1} if missing
     */
    long versionOf(Table<?> table, String id) {
        Versioned<?> row = tables.get(table).get(id);
        return row == null ? -1 : row.version();
    }

    /**
     * Streams every row of a table, in no particular order (queries sort).
     *
     * @param table the table
     * @param <R>   the record type
     * @return the rows
     */
    <R extends Versioned<R>> Stream<R> stream(Table<R> table) {
        return tables.get(table).values().stream().map(table.type()::cast);
    }

    /**
     * Returns a snapshot equal to this one except that {@code record} is stored under its id,
     * replacing any row of that id. Copies only the table written; the others are shared.
     *
     * @param table  the table
     * @param record the record, at the version it is to be stored with
     * @param <R>    the record type
     * @return the new snapshot; this one is unchanged
     */
    <R extends Versioned<R>> Snapshot with(Table<R> table, R record) {
        Objects.requireNonNull(record, "record");
        Map<String, Versioned<?>> rows = new HashMap<>(tables.get(table));
        rows.put(record.idText(), record);
        Map<Table<?>, Map<String, Versioned<?>>> next = new HashMap<>(tables);
        next.put(table, Collections.unmodifiableMap(rows));
        return new Snapshot(Collections.unmodifiableMap(next));
    }

    /**
     * Returns how many rows a table holds.
     *
     * @param table the table
     * @return the number of rows
     */
    int size(Table<?> table) {
        return tables.get(table).size();
    }
}
