package dev.aftersales.storage.memory;

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
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.SweepBatches;
import dev.aftersales.spi.SweepCompletion;
import dev.aftersales.common.Versioned;
import dev.aftersales.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The commitment repository of the in-memory store, on two {@link MemoryTable}s (commitments, and
 * fired events keyed by their unique {@link FiringKey}) that join the store's
 * {@link MemoryTransactions}. Two indexes make the frequent reads cheap:
 * <ul>
 *   <li>the due index: a sorted set of (next check, id, version) entries added by every save, so
 *       that {@link #claimDue} reads only the due head of it. Entries go stale when a later version
 *       is saved; a stale entry is dropped when a claim scan meets it and the stored version has
 *       caught up with it (so an entry of a write still in an open unit of work is never lost);</li>
 *   <li>the ticket index: ticket id to commitment ids.</li>
 * </ul>
 * Claims live beside the tables (they are leases, not data): {@link #claimDue} runs under the
 * repository's lock, so two claims never hand out the same commitment while a claim lasts.
 * Exactly-once recording rests on the tables: {@link #completeSweep} saves the commitment and
 * inserts the fired events in one unit of work, and an insert of a key already recorded fails.
 * Safe for use by several threads.
 */
public final class MemoryCommitmentRepository implements CommitmentRepository {

    /** A fired event as recorded, with its delivery flag. */
    private record FiredRow(CommitmentEvent event, boolean delivered, long version) implements Versioned<FiredRow> {
        @Override
        public FiredRow withVersion(long newVersion) {
            return new FiredRow(event, delivered, newVersion);
        }

        @Override
        public String idText() {
            return event.key().text();
        }
    }

    /** An entry of the due index. */
    private record Due(Instant at, String id, long version) {
    }

    private record Claim(String claimant, Instant until) {
    }

    private static final Comparator<Due> DUE_ORDER = Comparator.comparing(Due::at).thenComparing(Due::id)
            .thenComparingLong(Due::version);

    private final MemoryTransactions transactions;
    private final MemoryTable<Commitment> commitments;
    private final MemoryTable<FiredRow> fired;
    private final ConcurrentSkipListSet<Due> dueIndex = new ConcurrentSkipListSet<>(DUE_ORDER);
    private final Map<TicketId, Set<String>> byTicket = new ConcurrentHashMap<>();
    private final Map<String, Claim> claims = new ConcurrentHashMap<>();
    private final Object claimLock = new Object();

    /**
     * Creates an empty repository in a store.
     *
     * @param transactions the store's transactions
     * @throws NullPointerException if {@code transactions} is null
     */
    public MemoryCommitmentRepository(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.commitments = new MemoryTable<>("commitments", transactions);
        this.fired = new MemoryTable<>("commitment_firings", transactions);
    }

    @Override
    public Commitment save(Commitment commitment) {
        Objects.requireNonNull(commitment, "commitment");
        Commitment stored = commitments.save(commitment);
        byTicket.computeIfAbsent(stored.ticketId(), k -> ConcurrentHashMap.newKeySet()).add(stored.id().value());
        if (stored.nextCheck() != null) {
            dueIndex.add(new Due(stored.nextCheck(), stored.id().value(), stored.version()));
        }
        claims.remove(stored.id().value());
        return stored;
    }

    @Override
    public Optional<Commitment> findById(CommitmentId id) {
        Objects.requireNonNull(id, "id");
        return commitments.find(id.value());
    }

    @Override
    public List<Commitment> findByTicket(TicketId ticket) {
        Objects.requireNonNull(ticket, "ticket");
        Set<String> ids = byTicket.get(ticket);
        List<Commitment> out = new ArrayList<>();
        if (ids != null) {
            for (String id : ids) {
                commitments.find(id).ifPresent(out::add);
            }
        }
        out.sort(ORDER);
        return out;
    }

    @Override
    public Page<Commitment> findOpenByCalendar(String calendarId, PageRequest page) {
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(page, "page");
        return select(c -> c.isOpen() && c.calendar() != null && c.calendar().id().equals(calendarId), page);
    }

    @Override
    public Page<Commitment> findOpenByPolicy(String policyId, PageRequest page) {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(page, "page");
        return select(c -> c.isOpen() && c.policy().id().equals(policyId), page);
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
        List<Commitment> out = new ArrayList<>();
        synchronized (claimLock) {
            Iterator<Due> it = dueIndex.iterator();
            while (it.hasNext() && out.size() < limit) {
                Due entry = it.next();
                if (entry.at().isAfter(now)) {
                    break;
                }
                Commitment c = committed(entry.id());
                if (c == null || c.nextCheck() == null || !c.nextCheck().equals(entry.at())
                        || c.version() != entry.version()) {
                    if (c != null && c.version() >= entry.version()) {
                        it.remove();
                    }
                    continue;
                }
                Claim held = claims.get(entry.id());
                if (held != null && held.until().isAfter(now) && !held.claimant().equals(claimant)) {
                    continue;
                }
                claims.put(entry.id(), new Claim(claimant, claimedUntil));
                out.add(c);
            }
        }
        return out;
    }

    private Commitment committed(String id) {
        if (transactions.currentTransaction() != null) {
            throw new IllegalStateException("claimDue reads committed commitments and must not run inside a unit"
                    + " of work");
        }
        return commitments.find(id).orElse(null);
    }

    @Override
    public Commitment completeSweep(Commitment commitment, List<CommitmentEvent> events) {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(events, "fired");
        Commitment stored = transactions.inTransaction(() -> {
            for (CommitmentEvent e : events) {
                if (fired.find(e.key().text()).isPresent()) {
                    throw new DuplicateFiringException(e.key());
                }
                try {
                    fired.save(new FiredRow(e, false, 0));
                } catch (StaleWriteException race) {
                    throw new DuplicateFiringException(e.key());
                }
            }
            return save(commitment);
        });
        claims.remove(stored.id().value());
        return stored;
    }

    /**
     * Completes a batch in one unit of work: a completion whose stored version differs is left out
     * (stale), a key recorded already is left out (duplicate). If a concurrent writer changes one
     * of the batch's commitments or keys before the unit commits, the unit is dropped and the
     * batch completed one commitment at a time instead, so that the race costs only that one.
     */
    @Override
    public CompletedSweeps completeSweeps(List<SweepCompletion> completions, boolean delivered) {
        SweepBatches.requireDistinct(completions);
        CompletedSweeps done;
        try {
            done = transactions.inTransaction(() -> completeAll(completions, delivered));
        } catch (StaleWriteException race) {
            if (transactions.currentTransaction() != null) {
                throw race;
            }
            return CommitmentRepository.super.completeSweeps(completions, delivered);
        }
        for (Commitment c : done.stored()) {
            claims.remove(c.id().value());
        }
        return done;
    }

    private CompletedSweeps completeAll(List<SweepCompletion> completions, boolean delivered) {
        List<Commitment> stored = new ArrayList<>();
        List<CommitmentEvent> recorded = new ArrayList<>();
        List<CommitmentId> stale = new ArrayList<>();
        List<FiringKey> duplicates = new ArrayList<>();
        for (SweepCompletion completion : completions) {
            Commitment c = completion.commitment();
            Optional<Commitment> current = commitments.find(c.id().value());
            if (current.isEmpty() || current.get().version() != c.version()) {
                stale.add(c.id());
                continue;
            }
            for (CommitmentEvent e : completion.fired()) {
                if (fired.find(e.key().text()).isPresent()) {
                    duplicates.add(e.key());
                } else {
                    fired.save(new FiredRow(e, delivered, 0));
                    recorded.add(e);
                }
            }
            stored.add(save(c));
        }
        return new CompletedSweeps(stored, recorded, stale, duplicates);
    }

    @Override
    public void release(CommitmentId id, String claimant) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claimant, "claimant");
        claims.computeIfPresent(id.value(), (k, held) -> held.claimant().equals(claimant) ? null : held);
    }

    @Override
    public List<CommitmentEvent> findFired(CommitmentId id) {
        Objects.requireNonNull(id, "id");
        String prefix = id.value() + ":";
        List<CommitmentEvent> out = new ArrayList<>();
        for (FiredRow r : fired.select(r -> r.event().commitmentId().equals(id) && r.idText().startsWith(prefix),
                Comparator.comparing(FiredRow::idText))) {
            out.add(r.event());
        }
        out.sort(EVENT_ORDER);
        return out;
    }

    @Override
    public List<CommitmentEvent> findUndelivered(Instant recordedBefore, int limit) {
        Objects.requireNonNull(recordedBefore, "recordedBefore");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Comparator<FiredRow> order = Comparator.comparing((FiredRow r) -> r.event().recordedAt())
                .thenComparing(r -> r.event(), EVENT_ORDER);
        List<CommitmentEvent> out = new ArrayList<>();
        for (FiredRow r : fired.select(r -> !r.delivered() && r.event().recordedAt().isBefore(recordedBefore), order)) {
            if (out.size() == limit) {
                break;
            }
            out.add(r.event());
        }
        return out;
    }

    @Override
    public void markDelivered(Collection<FiringKey> keys) {
        Objects.requireNonNull(keys, "keys");
        for (FiringKey key : keys) {
            Objects.requireNonNull(key, "key");
            Optional<FiredRow> row = fired.find(key.text());
            if (row.isPresent() && !row.get().delivered()) {
                try {
                    fired.save(new FiredRow(row.get().event(), true, row.get().version()));
                } catch (StaleWriteException alreadyMarked) {
                    // another deliverer marked it at the same time: delivered either way
                }
            }
        }
    }

    @Override
    public Page<Commitment> find(CommitmentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        return select(query::matches, page);
    }

    /**
     * Returns the commitments a filter accepts, as this thread's unit of work sees them (for measurement).
     *
     * @param filter the filter
     * @return the commitments, in {@link #ORDER}
     */
    List<Commitment> select(java.util.function.Predicate<Commitment> filter) {
        return commitments.select(filter, ORDER);
    }

    private Page<Commitment> select(java.util.function.Predicate<Commitment> filter, PageRequest page) {
        return Page.slice(commitments.select(filter, ORDER), page);
    }

    /**
     * Returns the number of stored commitments.
     *
     * @return the size
     */
    public int size() {
        return commitments.size();
    }

    @Override
    public String toString() {
        return "MemoryCommitmentRepository[" + commitments.size() + " commitments, " + fired.size() + " firings]";
    }
}
