package dev.aftersales.storage.jdbc.commitment;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.spi.CommitmentQuery;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.CompletedSweeps;
import dev.aftersales.spi.DuplicateFiringException;
import dev.aftersales.spi.SweepBatches;
import dev.aftersales.spi.SweepCompletion;
import dev.aftersales.storage.jdbc.Binder;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.JdbcStorageException;
import dev.aftersales.storage.jdbc.JdbcTransactions;
import dev.aftersales.storage.jdbc.LeaseClock;
import dev.aftersales.storage.jdbc.Paging;
import dev.aftersales.storage.jdbc.RetryPolicy;
import dev.aftersales.storage.jdbc.SqlFailure;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.VersionedTable;
import dev.aftersales.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Service commitments in the table {@code commitment} (one row each: the summary the SPI queries in
 * its own columns, history and firings as {@link dev.aftersales.commitment.CommitmentCodec} text, and
 * the claim of a sweeper), their fired warnings, breaches and escalations in
 * {@code commitment_firing} under the primary key (commitment, cycle, kind, level), which is also
 * the outbox of commitment events (rows not yet {@code delivered}). Schema version 4.
 *
 * <p>Exactly once (rules SL-8, SL-9): {@link #completeSweep} is one transaction that first updates
 * the commitment from exactly the version it was claimed at (the row lock makes concurrent
 * completions of that version wait, then find another version: {@code StaleWriteException}), then
 * inserts the fired events in one batch under their keys (a key already recorded:
 * {@link DuplicateFiringException}, everything rolled back). The database's primary key decides, so this holds across threads, pools
 * and nodes.
 *
 * <p>Claims ({@link #claimDue}) are leases in the columns {@code claimed_by} and
 * {@code claimed_until_ns}; claiming does not change the version and a save clears the claimant.
 * Where the database has it, one transaction selects the due head with
 * {@code FOR UPDATE SKIP LOCKED} (so nodes never wait for each other's candidates) and marks it;
 * elsewhere (H2, MariaDB before 10.6, MySQL before 8.0.1) candidates are read without locks and
 * each is claimed by a conditional update
 * ({@code UPDATE ... WHERE id = ? AND version = ? AND <still due and unclaimed>}), whose row count
 * says who won, each in a transaction of its own. Claims, completions, releases and delivery marks that run in a transaction of their
 * own are retried after a deadlock, a serialization failure or a connection lost before the commit
 * ({@link RetryPolicy#standard()}); they have no effect outside the database.
 *
 * <p>Leases are timed by a {@link LeaseClock}, by default the database's: {@link #claimDue} takes
 * the length of the lease from the caller ({@code claimedUntil - now}) and counts it from the
 * database's current instant, and a claim lapses when the database's clock passes its end; whether
 * a commitment is due is decided by the caller's {@code now}, the instant of the sweep. So nodes
 * whose clocks disagree by minutes never take over each other's claims. A save clears the claimant
 * but keeps the lease's end, and {@link #findUndelivered} leaves out the firings of a commitment
 * whose lease still runs: the sweeper that recorded them is handing them over. With
 * {@link LeaseClock#CALLER} leases end at the instants the callers name (every node's clock must
 * agree) and {@link #findUndelivered} selects by {@code recordedBefore} alone.
 *
 * <p>Instants are kept to the nanosecond (see the schema script). Queries see committed rows and,
 * inside a unit of work, its own writes. {@link #claimDue} outside a unit of work commits its claims
 * at once; inside one, other nodes see them at its commit. Thread-safe.
 */
public final class JdbcCommitmentRepository implements CommitmentRepository {

    private static final int CONDITIONAL_ROUNDS = 5;
    /** The most commitments named in one {@code IN} list. */
    private static final int IN_CHUNK = 500;

    private final JdbcRunner jdbc;
    private final JdbcTransactions transactions;
    private final VersionedTable commitments;
    private final String firings;
    private final String selectCommitments;
    private final String selectFirings;
    private final LeaseClock leaseClock;
    private volatile ClaimStatements claims;
    private final String release;
    private final String markDelivered;
    private volatile String recordFiring;
    private final String firedKeysOf;
    private final RetryPolicy retry;

    /**
     * Creates the repository with the standard retry policy and leases on the database's clock.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     * @throws NullPointerException if an argument is null
     */
    public JdbcCommitmentRepository(JdbcRunner jdbc, TablePrefix prefix) {
        this(jdbc, prefix, RetryPolicy.standard());
    }

    /**
     * Creates the repository with leases on the database's clock.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     * @param retry  how claims, completions, releases and delivery marks are retried after transient
     *               failures in transactions of their own
     * @throws NullPointerException if an argument is null
     */
    public JdbcCommitmentRepository(JdbcRunner jdbc, TablePrefix prefix, RetryPolicy retry) {
        this(jdbc, prefix, retry, LeaseClock.DATABASE);
    }

    /**
     * Creates the repository.
     *
     * @param jdbc       the runner of the store
     * @param prefix     the table prefix
     * @param retry      how claims, completions, releases and delivery marks are retried after
     *                   transient failures in transactions of their own
     * @param leaseClock the clock that times the sweepers' claims
     * @throws NullPointerException if an argument is null
     */
    public JdbcCommitmentRepository(JdbcRunner jdbc, TablePrefix prefix, RetryPolicy retry, LeaseClock leaseClock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.leaseClock = Objects.requireNonNull(leaseClock, "leaseClock");
        this.transactions = jdbc.transactions();
        this.retry = Objects.requireNonNull(retry, "retry");
        String table = prefix.table("commitment");
        this.commitments = new VersionedTable(jdbc, table, CommitmentRows.COLUMNS);
        this.firings = prefix.table("commitment_firing");
        this.selectCommitments = "SELECT " + CommitmentRows.SELECT_LIST + " FROM " + table;
        this.selectFirings = "SELECT " + FiringRows.SELECT_LIST + " FROM " + firings;
        this.release = "UPDATE " + table + " SET claimed_by = NULL, claimed_until_ns = NULL WHERE id = ? AND claimed_by = ?";
        this.firedKeysOf = "SELECT event_key FROM " + firings + " WHERE commitment_id = ?";
        // completed by markChunk: the key's text names the same row as the key's columns; with the
        // commitment id, the primary key's first column, it leaves the planner no other index to try
        this.markDelivered = "UPDATE " + firings + " SET delivered = TRUE WHERE delivered = FALSE";
    }

    @Override
    public Commitment save(Commitment commitment) {
        Objects.requireNonNull(commitment, "commitment");
        return commitments.save(commitment, p -> CommitmentRows.bind(p, commitment));
    }

    /** The new commitments go in with one multi-row insert, the others one update each. */
    @Override
    public List<Commitment> saveAll(List<Commitment> all) {
        Objects.requireNonNull(all, "commitments");
        all.forEach(c -> Objects.requireNonNull(c, "commitment"));
        return commitments.saveAll(all, CommitmentRows::bind);
    }

    @Override
    public Optional<Commitment> findById(CommitmentId id) {
        Objects.requireNonNull(id, "id");
        return jdbc.queryOptional(selectCommitments + " WHERE id = ?", p -> p.text(id.value()), CommitmentRows::read);
    }

    @Override
    public List<Commitment> findByTicket(TicketId ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return jdbc.query(selectCommitments + " WHERE ticket_id = ? ORDER BY started_ns, id", p -> p.text(ticket.value()),
                CommitmentRows::read);
    }

    @Override
    public Page<Commitment> findOpenByCalendar(String calendarId, PageRequest page) {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(page, "page");
        return Paging.query(jdbc, selectCommitments + " WHERE calendar_id = ? AND stopped_ns IS NULL"
                + " ORDER BY started_ns, id", p -> p.text(calendarId), CommitmentRows::read, page);
    }

    @Override
    public Page<Commitment> findOpenByPolicy(String policyId, PageRequest page) {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(page, "page");
        return Paging.query(jdbc, selectCommitments + " WHERE policy_id = ? AND stopped_ns IS NULL"
                + " ORDER BY started_ns, id", p -> p.text(policyId), CommitmentRows::read, page);
    }

    @Override
    public List<Commitment> claimDue(Instant now, int limit, String claimant, Instant claimedUntil) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(claimedUntil, "claimedUntil");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (!claimedUntil.isAfter(now)) {
            throw new IllegalArgumentException("a claim lasts beyond now: " + claimedUntil + " is not after " + now);
        }
        long nowNs = EpochNanos.exact(now);
        long untilNs = EpochNanos.exact(claimedUntil);
        try {
            Math.subtractExact(untilNs, nowNs);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("claimedUntil is more than 292 years after now: " + claimedUntil, e);
        }
        if (transactions.dialect().supportsSkipLocked()) {
            return transactions.inTransaction(retry, () -> claimLocked(nowNs, limit, claimant, untilNs));
        }
        // each conditional update is a transaction of its own (unless the caller holds one): it holds
        // one row lock at a time, so it can wait but never deadlock
        return claimConditionally(nowNs, limit, claimant, untilNs);
    }

    private List<Commitment> claimLocked(long nowNs, int limit, String claimant, long untilNs) {
        ClaimStatements sql = claims();
        List<Commitment> head = jdbc.query(sql.dueHead + transactions.dialect().forUpdateSkipLocked(),
                p -> sql.bindNow(p.longValue(nowNs), nowNs).text(claimant).intValue(limit), CommitmentRows::read);
        if (!head.isEmpty()) {
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < head.size(); i++) {
                in.append(i == 0 ? "?" : ", ?");
            }
            jdbc.updateExactly(head.size(), sql.claimSet + " WHERE id IN (" + in + ")", p -> {
                        sql.bindUntil(p.text(claimant), nowNs, untilNs);
                        for (Commitment c : head) {
                            p.text(c.id().value());
                        }
                    });
        }
        return head;
    }

    private List<Commitment> claimConditionally(long nowNs, int limit, String claimant, long untilNs) {
        ClaimStatements sql = claims();
        List<Commitment> won = new ArrayList<>();
        for (int round = 0; round < CONDITIONAL_ROUNDS && won.isEmpty(); round++) {
            List<Commitment> candidates = jdbc.query(sql.dueHead,
                    p -> sql.bindNow(p.longValue(nowNs), nowNs).text(claimant).intValue(limit), CommitmentRows::read);
            if (candidates.isEmpty()) {
                break;
            }
            for (Commitment c : candidates) {
                int count = jdbc.update(sql.claimIfStillFree, p -> sql.bindNow(sql.bindUntil(p.text(claimant), nowNs,
                        untilNs).text(c.id().value()).longValue(c.version()).longValue(nowNs), nowNs).text(claimant));
                if (count == 1) {
                    won.add(c);
                }
            }
        }
        return won;
    }

    @Override
    public Commitment completeSweep(Commitment commitment, List<CommitmentEvent> fired) {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(fired, "fired");
        List<CommitmentEvent> events = List.copyOf(fired);
        return transactions.inTransaction(retry, () -> {
            Commitment stored = save(commitment);
            record(events);
            return stored;
        });
    }

    /**
     * Completes a batch in one transaction (the caller's, or one of its own, retried after a
     * transient failure), a chunk of {@value #IN_CHUNK} commitments at a time, in id
     * order on every node so that two batches never deadlock: a {@code SELECT ... FOR UPDATE} of
     * the rows' versions (a stale completion is left out), one batched update of the current ones,
     * and one batched insert of the firings. On PostgreSQL the insert skips a recorded key
     * ({@code ON CONFLICT DO NOTHING}) and its count 0 reports it as a duplicate (a driver that
     * rewrites batches into multi-row inserts reports no counts: a duplicate then counts as
     * recorded and is handed on again, with its stable event id); elsewhere the insert is plain,
     * and a select of the keys the batch's commitments have recorded already leaves those out
     * first (no other writer can record a firing of a commitment whose row this transaction
     * holds).
     */
    @Override
    public CompletedSweeps completeSweeps(List<SweepCompletion> completions, boolean delivered) {
        List<SweepCompletion> sorted = new ArrayList<>(SweepBatches.requireDistinct(completions));
        if (sorted.isEmpty()) {
            return new CompletedSweeps(List.of(), List.of(), List.of(), List.of());
        }
        sorted.sort(Comparator.comparing(c -> c.commitment().id().value()));
        return transactions.inTransaction(retry, () -> {
            List<Commitment> stored = new ArrayList<>();
            List<CommitmentEvent> recorded = new ArrayList<>();
            List<CommitmentId> stale = new ArrayList<>();
            List<FiringKey> duplicates = new ArrayList<>();
            for (int from = 0; from < sorted.size(); from += IN_CHUNK) {
                completeChunk(sorted.subList(from, Math.min(sorted.size(), from + IN_CHUNK)), delivered, stored,
                        recorded, stale, duplicates);
            }
            Map<String, Integer> given = new HashMap<>();
            for (int i = 0; i < completions.size(); i++) {
                given.put(completions.get(i).commitment().id().value(), i);
            }
            // stable sorts: the events of one commitment keep their order
            stored.sort(Comparator.comparing(c -> given.get(c.id().value())));
            recorded.sort(Comparator.comparing(e -> given.get(e.key().commitment().value())));
            stale.sort(Comparator.comparing(id -> given.get(id.value())));
            duplicates.sort(Comparator.comparing(k -> given.get(k.commitment().value())));
            return new CompletedSweeps(stored, recorded, stale, duplicates);
        });
    }

    private void completeChunk(List<SweepCompletion> chunk, boolean delivered, List<Commitment> stored,
                               List<CommitmentEvent> recorded, List<CommitmentId> stale, List<FiringKey> duplicates) {
        String in = placeholders(chunk.size());
        Binder ids = p -> {
            for (SweepCompletion c : chunk) {
                p.text(c.commitment().id().value());
            }
        };
        Map<String, Long> versions = new HashMap<>();
        jdbc.query("SELECT id, version FROM " + commitments.table() + " WHERE id IN (" + in + ") ORDER BY id FOR UPDATE",
                ids, r -> {
                    versions.put(r.text("id"), r.longValue("version"));
                    return Boolean.TRUE;
                });
        List<Commitment> current = new ArrayList<>();
        List<SweepCompletion> saved = new ArrayList<>();
        for (SweepCompletion c : chunk) {
            Long version = versions.get(c.commitment().id().value());
            if (version == null || version != c.commitment().version() || version == 0) {
                stale.add(c.commitment().id());
            } else {
                current.add(c.commitment());
                saved.add(c);
            }
        }
        if (current.isEmpty()) {
            return;
        }
        stored.addAll(commitments.updateAll(current, CommitmentRows::bind));
        Set<String> known = new HashSet<>();
        if (!transactions.dialect().failedStatementAbortsTransaction()) {
            // a plain insert here: leave out the keys recorded already (PostgreSQL's insert skips them itself)
            jdbc.query("SELECT event_key FROM " + firings + " WHERE commitment_id IN (" + placeholders(saved.size())
                    + ")", p -> {
                        for (SweepCompletion c : saved) {
                            p.text(c.commitment().id().value());
                        }
                    }, r -> r.text("event_key")).forEach(known::add);
        }
        List<CommitmentEvent> fresh = new ArrayList<>();
        for (SweepCompletion c : saved) {
            for (CommitmentEvent e : c.fired()) {
                if (known.add(e.key().text())) {
                    fresh.add(e);
                } else {
                    duplicates.add(e.key());
                }
            }
        }
        int[] counts = jdbc.batch(recordFiring(), fresh, (p, e) -> FiringRows.bind(p, e, delivered));
        for (int i = 0; i < fresh.size(); i++) {
            if (i < counts.length && counts[i] == 0) {
                duplicates.add(fresh.get(i).key());
            } else {
                recorded.add(fresh.get(i));
            }
        }
    }

    private static String placeholders(int n) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < n; i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        return in.toString();
    }

    /**
     * Inserts the fired events in one batch. PostgreSQL skips a recorded key ({@code ON CONFLICT DO
     * NOTHING}) and reports 0 for it; elsewhere the batch fails on the unique key and the recorded
     * key is looked up (the statement's failure leaves the transaction usable there). Either way the
     * caller's transaction is rolled back by the exception.
     */
    private void record(List<CommitmentEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        int[] counts;
        try {
            counts = jdbc.batch(recordFiring(), events, FiringRows::bind);
        } catch (JdbcStorageException e) {
            if (e.failure() != SqlFailure.UNIQUE_VIOLATION || transactions.dialect().failedStatementAbortsTransaction()) {
                throw e;
            }
            java.util.Set<String> recorded = new java.util.HashSet<>(jdbc.query(firedKeysOf,
                    p -> p.text(events.get(0).key().commitment().value()), r -> r.text("event_key")));
            for (CommitmentEvent ev : events) {
                if (recorded.contains(ev.key().text())) {
                    throw new DuplicateFiringException(ev.key());
                }
            }
            throw e;
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new DuplicateFiringException(events.get(i).key());
            }
        }
    }

    private ClaimStatements claims() {
        ClaimStatements sql = claims;
        if (sql == null) {
            sql = new ClaimStatements(transactions.dialect(), leaseClock, commitments.table(), firings, selectCommitments,
                    FiringRows.SELECT_LIST);
            claims = sql;
        }
        return sql;
    }

    private String recordFiring() {
        String sql = recordFiring;
        if (sql == null) {
            sql = transactions.dialect().insertIfAbsent(firings, FiringRows.COLUMNS, FiringRows.KEY_COLUMNS);
            recordFiring = sql;
        }
        return sql;
    }

    @Override
    public void release(CommitmentId id, String claimant) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claimant, "claimant");
        transactions.inTransaction(retry, () -> jdbc.update(release, p -> p.text(id.value()).text(claimant)));
    }

    @Override
    public List<CommitmentEvent> findFired(CommitmentId id) {
        Objects.requireNonNull(id, "id");
        return jdbc.query(selectFirings + " WHERE commitment_id = ? ORDER BY scheduled_ns, event_key",
                p -> p.text(id.value()), FiringRows::read);
    }

    @Override
    public List<CommitmentEvent> findUndelivered(Instant recordedBefore, int limit) {
        Objects.requireNonNull(recordedBefore, "recordedBefore");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        long before = EpochNanos.exact(recordedBefore);
        return jdbc.query(claims().undelivered, p -> p.longValue(before).intValue(limit), FiringRows::read);
    }

    @Override
    public void markDelivered(Collection<FiringKey> keys) {
        Objects.requireNonNull(keys, "keys");
        List<FiringKey> sorted = new ArrayList<>();
        for (FiringKey key : keys) {
            sorted.add(Objects.requireNonNull(key, "key"));
        }
        if (sorted.isEmpty()) {
            return;
        }
        // one order on every node, so that two deliverers marking the same rows never deadlock
        sorted.sort(Comparator.comparing(FiringKey::text));
        transactions.inTransaction(retry, () -> {
            for (int from = 0; from < sorted.size(); from += IN_CHUNK) {
                markChunk(sorted.subList(from, Math.min(sorted.size(), from + IN_CHUNK)));
            }
            return null;
        });
    }

    /**
     * Marks up to {@value #IN_CHUNK} firings in one statement: the key texts name the rows, the
     * commitment ids (the primary key's first column) lead the planner to the primary key.
     */
    private void markChunk(List<FiringKey> keys) {
        List<String> distinct = keys.stream().map(k -> k.commitment().value()).distinct().toList();
        jdbc.update(markDelivered + " AND commitment_id IN (" + placeholders(distinct.size()) + ") AND event_key IN ("
                + placeholders(keys.size()) + ")", p -> {
                    for (String id : distinct) {
                        p.text(id);
                    }
                    for (FiringKey key : keys) {
                        p.text(key.text());
                    }
                });
    }

    @Override
    public Page<Commitment> find(CommitmentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        long from = EpochNanos.exact(query.from());
        long to = EpochNanos.exact(query.to());
        StringBuilder where = new StringBuilder(switch (query.measure()) {
            case DUE -> " WHERE deadline_ns >= ? AND deadline_ns < ?";
            case BREACHED -> " WHERE breached_ns >= ? AND breached_ns < ?";
            case WARNED -> " WHERE id IN (SELECT commitment_id FROM " + firings
                    + " WHERE kind = 'WARNING' AND scheduled_ns >= ? AND scheduled_ns < ?)";
        });
        List<String> values = new ArrayList<>();
        narrow(where, values, "estate_id", query.estate() == null ? null : query.estate().value());
        narrow(where, values, "building_id", query.building() == null ? null : query.building().value());
        narrow(where, values, "responsible_department", query.department() == null ? null : query.department().value());
        narrow(where, values, "ticket_kind", query.kind() == null ? null : query.kind().name());
        Binder binder = p -> {
            p.longValue(from).longValue(to);
            for (String v : values) {
                p.text(v);
            }
        };
        return Paging.query(jdbc, selectCommitments + where + " ORDER BY started_ns, id", binder, CommitmentRows::read,
                page);
    }

    private static void narrow(StringBuilder where, List<String> values, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            values.add(value);
        }
    }

    @Override
    public String toString() {
        return "JdbcCommitmentRepository[" + commitments.table() + ", " + firings + "]";
    }
}
