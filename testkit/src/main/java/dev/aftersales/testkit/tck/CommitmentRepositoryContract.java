package dev.aftersales.testkit.tck;

import static dev.aftersales.testkit.tck.CommitmentSamples.FIRINGS_PER_COMMITMENT;
import static dev.aftersales.testkit.tck.CommitmentSamples.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentInput;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.SweepOutcome;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.common.Actor;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.CompletedSweeps;
import dev.aftersales.spi.DuplicateFiringException;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.SweepCompletion;
import dev.aftersales.spi.UnitOfWork;
import dev.aftersales.testkit.LogCapture;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketStep;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The TCK for {@link CommitmentRepository} writes, claims and firings (rules SL-8, SL-9): saves with
 * optimistic versions and units of work, claims of due commitments, atomic completion of a sweep
 * step with each firing recorded exactly once, the outbox of fired events, and several sweepers
 * racing over the same commitments. An adapter author extends this class and implements
 * {@link #newStore()}; every test must pass. Queries are covered by {@link CommitmentQueriesContract}.
 */
public abstract class CommitmentRepositoryContract {

    /** How many sweepers race in the concurrency tests. */
    protected static final int THREADS = 8;

    private static final Duration LEASE = Duration.ofMinutes(2);

    private CommitmentSamples samples;
    private CommitmentStoreFixture fixture;
    private CommitmentRepository repo;
    private UnitOfWork unitOfWork;

    /**
     * Returns a fresh, empty store. Called before every test.
     *
     * @return the fixture
     */
    protected abstract CommitmentStoreFixture newStore();

    /** Creates a fresh store for the next test. */
    @BeforeEach
    protected void createStore() {
        CommitmentStoreFixture store = newStore();
        fixture = store;
        repo = store.commitments();
        unitOfWork = store.unitOfWork();
        samples = new CommitmentSamples();
    }

    private Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    @DisplayName("A saved commitment is found with version 1, equal in every field")
    void saveAndFind() {
        Commitment c = samples.received("T-1", T0);
        Commitment stored = repo.save(c);
        assertEquals(1, stored.version());
        assertEquals(stored, repo.findById(c.id()).orElseThrow());
        assertEquals(c.withVersion(1), stored);
        assertTrue(repo.findById(dev.aftersales.commitment.CommitmentId.of("missing")).isEmpty());
    }

    @Test
    @DisplayName("SL-11 an agreed deadline is stored with who agreed and the ticket timeline entry holding why")
    void agreementKeepsItsReasonEntry() {
        Commitment c = samples.received("T-1", T0);
        Actor lead = Actor.staff("S-7");
        Commitment agreed = c.withAppended(List.of(
                new CommitmentInput.DeadlineAgreed(at(5), at(600), lead, TicketStep.AGREE_NEW_TIME, 4),
                new CommitmentInput.AgreedAfterBreach(at(9), at(900), lead, TicketStep.AGREE_NEW_TIME,
                        dev.aftersales.commitment.CommitmentId.of("C-next"), 6),
                new CommitmentInput.DeadlineAgreed(at(10), at(700), lead, TicketStep.AGREE_VISIT)));
        Commitment stored = repo.save(agreed);
        Commitment found = repo.findById(c.id()).orElseThrow();
        assertEquals(stored, found);
        assertEquals(agreed.history(), found.history());
        assertEquals(4, ((CommitmentInput.DeadlineAgreed) found.history().get(1)).entry());
        assertEquals(6, ((CommitmentInput.AgreedAfterBreach) found.history().get(2)).entry());
        assertEquals(0, ((CommitmentInput.DeadlineAgreed) found.history().get(3)).entry());
    }

    @Test
    @DisplayName("PS-1 the ticket facts of a commitment keep the request category")
    void categoryInFactsRoundTrips() {
        Commitment c = samples.received("T-1", T0);
        Commitment plumbing = c.withFacts(c.facts().withCategory(dev.aftersales.ticket.TicketCategory.of("plumbing")),
                c.responsibleDepartment());
        Commitment stored = repo.save(plumbing);
        assertEquals(stored, repo.findById(c.id()).orElseThrow());
        assertEquals("plumbing", repo.findById(c.id()).orElseThrow().facts().category().code());
    }

    @Test
    @DisplayName("A save based on a stale version changes nothing")
    void staleSave() {
        Commitment stored = repo.save(samples.received("T-1", T0));
        Commitment swept = samples.sweep(stored, at(45)).commitment();
        repo.save(swept);
        assertThrows(StaleWriteException.class, () -> repo.save(swept));
        assertThrows(StaleWriteException.class, () -> repo.save(stored.withVersion(0)));
        assertEquals(2, repo.findById(stored.id()).orElseThrow().version());
    }

    @Test
    @DisplayName("saveAll stores new and changed commitments together, each with version + 1, in the order given")
    void saveAllInsertsAndUpdates() {
        Commitment read = repo.save(samples.received("T-1", T0));
        Commitment swept = samples.sweep(read, at(45)).commitment();
        Commitment a = samples.received("T-1", at(1));
        Commitment b = samples.received("T-1", at(2));
        List<Commitment> stored = unitOfWork.inTransaction(() -> repo.saveAll(List.of(a, swept, b)));
        assertEquals(List.of(a.withVersion(1), swept.withVersion(2), b.withVersion(1)), stored);
        for (Commitment c : stored) {
            assertEquals(c, repo.findById(c.id()).orElseThrow());
        }
        assertEquals(List.of(), unitOfWork.inTransaction(() -> repo.saveAll(List.of())));
    }

    @Test
    @DisplayName("saveAll is all or none: a taken id or a stale version fails it, and its unit of work keeps none")
    void saveAllIsAllOrNone() {
        Commitment taken = repo.save(samples.received("T-1", T0));
        Commitment a = samples.received("T-2", at(1));
        Commitment b = samples.received("T-2", at(2));
        StaleWriteException clash = assertThrows(StaleWriteException.class,
                () -> unitOfWork.run(() -> repo.saveAll(List.of(a, taken.withVersion(0), b))));
        assertEquals(taken.id().value(), clash.recordId());
        Commitment stale = samples.sweep(taken, at(45)).commitment().withVersion(7);
        assertThrows(StaleWriteException.class, () -> unitOfWork.run(() -> repo.saveAll(List.of(a, b, stale))));
        assertTrue(repo.findById(a.id()).isEmpty());
        assertTrue(repo.findById(b.id()).isEmpty());
        assertEquals(taken, repo.findById(taken.id()).orElseThrow());
    }

    @Test
    @DisplayName("A ticket's commitments come in start order, every cycle")
    void findByTicket() {
        Commitment later = repo.save(samples.received("T-1", at(10)));
        Commitment earlier = repo.save(samples.received("T-1", at(0)));
        repo.save(samples.received("T-2", at(5)));
        assertEquals(List.of(earlier, later), repo.findByTicket(TicketId.of("T-1")));
        assertEquals(List.of(), repo.findByTicket(TicketId.of("T-9")));
    }

    @Test
    @DisplayName("Saves in a unit of work are seen by its own reads and kept together, or dropped together")
    void unitOfWork() {
        Commitment a = samples.received("T-1", T0);
        Commitment b = samples.received("T-1", at(1));
        unitOfWork.run(() -> {
            repo.save(a);
            repo.save(b);
            assertEquals(2, repo.findByTicket(TicketId.of("T-1")).size());
        });
        assertEquals(2, repo.findByTicket(TicketId.of("T-1")).size());
        Commitment c = samples.received("T-2", T0);
        assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            repo.save(c);
            throw new IllegalStateException("rolled back");
        }));
        assertTrue(repo.findById(c.id()).isEmpty());
        assertEquals(List.of(), repo.claimDue(at(600), 10, "x", at(700)).stream()
                .filter(x -> x.id().equals(c.id())).toList());
    }

    @Test
    @DisplayName("claimDue returns due commitments, earliest next check first, up to the limit")
    void claimDueOrderAndLimit() {
        Commitment late = repo.save(samples.received("T-1", at(20)));
        Commitment early = repo.save(samples.received("T-2", at(0)));
        repo.save(samples.received("T-3", at(600)));
        assertEquals(List.of(early), repo.claimDue(at(50), 1, "a", at(52)));
        assertEquals(List.of(late), repo.claimDue(at(50), 10, "b", at(52)));
        assertEquals(List.of(), repo.claimDue(at(50), 10, "c", at(52)));
        assertEquals(List.of(), repo.claimDue(at(29), 10, "d", at(30)), "nothing is due before the warning");
    }

    @Test
    @DisplayName("A claim lasts until its lease passes, a save, a completion or a release")
    void claimLifetime() {
        Commitment c = repo.save(samples.received("T-1", T0));
        assertEquals(1, repo.claimDue(at(40), 10, "a", at(41)).size());
        assertEquals(0, repo.claimDue(at(40), 10, "b", at(41)).size());
        assertEquals(1, repo.claimDue(at(42), 10, "b", at(43)).size(), "the lease of a passed");
        repo.release(c.id(), "b");
        assertEquals(1, repo.claimDue(at(42), 10, "c", at(50)).size());
        repo.save(repo.findById(c.id()).orElseThrow());
        assertEquals(1, repo.claimDue(at(42), 10, "d", at(50)).size(), "a save releases the claim");
    }

    @Test
    @DisplayName("claimDue refuses a limit below 1 and a claim that ends before it starts")
    void claimDueArguments() {
        assertThrows(IllegalArgumentException.class, () -> repo.claimDue(T0, 0, "a", at(1)));
        assertThrows(IllegalArgumentException.class, () -> repo.claimDue(T0, 1, "a", T0));
    }

    @Test
    @DisplayName("SL-9 completing a sweep saves the commitment and records its firings atomically")
    void completeSweep() {
        Commitment c = repo.save(samples.received("T-1", T0));
        Commitment claimed = repo.claimDue(at(200), 1, "a", at(202)).get(0);
        SweepOutcome o = samples.sweep(claimed, at(200));
        assertEquals(FIRINGS_PER_COMMITMENT, o.fired().size());
        Commitment stored = repo.completeSweep(o.commitment(), o.fired());
        assertEquals(2, stored.version());
        assertEquals(o.fired(), repo.findFired(c.id()));
        assertEquals(List.of(), repo.claimDue(at(200), 10, "b", at(202)), "nothing more is due");
    }

    @Test
    @DisplayName("SL-9 a firing key recorded twice is refused and nothing of the second step is written")
    void duplicateFiringRefused() {
        Commitment c = repo.save(samples.received("T-1", T0));
        SweepOutcome first = samples.sweep(c, at(45));
        repo.completeSweep(first.commitment(), first.fired());
        Commitment again = repo.findById(c.id()).orElseThrow();
        CommitmentEvent duplicate = first.fired().get(0);
        assertThrows(DuplicateFiringException.class, () -> repo.completeSweep(again, List.of(duplicate)));
        assertEquals(again, repo.findById(c.id()).orElseThrow());
        assertEquals(1, repo.findFired(c.id()).size());
    }

    @Test
    @DisplayName("SL-9 a completion on a stale version records no firing")
    void staleCompletionRecordsNothing() {
        Commitment c = repo.save(samples.received("T-1", T0));
        Commitment claimedA = repo.claimDue(at(45), 1, "a", at(46)).get(0);
        Commitment claimedB = repo.claimDue(at(47), 1, "b", at(49)).get(0);
        SweepOutcome b = samples.sweep(claimedB, at(47));
        repo.completeSweep(b.commitment(), b.fired());
        SweepOutcome a = samples.sweep(claimedA, at(45));
        assertThrows(StaleWriteException.class, () -> repo.completeSweep(a.commitment(), a.fired()));
        assertEquals(b.fired(), repo.findFired(c.id()));
    }

    @Test
    @DisplayName("Recorded events wait in the outbox until marked delivered")
    void outbox() {
        Commitment c = repo.save(samples.received("T-1", T0));
        SweepOutcome o = samples.sweep(c, at(200));
        repo.completeSweep(o.commitment(), o.fired());
        assertEquals(List.of(), repo.findUndelivered(at(200), 10), "only events recorded before the instant");
        List<CommitmentEvent> pending = repo.findUndelivered(at(201), 10);
        assertEquals(FIRINGS_PER_COMMITMENT, pending.size());
        assertEquals(2, repo.findUndelivered(at(201), 2).size());
        repo.markDelivered(List.of(pending.get(0).key(), pending.get(1).key()));
        repo.markDelivered(List.of(pending.get(0).key(), new FiringKey(c.id(), 9, FiringKind.BREACH, 0)));
        assertEquals(pending.subList(2, 4), repo.findUndelivered(at(201), 10));
    }

    @Test
    @DisplayName("SL-9 concurrent completions of the same firing: exactly one is recorded")
    void racingCompletions() {
        Commitment c = repo.save(samples.received("T-1", T0));
        SweepOutcome o = samples.sweep(c, at(200));
        List<Race.Outcome<Commitment>> outcomes = Race.run(THREADS, i -> repo.completeSweep(o.commitment(), o.fired()));
        assertEquals(1, outcomes.stream().filter(Race.Outcome::won).count());
        for (Race.Outcome<Commitment> lost : outcomes) {
            if (!lost.won()) {
                assertTrue(lost.failure() instanceof StaleWriteException, () -> "unexpected " + lost.failure());
            }
        }
        assertEquals(FIRINGS_PER_COMMITMENT, repo.findFired(c.id()).size());
    }

    @Test
    @DisplayName("SL-8, SL-9 N concurrent sweepers over the same commitments fire each event exactly once")
    void concurrentSweepersFireExactlyOnce() {
        int commitments = 300;
        for (Commitment c : samples.many(commitments, T0)) {
            repo.save(c);
        }
        Clock clock = Clock.fixed(at(200), ZoneOffset.UTC);
        ConcurrentLinkedQueue<CommitmentEvent> delivered = new ConcurrentLinkedQueue<>();
        List<Race.Outcome<SweepReport>> outcomes = Race.run(THREADS, i -> Sweepers.sweeper(fixture, samples.engine,
                clock, delivered::add, "node-" + i, 7, LEASE).sweep());
        int fired = 0;
        for (Race.Outcome<SweepReport> o : outcomes) {
            assertTrue(o.won(), () -> "a sweeper failed: " + o.failure());
            fired += o.result().fired();
        }
        int expected = commitments * FIRINGS_PER_COMMITMENT;
        assertEquals(expected, fired, "each firing is recorded and delivered by exactly one sweeper");
        Set<String> ids = new HashSet<>();
        for (CommitmentEvent e : delivered) {
            assertTrue(ids.add(e.eventId()), () -> "delivered twice: " + e.eventId());
        }
        assertEquals(expected, ids.size());
        int recorded = 0;
        for (int i = 0; i < commitments; i++) {
            for (Commitment c : repo.findByTicket(TicketId.of("T-" + i))) {
                List<CommitmentEvent> events = repo.findFired(c.id());
                assertEquals(FIRINGS_PER_COMMITMENT, events.size());
                assertEquals(FIRINGS_PER_COMMITMENT, c.firings().size());
                recorded += events.size();
            }
        }
        assertEquals(expected, recorded);
        assertEquals(List.of(), repo.claimDue(at(200), 10, "after", at(210)));
    }

    @Test
    @DisplayName("SL-9 a batch completion records each firing once: a stale commitment and a firing recorded"
            + " already neither fail nor double the others")
    void batchWithConflicts() {
        Commitment a = repo.save(samples.received("T-1", T0));
        Commitment b = repo.save(samples.received("T-2", T0));
        Commitment c = repo.save(samples.received("T-3", T0));
        // a: completed by another sweeper after this one claimed it
        SweepOutcome aOther = samples.sweep(a, at(200));
        repo.completeSweep(aOther.commitment(), aOther.fired());
        SweepOutcome aLate = samples.sweep(a, at(201));
        // b: its warning is recorded already, and comes again beside its three new firings
        SweepOutcome bEarly = samples.sweep(b, at(45));
        Commitment bStored = repo.completeSweep(bEarly.commitment(), bEarly.fired());
        SweepOutcome bNow = samples.sweep(bStored, at(200));
        List<CommitmentEvent> bFired = new ArrayList<>(bEarly.fired());
        bFired.addAll(bNow.fired());
        SweepOutcome cNow = samples.sweep(c, at(200));

        CompletedSweeps done = repo.completeSweeps(List.of(new SweepCompletion(aLate.commitment(), aLate.fired()),
                new SweepCompletion(bNow.commitment(), bFired), new SweepCompletion(cNow.commitment(), cNow.fired())),
                false);

        assertEquals(List.of(a.id()), done.stale());
        assertEquals(bEarly.fired().stream().map(CommitmentEvent::key).toList(), done.duplicates());
        List<CommitmentEvent> recorded = new ArrayList<>(bNow.fired());
        recorded.addAll(cNow.fired());
        assertEquals(recorded, done.recorded());
        assertEquals(List.of(bNow.commitment().withVersion(bStored.version() + 1), cNow.commitment().withVersion(2)),
                done.stored());
        assertEquals(aOther.fired(), repo.findFired(a.id()));
        assertEquals(bFired, repo.findFired(b.id()));
        assertEquals(cNow.fired(), repo.findFired(c.id()));
        assertEquals(List.of(), repo.claimDue(at(200), 10, "z", at(202)), "nothing more is due");
        List<CommitmentEvent> pending = repo.findUndelivered(at(10_000), 100);
        assertTrue(pending.containsAll(recorded), "recorded undelivered");
    }

    @Test
    @DisplayName("SL-9 a batch handed on in its own unit of work is recorded delivered")
    void batchRecordedDelivered() {
        Commitment a = repo.save(samples.received("T-1", T0));
        Commitment b = repo.save(samples.received("T-2", T0));
        SweepOutcome aNow = samples.sweep(a, at(200));
        SweepOutcome bNow = samples.sweep(b, at(200));
        CompletedSweeps done = unitOfWork.inTransaction(() -> repo.completeSweeps(List.of(
                new SweepCompletion(aNow.commitment(), aNow.fired()),
                new SweepCompletion(bNow.commitment(), bNow.fired())), true));
        assertEquals(2 * FIRINGS_PER_COMMITMENT, done.recorded().size());
        assertEquals(aNow.fired(), repo.findFired(a.id()));
        assertEquals(bNow.fired(), repo.findFired(b.id()));
        assertEquals(List.of(), repo.findUndelivered(at(10_000), 100), "nothing waits for delivery");
    }

    @Test
    @DisplayName("SL-9 a batch completion names each commitment once")
    void batchNamesEachCommitmentOnce() {
        Commitment c = repo.save(samples.received("T-1", T0));
        SweepOutcome o = samples.sweep(c, at(200));
        SweepCompletion one = new SweepCompletion(o.commitment(), o.fired());
        assertThrows(IllegalArgumentException.class, () -> repo.completeSweeps(List.of(one, one), false));
        assertEquals(List.of(), repo.findFired(c.id()));
    }

    @Test
    @DisplayName("SL-8, SL-9 a sweeper with several workers claims disjoint batches and fires each event exactly once")
    void parallelWorkersFireExactlyOnce() {
        int commitments = 300;
        for (Commitment c : samples.many(commitments, T0)) {
            repo.save(c);
        }
        Clock clock = Clock.fixed(at(200), ZoneOffset.UTC);
        ConcurrentLinkedQueue<CommitmentEvent> delivered = new ConcurrentLinkedQueue<>();
        SweepReport report = Sweepers.sweeper(fixture, samples.engine, clock, delivered::add, "workers", 7, LEASE, 4)
                .sweep();
        assertEquals(commitments, report.swept());
        assertEquals(0, report.conflicts());
        assertFiredExactlyOnce(commitments, report.fired(), delivered);
    }

    @Test
    @DisplayName("SL-8, SL-9 several sweepers with several workers each fire each event exactly once")
    void racingSweepersWithWorkersFireExactlyOnce() {
        int commitments = 300;
        for (Commitment c : samples.many(commitments, T0)) {
            repo.save(c);
        }
        Clock clock = Clock.fixed(at(200), ZoneOffset.UTC);
        ConcurrentLinkedQueue<CommitmentEvent> delivered = new ConcurrentLinkedQueue<>();
        List<Race.Outcome<SweepReport>> outcomes = Race.run(THREADS / 2, i -> Sweepers.sweeper(fixture,
                samples.engine, clock, delivered::add, "node-" + i, 5, LEASE, 3).sweep());
        int fired = 0;
        for (Race.Outcome<SweepReport> o : outcomes) {
            assertTrue(o.won(), () -> "a sweeper failed: " + o.failure());
            fired += o.result().fired();
        }
        assertFiredExactlyOnce(commitments, fired, delivered);
    }

    private void assertFiredExactlyOnce(int commitments, int fired, Collection<CommitmentEvent> delivered) {
        int expected = commitments * FIRINGS_PER_COMMITMENT;
        assertEquals(expected, fired, "each firing is recorded and delivered by exactly one worker");
        Set<String> ids = new HashSet<>();
        for (CommitmentEvent e : delivered) {
            assertTrue(ids.add(e.eventId()), () -> "delivered twice: " + e.eventId());
        }
        assertEquals(expected, ids.size());
        for (int i = 0; i < commitments; i++) {
            for (Commitment c : repo.findByTicket(TicketId.of("T-" + i))) {
                assertEquals(FIRINGS_PER_COMMITMENT, repo.findFired(c.id()).size());
                assertEquals(FIRINGS_PER_COMMITMENT, c.firings().size());
            }
        }
        assertEquals(List.of(), repo.claimDue(at(200), 10, "after", at(210)));
        assertEquals(List.of(), repo.findUndelivered(at(10_000), 10), "every event was marked delivered");
    }

    @Test
    @DisplayName("SL-8 a sweep after downtime fires what was missed once, stamped with the scheduled instants")
    void missedFiringsStampedWithSchedule() {
        Commitment c = repo.save(samples.received("T-1", T0));
        Clock clock = Clock.fixed(at(24 * 60), ZoneOffset.UTC);
        List<CommitmentEvent> delivered = new ArrayList<>();
        SweepReport report = Sweepers.sweeper(fixture, samples.engine, clock, delivered::add, "late").sweep();
        assertEquals(FIRINGS_PER_COMMITMENT, report.fired());
        assertEquals(List.of(at(30), at(60), at(60), at(120)),
                delivered.stream().map(CommitmentEvent::scheduledAt).toList());
        assertEquals(0, Sweepers.sweeper(fixture, samples.engine, clock, delivered::add, "late").sweep().fired());
        assertEquals(FIRINGS_PER_COMMITMENT, repo.findFired(c.id()).size());
    }

    @Test
    @DisplayName("Events whose delivery failed are delivered again by a later sweep")
    void failedDeliveryIsRepeated() {
        repo.save(samples.received("T-1", T0));
        Clock first = Clock.fixed(at(200), ZoneOffset.UTC);
        SweepReport failed = LogCapture.quietly(() -> Sweepers.sweeper(fixture, samples.engine, first, e -> {
            throw new IllegalStateException("listener down");   // the sweeper warns of each refused event
        }, "n1").sweep());
        assertEquals(0, failed.fired());
        assertEquals(1, failed.swept());
        List<CommitmentEvent> delivered = new ArrayList<>();
        Clock later = Clock.fixed(at(200).plus(LEASE).plusSeconds(1), ZoneOffset.UTC);
        SweepReport retry = Sweepers.sweeper(fixture, samples.engine, later, delivered::add, "n2", 10, LEASE).sweep();
        assertEquals(FIRINGS_PER_COMMITMENT, retry.redelivered());
        assertEquals(FIRINGS_PER_COMMITMENT, delivered.size());
        assertEquals(List.of(), repo.findUndelivered(at(10_000), 10));
    }
}
