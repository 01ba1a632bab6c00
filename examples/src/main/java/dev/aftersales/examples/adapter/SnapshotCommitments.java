package dev.aftersales.examples.adapter;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.examples.adapter.Snapshot.Table;
import dev.aftersales.spi.CommitmentQuery;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.DuplicateFiringException;
import dev.aftersales.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Service commitments in the {@link SnapshotStore} (rules SL-8, SL-9, SL-14, MS-1), on three
 * tables: the {@link Commitment}s themselves, stored whole; the fired events by their unique
 * {@link FiringKey} ({@link FiringRow}); and the sweepers' leases ({@link ClaimRow}).
 *
 * <p>How each contract maps onto a storage of your own:
 * <ul>
 *   <li><b>Saves</b> are the store's optimistic saves. Store the commitment whole (a document, or a
 *       row with the history and firings in one text column, see {@code CommitmentCodec}) plus the
 *       columns the queries filter on: ticket, next check, deadline, breach, estate, building,
 *       department, kind, calendar id, open.</li>
 *   <li><b>Claims</b> ({@link #claimDue}) are one conditional update, so that two sweepers never
 *       get the same commitment: {@code UPDATE commitments SET claimed_by = ?, claimed_until = ?
 *       WHERE next_check <= :now AND (claimed_until IS NULL OR claimed_until <= :now OR claimed_by
 *       = ?) ORDER BY next_check, id LIMIT ? RETURNING *} (or {@code SELECT ... FOR UPDATE SKIP
 *       LOCKED}; MongoDB: {@code findOneAndUpdate} in a loop). Every save clears the two columns.
 *       Here a claim row holds only at the commitment version it was claimed at, which has the
 *       same effect.</li>
 *   <li><b>Exactly once</b> ({@link #completeSweep}) rests on a unique key: the firings table's
 *       primary key is the firing key text, and the commitment and its new firings are written in
 *       one transaction. A second insert of a key fails (SQL state 23505, MongoDB error 11000) and
 *       the transaction rolls back. Here the check before the insert gives the precise
 *       {@link DuplicateFiringException}, and a racing insert of the same key, or a racing save of
 *       the commitment, fails the commit's version check.</li>
 *   <li><b>The outbox</b> is the firings table's {@code delivered} flag: {@link #findUndelivered}
 *       selects the unmarked rows by recording time; {@link #markDelivered} is
 *       {@code UPDATE commitment_firings SET delivered = true WHERE key IN (...)}.</li>
 *   <li><b>Queries</b> filter, sort in {@link CommitmentRepository#ORDER} and slice, like the
 *       ticket queries; {@link CommitmentQuery#matches} states each filter for adapters without a
 *       query language, and a database pushes it down as a {@code WHERE} clause.</li>
 * </ul>
 */
final class SnapshotCommitments implements CommitmentRepository {

    /** The order of claims: earliest next check first, ties by id. */
    private static final Comparator<Commitment> DUE_ORDER =
            Comparator.comparing(Commitment::nextCheck).thenComparing(Commitment::idText);

    /** The order of the outbox: oldest record first, ties in {@link #EVENT_ORDER}. */
    private static final Comparator<FiringRow> OUTBOX_ORDER =
            Comparator.comparing((FiringRow r) -> r.event().recordedAt()).thenComparing(FiringRow::event, EVENT_ORDER);

    private final SnapshotStore store;

    SnapshotCommitments(SnapshotStore store) {
        this.store = store;
    }

    @Override
    public Commitment save(Commitment commitment) {
        return store.save(Table.COMMITMENTS, commitment);
    }

    @Override
    public Optional<Commitment> findById(CommitmentId id) {
        return store.find(Table.COMMITMENTS, id.value());
    }

    @Override
    public List<Commitment> findByTicket(TicketId ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return store.select(Table.COMMITMENTS, c -> c.ticketId().equals(ticket), ORDER);
    }

    @Override
    public Page<Commitment> findOpenByCalendar(String calendarId, PageRequest page) {
        Objects.requireNonNull(calendarId, "calendarId");
        return store.query(Table.COMMITMENTS,
                c -> c.isOpen() && c.calendar() != null && c.calendar().id().equals(calendarId), ORDER, page);
    }

    @Override
    public Page<Commitment> findOpenByPolicy(String policyId, PageRequest page) {
        Objects.requireNonNull(policyId, "policyId");
        return store.query(Table.COMMITMENTS, c -> c.isOpen() && c.policy().id().equals(policyId), ORDER, page);
    }

    /**
     * Claims due commitments in one exclusive unit of work, the store's form of the conditional
     * update: every due commitment, earliest first, that no other claimant holds at its current
     * version beyond {@code now}, gets a claim row until {@code claimedUntil}.
     */
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
        return store.inExclusiveTransaction(() -> {
            List<Commitment> claimed = new ArrayList<>();
            for (Commitment c : store.select(Table.COMMITMENTS, c -> isDue(c, now), DUE_ORDER)) {
                if (claimed.size() == limit) {
                    break;
                }
                Optional<ClaimRow> held = store.find(Table.CLAIMS, c.idText());
                if (held.isPresent() && held.get().heldAgainst(claimant, c.version(), now)) {
                    continue;
                }
                long rowVersion = held.map(ClaimRow::version).orElse(0L);
                store.save(Table.CLAIMS, new ClaimRow(c.idText(), c.version(), claimant, claimedUntil, rowVersion));
                claimed.add(c);
            }
            return claimed;
        });
    }

    private static boolean isDue(Commitment c, Instant now) {
        return c.nextCheck() != null && !c.nextCheck().isAfter(now);
    }

    /**
     * Saves the commitment and inserts one firing row per event in one unit of work. The commitment
     * is written first, so that a completion racing another one on the same version fails as stale
     * at commit; a key already committed fails before, as a duplicate.
     */
    @Override
    public Commitment completeSweep(Commitment commitment, List<CommitmentEvent> fired) {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(fired, "fired");
        return store.inTransaction(() -> {
            Commitment saved = store.save(Table.COMMITMENTS, commitment);
            for (CommitmentEvent event : fired) {
                if (store.find(Table.FIRINGS, event.key().text()).isPresent()) {
                    throw new DuplicateFiringException(event.key());
                }
                store.save(Table.FIRINGS, FiringRow.recorded(event));
            }
            return saved;
        });
    }

    @Override
    public void release(CommitmentId id, String claimant) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claimant, "claimant");
        store.inExclusiveTransaction(() -> store.find(Table.CLAIMS, id.value())
                .filter(claim -> claim.claimant().equals(claimant))
                .map(claim -> store.save(Table.CLAIMS, claim.released())));
    }

    @Override
    public List<CommitmentEvent> findFired(CommitmentId id) {
        Objects.requireNonNull(id, "id");
        return store.select(Table.FIRINGS, r -> r.event().commitmentId().equals(id),
                Comparator.comparing(FiringRow::event, EVENT_ORDER)).stream().map(FiringRow::event).toList();
    }

    @Override
    public List<CommitmentEvent> findUndelivered(Instant recordedBefore, int limit) {
        Objects.requireNonNull(recordedBefore, "recordedBefore");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return store.select(Table.FIRINGS, r -> !r.delivered() && r.event().recordedAt().isBefore(recordedBefore),
                OUTBOX_ORDER).stream().limit(limit).map(FiringRow::event).toList();
    }

    /**
     * Marks the rows delivered in one exclusive unit of work, so that two deliverers marking the
     * same event both succeed.
     */
    @Override
    public void markDelivered(Collection<FiringKey> keys) {
        Objects.requireNonNull(keys, "keys");
        keys.forEach(key -> Objects.requireNonNull(key, "key"));
        store.inExclusiveTransaction(() -> {
            List<FiringRow> marked = new ArrayList<>();
            for (FiringKey key : keys) {
                store.find(Table.FIRINGS, key.text()).filter(r -> !r.delivered())
                        .ifPresent(r -> marked.add(store.save(Table.FIRINGS, r.markedDelivered())));
            }
            return marked;
        });
    }

    @Override
    public Page<Commitment> find(CommitmentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        return store.query(Table.COMMITMENTS, query::matches, ORDER, page);
    }
}
