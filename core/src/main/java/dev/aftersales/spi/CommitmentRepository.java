package dev.aftersales.spi;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores service commitments ({@link Commitment} values) with optimistic versions, the claims of
 * sweepers on due commitments, and the fired events (warnings, breaches, escalations) under their
 * unique {@link FiringKey}, which also serve as the outbox of those events. Adapters prove their
 * implementation with the TCK class {@code dev.aftersales.testkit.tck.CommitmentRepositoryContract}.
 *
 * <p>Contract (see also the package documentation):
 * <ul>
 *   <li>{@link #save} follows the common optimistic-concurrency contract and releases any claim on
 *       the commitment.</li>
 *   <li>Every commitment whose {@link Commitment#nextCheck()} is at or before an instant is
 *       <em>due</em> then. {@link #claimDue} hands each due commitment to one claimant at a time:
 *       a claim lasts until the instant the claimant names, or until the commitment is saved or
 *       {@linkplain #completeSweep completed}, or {@linkplain #release released}. Claiming does not
 *       change the version.</li>
 *   <li>{@link #completeSweep} is atomic: the updated commitment is saved (optimistic version) and
 *       every fired event is recorded under its key, or nothing is written. A key recorded twice is
 *       refused ({@link DuplicateFiringException}), also across concurrent sweepers on several
 *       threads or nodes: each firing is recorded exactly once.</li>
 *   <li>Recorded events are undelivered until {@link #markDelivered}; {@link #findUndelivered}
 *       returns them for (re)delivery, so that delivery is at least once.</li>
 *   <li>Lists are in {@link #ORDER} unless stated otherwise; queries see committed records and,
 *       inside a {@link UnitOfWork}, the calling thread's own writes.</li>
 *   <li>Implementations are safe for use by several threads.</li>
 * </ul>
 */
public interface CommitmentRepository {

    /** The order of lists: start ascending, then id ascending ({@link String#compareTo}). */
    Comparator<Commitment> ORDER = Comparator.comparing(Commitment::startedAt)
            .thenComparing(c -> c.id().value());

    /** The order of fired events: scheduled instant ascending, then key text ascending. */
    Comparator<CommitmentEvent> EVENT_ORDER = Comparator.comparing(CommitmentEvent::scheduledAt)
            .thenComparing(e -> e.key().text());

    /**
     * Saves a commitment: inserts a version-0 record, or replaces the stored record of exactly its
     * version; releases any claim on it.
     *
     * @param commitment the commitment as read
     * @return the stored copy with version + 1
     * @throws NullPointerException if the commitment is null
     * @throws StaleWriteException  if the stored version differs (or a version-0 insert finds the id
     *                              taken); nothing is written
     */
    Commitment save(Commitment commitment);

    /**
     * Saves several commitments, each as {@link #save} does, in the unit of work open on the calling
     * thread: all or none (a stale one fails the unit of work). A ticket step saves the commitments
     * it starts and changes with one call; adapters should insert the new ones with one statement.
     * This default saves them one by one.
     *
     * @param commitments the commitments as read, each at most once
     * @return the stored copies, each with version + 1, in the order given
     * @throws NullPointerException if the list or an element is null
     * @throws StaleWriteException  if a stored version differs (or a version-0 insert finds the id
     *                              taken); the caller's unit of work must then be rolled back
     */
    default List<Commitment> saveAll(List<Commitment> commitments) {
        Objects.requireNonNull(commitments, "commitments");
        List<Commitment> stored = new ArrayList<>(commitments.size());
        for (Commitment c : commitments) {
            stored.add(save(Objects.requireNonNull(c, "commitment")));
        }
        return stored;
    }

    /**
     * Finds a commitment.
     *
     * @param id the id
     * @return the commitment, or empty
     * @throws NullPointerException if the id is null
     */
    Optional<Commitment> findById(CommitmentId id);

    /**
     * Finds every commitment of a ticket, all cycles, in {@link #ORDER}.
     *
     * @param ticket the ticket
     * @return the commitments, empty if none
     * @throws NullPointerException if the ticket is null
     */
    List<Commitment> findByTicket(TicketId ticket);

    /**
     * Finds the open commitments (not stopped) last computed with a calendar id, in {@link #ORDER},
     * for recomputation after the calendar changed (rule SL-14).
     *
     * @param calendarId the calendar id
     * @param page       the page wanted
     * @return the page
     * @throws NullPointerException if an argument is null
     */
    Page<Commitment> findOpenByCalendar(String calendarId, PageRequest page);

    /**
     * Finds the open commitments (not stopped) running under any version of a policy, in
     * {@link #ORDER}: those a new version of the policy would change if re-evaluated (rule SL-13;
     * {@code desk.policies().preview(...)}).
     *
     * <p>This default says the adapter cannot answer; the built-in adapters do (with an index on the
     * JDBC store). Third-party adapters should override it.
     *
     * @param policyId the policy id
     * @param page     the page wanted
     * @return the page
     * @throws NullPointerException          if an argument is null
     * @throws UnsupportedOperationException if the adapter does not implement it
     */
    default Page<Commitment> findOpenByPolicy(String policyId, PageRequest page) {
        throw new UnsupportedOperationException(getClass().getName() + " does not find commitments by policy");
    }

    /**
     * Claims due commitments for a sweep: those whose next check is at or before {@code now} and
     * that no other claimant holds beyond {@code now}, earliest next check first (ties by id), at
     * most {@code limit}. They are marked as claimed by {@code claimant} until {@code claimedUntil}.
     * Atomic with respect to other claims: two concurrent calls never return the same commitment
     * while its claim lasts.
     *
     * <p>An adapter shared by several nodes may time the lease on a clock they all share, such as
     * its database's, so that claims do not depend on the nodes' clocks agreeing: the claim then
     * lasts {@code claimedUntil - now} from that clock's current instant and lapses when that clock
     * passes its end. Whether a commitment is due is always decided by {@code now}.
     *
     * @param now          the sweep instant
     * @param limit        the most commitments to claim, at least 1
     * @param claimant     who claims, e.g. a node and thread id
     * @param claimedUntil when the claim lapses if not completed, after {@code now}
     * @return the claimed commitments as stored, earliest next check first
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code limit} is below 1 or {@code claimedUntil} is not after
     *                                  {@code now}
     */
    List<Commitment> claimDue(Instant now, int limit, String claimant, Instant claimedUntil);

    /**
     * Completes the sweep of one commitment atomically: saves it (optimistic version) and records
     * each fired event under its key, undelivered; releases the claim.
     *
     * @param commitment the updated commitment, with the version it was claimed at
     * @param fired      the events fired, possibly none
     * @return the stored commitment with version + 1
     * @throws NullPointerException     if an argument is null
     * @throws DuplicateFiringException if a key is already recorded; nothing is written
     * @throws StaleWriteException      if the commitment's version is stale; nothing is written
     */
    Commitment completeSweep(Commitment commitment, List<CommitmentEvent> fired);

    /**
     * Completes the sweeps of a batch of claimed commitments in one unit of work (the caller's, or
     * one of its own): each completion whose commitment is still at the version it names is saved
     * and its fired events are recorded under their keys, undelivered, and its claim released; a
     * completion on a stale version writes nothing ({@link CompletedSweeps#stale()}); an event
     * whose key is recorded already stays as recorded ({@link CompletedSweeps#duplicates()}),
     * without failing or doubling the other events and commitments of the batch. Each firing is
     * thus recorded exactly once, also with several sweepers on several threads or nodes. A caller
     * that hands the recorded events on in the same unit of work (into an outbox) records them
     * delivered at once, sparing the {@link #markDelivered} that would follow.
     *
     * <p>Adapters should do this with batched statements in one transaction; this default completes
     * each commitment in turn with {@link #completeSweep} (a commitment with a duplicate key is
     * completed again without the events already recorded), which is correct but not faster.
     *
     * @param completions the completions, at most one per commitment
     * @param delivered   true to record the events delivered (the caller hands them on in this unit
     *                    of work), false to record them undelivered
     * @return what was written
     * @throws NullPointerException     if the list or an element is null
     * @throws IllegalArgumentException if two completions name the same commitment
     */
    default CompletedSweeps completeSweeps(List<SweepCompletion> completions, boolean delivered) {
        SweepBatches.requireDistinct(completions);
        List<Commitment> stored = new java.util.ArrayList<>();
        List<CommitmentEvent> recorded = new java.util.ArrayList<>();
        List<CommitmentId> stale = new java.util.ArrayList<>();
        List<FiringKey> duplicates = new java.util.ArrayList<>();
        for (SweepCompletion c : completions) {
            List<CommitmentEvent> fired = c.fired();
            try {
                try {
                    stored.add(completeSweep(c.commitment(), fired));
                } catch (DuplicateFiringException e) {
                    java.util.Set<FiringKey> known = new java.util.HashSet<>();
                    findFired(c.commitment().id()).forEach(x -> known.add(x.key()));
                    fired = fired.stream().filter(x -> !known.contains(x.key())).toList();
                    c.fired().stream().filter(x -> known.contains(x.key())).forEach(x -> duplicates.add(x.key()));
                    stored.add(completeSweep(c.commitment(), fired));
                }
                recorded.addAll(fired);
            } catch (StaleWriteException e) {
                stale.add(c.commitment().id());
            }
        }
        if (delivered && !recorded.isEmpty()) {
            markDelivered(recorded.stream().map(CommitmentEvent::key).toList());
        }
        return new CompletedSweeps(stored, recorded, stale, duplicates);
    }

    /**
     * Releases a claim without saving, e.g. after a failure. Does nothing if the claimant does not
     * hold it.
     *
     * @param id       the commitment
     * @param claimant the claimant
     * @throws NullPointerException if an argument is null
     */
    void release(CommitmentId id, String claimant);

    /**
     * Finds the events recorded for a commitment, in {@link #EVENT_ORDER}.
     *
     * @param id the commitment
     * @return the events, empty if none
     * @throws NullPointerException if the id is null
     */
    List<CommitmentEvent> findFired(CommitmentId id);

    /**
     * Finds recorded events not yet marked delivered that were recorded before an instant, oldest
     * record first (ties in {@link #EVENT_ORDER}), at most {@code limit}: the outbox. An adapter that
     * times claims on a shared clock (see {@link #claimDue}) may also leave out the events of a
     * commitment whose claim still runs on that clock: their sweeper is handing them over.
     *
     * @param recordedBefore only events recorded before this instant
     * @param limit          the most events, at least 1
     * @return the events
     * @throws NullPointerException     if {@code recordedBefore} is null
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    List<CommitmentEvent> findUndelivered(Instant recordedBefore, int limit);

    /**
     * Marks recorded events as delivered. Unknown keys and events already marked are ignored.
     *
     * @param keys the keys
     * @throws NullPointerException if {@code keys} or a key is null
     */
    void markDelivered(Collection<FiringKey> keys);

    /**
     * Finds commitments by what happened in a period (rule MS-1), in {@link #ORDER}.
     *
     * @param query the query
     * @param page  the page wanted
     * @return the page
     * @throws NullPointerException if an argument is null
     */
    Page<Commitment> find(CommitmentQuery query, PageRequest page);
}
