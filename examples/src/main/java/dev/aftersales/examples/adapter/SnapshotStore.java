package dev.aftersales.examples.adapter;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.common.Versioned;
import dev.aftersales.examples.adapter.Snapshot.Table;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.spi.UnitRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An integrator's own storage adapter, written from the SPI alone: the "snapshot store". It keeps
 * all its data in one immutable {@link Snapshot}; committing a unit of work checks versions and
 * swaps in a new snapshot under one lock. It passes the whole storage TCK
 * ({@code SnapshotStoreTckTest} extends {@code dev.aftersales.testkit.tck.StoreContract}).
 *
 * <p>How the SPI maps onto it, and where a real adapter would call its storage instead:
 * <ul>
 *   <li><b>Reads</b> ({@code findById}, queries) read one snapshot: the committed one, or inside a
 *       unit of work the thread's private copy, so they see their own writes and never another
 *       thread's uncommitted ones. The private copy is taken when the unit of work begins
 *       (snapshot isolation): later commits of other threads stay unseen, and the commit refuses
 *       to overwrite any row they changed. A MongoDB adapter would run {@code collection.find(...)}
 *       here, in the thread's {@code ClientSession} if one is open.</li>
 *   <li><b>Saves</b> are optimistic: version {@code 0} inserts, any other version must be the
 *       stored one, else {@link StaleWriteException} and nothing is written. MongoDB:
 *       {@code replaceOne(and(eq("_id", id), eq("version", v)), doc)}, where a matched count of 0
 *       means stale; HTTP: {@code PUT /tickets/{id}} with {@code If-Match: v}, where
 *       {@code 412 Precondition Failed} means stale.</li>
 *   <li><b>Units of work</b> ({@link #inTransaction}) are thread-bound: the thread gets a private
 *       copy of the snapshot, saves change only that copy, and the commit re-checks every written
 *       row's version against the latest committed snapshot before swapping. MongoDB:
 *       {@code session.withTransaction(...)}; a JDBC adapter: one {@code Connection} with
 *       auto-commit off. Nested calls join the outer unit of work.</li>
 *   <li><b>Queries</b> filter, sort in the order each SPI method documents (ties by id), then
 *       slice the page. A database adapter pushes all three down: a filter, a sort on
 *       ({@code reportedAt}, {@code _id}) and {@code skip(offset).limit(limit + 1)}, the one extra
 *       row telling {@link Page#hasMore()}.</li>
 *   <li><b>Conditional updates</b> (claims of due commitments, delivery marks) run as units of work
 *       that no commit can interleave with ({@code inExclusiveTransaction}); a database runs each
 *       as one {@code UPDATE ... WHERE} statement. See {@code SnapshotCommitments}.</li>
 * </ul>
 *
 * <p>Thread-safe: the committed snapshot is a volatile field that only a commit replaces, under
 * {@code commitLock}; readers never lock. Nothing survives the JVM.
 */
public final class SnapshotStore implements AfterSalesStore {

    /** Serialises commits: check every version, then swap, as one step. */
    private final Object commitLock = new Object();

    /** The latest committed content. Replaced (never changed) under {@link #commitLock}. */
    private volatile Snapshot committed = Snapshot.EMPTY;

    /** The open unit of work of each thread, if any. */
    private final ThreadLocal<Draft> drafts = new ThreadLocal<>();

    private final EstateRepository estates = new SnapshotEstates(this);
    private final UnitRepository units = new SnapshotUnits(this);
    private final OwnerRepository owners = new SnapshotOwners(this);
    private final OwnershipRepository ownerships = new SnapshotOwnerships(this);
    private final TicketRepository tickets = new SnapshotTickets(this);
    private final CommitmentRepository commitments = new SnapshotCommitments(this);

    /** Creates a new, empty store. */
    public SnapshotStore() {
    }

    @Override
    public EstateRepository estates() {
        return estates;
    }

    @Override
    public UnitRepository units() {
        return units;
    }

    @Override
    public OwnerRepository owners() {
        return owners;
    }

    @Override
    public OwnershipRepository ownerships() {
        return ownerships;
    }

    @Override
    public TicketRepository tickets() {
        return tickets;
    }

    @Override
    public CommitmentRepository commitments() {
        return commitments;
    }

    /**
     * Runs {@code work} as one unit of work on a private copy of the store, then commits all its
     * writes at once, or none of them when {@code work} throws (the exception propagates
     * unchanged). A call on a thread that already has a unit of work open joins it.
     *
     * @param work the work
     * @param <T>  the result type
     * @return what {@code work} returned
     * @throws NullPointerException if {@code work} is null
     * @throws StaleWriteException  if a row written here was committed by someone else since this
     *                              unit of work began; nothing is kept
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        Draft outer = drafts.get();
        if (outer != null) {
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                outer.doom();   // the SPI: a failed nested unit of work keeps nothing of the outer one
                throw e;
            }
        }
        Draft draft = new Draft(committed);
        drafts.set(draft);
        try {
            T result = work.get();
            if (draft.doomed()) {
                throw new IllegalStateException("the unit of work was rolled back: a nested unit of work failed");
            }
            commit(draft);
            return result;
        } finally {
            drafts.remove();
        }
    }

    /**
     * Runs {@code work} as a unit of work that starts from the latest committed snapshot and that
     * no other commit can interleave with, so its version checks cannot fail on a race: the store's
     * form of a conditional {@code UPDATE ... WHERE} statement. It holds the commit lock throughout,
     * so the work must be short. Inside an open unit of work it joins that one, whose commit checks
     * the versions as usual.
     *
     * @param work the work
     * @param <T>  the result type
     * @return what {@code work} returned
     */
    <T> T inExclusiveTransaction(Supplier<T> work) {
        synchronized (commitLock) {
            return inTransaction(work);
        }
    }

    /**
     * Returns what the calling thread may read: its unit of work's private copy if one is open,
     * else the committed snapshot.
     *
     * @return the snapshot to read
     */
    Snapshot view() {
        Draft draft = drafts.get();
        return draft != null ? draft.working() : committed;
    }

    /**
     * Saves one record into the calling thread's unit of work, or into a unit of work of its own.
     *
     * @param table  the table
     * @param record the record, at the version it was read at ({@code 0} for a new one)
     * @param <R>    the record type
     * @return the stored copy, one version higher
     * @throws NullPointerException if the record is null
     * @throws StaleWriteException  if the version is not the stored one; nothing is written
     */
    <R extends Versioned<R>> R save(Table<R> table, R record) {
        Objects.requireNonNull(record, "record");
        return inTransaction(() -> drafts.get().save(table, record));
    }

    /**
     * Finds one row in the calling thread's view.
     *
     * @param table the table
     * @param id    the id text
     * @param <R>   the record type
     * @return the row, or empty if missing
     */
    <R extends Versioned<R>> Optional<R> find(Table<R> table, String id) {
        return view().find(table, id);
    }

    /**
     * Runs a query on one consistent view: filter, sort, then cut out the requested page.
     *
     * @param table  the table
     * @param filter which rows
     * @param order  the documented order of the SPI method; ties must be broken by id
     * @param page   the page wanted
     * @param <R>    the record type
     * @return the page
     * @throws NullPointerException if the page request is null
     */
    <R extends Versioned<R>> Page<R> query(Table<R> table, Predicate<? super R> filter,
            Comparator<? super R> order, PageRequest page) {
        Objects.requireNonNull(page, "page");
        return Page.slice(select(table, filter, order), page);
    }

    /**
     * Returns every row of a table that matches, from one consistent view, in the given order.
     *
     * @param table  the table
     * @param filter which rows
     * @param order  the order
     * @param <R>    the record type
     * @return the rows, an unmodifiable list
     */
    <R extends Versioned<R>> List<R> select(Table<R> table, Predicate<? super R> filter,
            Comparator<? super R> order) {
        return view().stream(table).filter(filter).sorted(order).toList();
    }

    /**
     * The order by id text ({@link String#compareTo}) that most property queries use.
     *
     * @param <R> the record type
     * @return the comparator
     */
    static <R extends Versioned<R>> Comparator<R> byId() {
        return Comparator.comparing(Versioned::idText);
    }

    /**
     * Commits a unit of work: under the lock, {@link Draft#applyTo} checks that no row it wrote
     * changed since it began and applies its rows onto the latest committed snapshot (which may
     * hold other threads' commits); the result becomes the committed snapshot. In a database
     * adapter this is the database's commit.
     */
    private void commit(Draft draft) {
        if (draft.isEmpty()) {
            return;
        }
        synchronized (commitLock) {
            committed = draft.applyTo(committed);
        }
    }

    @Override
    public String toString() {
        Snapshot now = committed;
        return Table.ALL.stream().map(t -> t.name() + "=" + now.size(t))
                .collect(Collectors.joining(", ", "SnapshotStore[", "]"));
    }
}
