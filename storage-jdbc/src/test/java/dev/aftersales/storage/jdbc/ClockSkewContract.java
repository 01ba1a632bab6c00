package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.SweepOutcome;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.spi.EventOutbox;
import dev.aftersales.storage.jdbc.commitment.JdbcCommitmentRepository;
import dev.aftersales.storage.jdbc.outbox.JdbcOutbox;
import dev.aftersales.storage.jdbc.outbox.OutboxPublisher;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nodes whose clocks disagree (rules SL-8, SL-9): sweep claims and outbox leases are timed on the
 * database's clock ({@link LeaseClock#DATABASE}, the store's default), so a node whose clock runs
 * minutes ahead neither takes over a claim another node holds nor hands over or delivers an event
 * twice, and nothing is missed. In the main case two nodes, each with its own pool, store and
 * fixed clock (one 90 s, then 5 min ahead of the other), sweep {@value #COMMITMENTS} due
 * commitments on one thread each and publish their {@value #COMMITMENTS} &times; 4 events through
 * the outbox on another, all at once, with the default leases (2 min for claims, 1 min for
 * deliveries). Due checks keep each node's own clock (the deadline arithmetic); only lease expiry
 * moves to the database's. Subclassed per database.
 */
abstract class ClockSkewContract extends DatabaseTest {

    static final int COMMITMENTS = 400;
    private static final int EVENTS = COMMITMENTS * CommitmentFixtures.FIRINGS;
    /** How long the listener takes per event, as a message broker would. */
    private static final long DELIVERY_NANOS = 300_000;

    @ParameterizedTest(name = "one node {0} s ahead")
    @ValueSource(ints = {90, 300})
    @DisplayName("SL-8, SL-9 two nodes whose clocks differ by minutes: each event handed over and delivered once, none missed, no claim taken over")
    void skewedNodesDeliverEachEventOnce(int aheadSeconds) throws Exception {
        TablePrefix prefix = db.uniquePrefix();
        JdbcStore loader = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        loader.migrate();
        DueCommitments.load(loader.commitments(), loader, COMMITMENTS);

        Map<String, AtomicInteger> handed = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
        Duration[] offsets = {Duration.ZERO, Duration.ofSeconds(aheadSeconds)};
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch sweepsDone = new CountDownLatch(offsets.length);
        List<TestDataSource> pools = new ArrayList<>();
        List<CompletableFuture<SweepReport>> sweeps = new ArrayList<>();
        List<CompletableFuture<Integer>> publishing = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2 * offsets.length);
        try {
            for (int n = 0; n < offsets.length; n++) {
                // a pool of its own; commits need not wait for the disk: visibility and locks are the same
                TestDataSource pool = db.dataSource().anotherPool(db.kind() == DatabaseKind.POSTGRESQL
                        ? new String[] {"SET synchronous_commit = off"} : new String[0]);
                pools.add(pool);
                Clock clock = Clock.fixed(DueCommitments.SWEEP_AT.plus(offsets[n]), ZoneOffset.UTC);
                JdbcStore node = JdbcStore.create(pool).tablePrefix(prefix).outbox(clock).build();
                EventOutbox outbox = node.outbox().orElseThrow();
                String name = "node-" + (n + 1);
                CommitmentSweeper sweeper = new CommitmentSweeper(Contexts.over(node, clock, IdGenerator.sequential(name),
                        Optional.of(Contexts.tee(outbox::append, e -> count(handed, e))), e -> { }),
                        new CommitmentFixtures("m").engine, name, 50, CommitmentSweeper.DEFAULT_LEASE);
                sweeps.add(CompletableFuture.supplyAsync(() -> sweepUntilDone(sweeper, clock, prefix, start, sweepsDone),
                        threads));
                publishing.add(CompletableFuture.supplyAsync(() -> publishUntilIdle(outbox, start, sweepsDone, e -> {
                    LockSupport.parkNanos(DELIVERY_NANOS);
                    count(delivered, e);
                }), threads));
            }
            start.countDown();
            List<SweepReport> reports = new ArrayList<>();
            for (CompletableFuture<SweepReport> s : sweeps) {
                reports.add(s.get(120, TimeUnit.SECONDS));
            }
            List<Integer> published = new ArrayList<>();
            for (CompletableFuture<Integer> p : publishing) {
                published.add(p.get(120, TimeUnit.SECONDS));
            }
            pools.forEach(TestDataSource::closeIdle);

            String figures = "sweeps " + reports + ", published " + published + ": " + twice(handed) + " of "
                    + handed.size() + " events handed over more than once, " + twice(delivered) + " of "
                    + delivered.size() + " delivered more than once";
            assertEquals(0, reports.stream().mapToInt(SweepReport::conflicts).sum(),
                    () -> "claims taken over while their lease ran; " + figures);
            assertEquals(0, reports.stream().mapToInt(SweepReport::redelivered).sum(),
                    () -> "events handed over again while their sweeper's claim ran; " + figures);
            assertEquals(0, twice(handed), figures);
            assertEquals(0, twice(delivered), figures);
            assertEquals(COMMITMENTS, reports.stream().mapToInt(SweepReport::swept).sum(), "each commitment completed once");
            assertEquals(EVENTS, published.stream().mapToInt(Integer::intValue).sum(), "each event delivered once");
            Set<String> expected = new TreeSet<>();
            DueCommitments.expectedKeys(COMMITMENTS).forEach(k -> expected.add("CF:" + k));
            assertEquals(expected, new TreeSet<>(delivered.keySet()), "every owed event delivered, none missed");
            assertEquals(expected, new TreeSet<>(handed.keySet()), "every owed event handed over, none missed");
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("outbox") + " WHERE published_at IS NULL"));
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("commitment_firing")
                    + " WHERE delivered = FALSE"));
            DueCommitments.assertEachFiredOnce(db, prefix, new JdbcCommitmentRepository(
                    new JdbcRunner(loader.transactions()), prefix), COMMITMENTS, null);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Sweeps again and again until nothing is due on this node's clock (the other node may hold the last claims). */
    private SweepReport sweepUntilDone(CommitmentSweeper sweeper, Clock clock, TablePrefix prefix, CountDownLatch start,
                                       CountDownLatch done) {
        SkipLockedContract.await(start);
        try {
            SweepReport total = new SweepReport(0, 0, 0, 0, 0);
            while (true) {
                SweepReport r = sweeper.sweep();
                total = total.plus(r);
                if (r.swept() == 0 && r.redelivered() == 0 && r.conflicts() == 0) {
                    if (db.queryLong("SELECT COUNT(*) FROM " + prefix.table("commitment")
                            + " WHERE next_check_ns <= " + DueCommitments.EpochNanosOf.of(clock.instant())) == 0) {
                        return total;
                    }
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
                }
            }
        } finally {
            done.countDown();
        }
    }

    /** Publishes again and again until every node has stopped sweeping and a round finds nothing. */
    private static int publishUntilIdle(EventOutbox outbox, CountDownLatch start, CountDownLatch sweepsDone,
                                        DomainEventListener listener) {
        SkipLockedContract.await(start);
        int published = 0;
        while (true) {
            boolean sweeping = sweepsDone.getCount() > 0;
            int p = outbox.publishPending(listener);
            published += p;
            if (p == 0 && !sweeping) {
                return published;
            }
            if (p == 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
        }
    }

    private static void count(Map<String, AtomicInteger> counts, DomainEvent e) {
        counts.computeIfAbsent(e.eventId(), k -> new AtomicInteger()).incrementAndGet();
    }

    private static long twice(Map<String, AtomicInteger> counts) {
        return counts.values().stream().filter(c -> c.get() > 1).count();
    }

    @Test
    @DisplayName("The lease statements read one database clock: as an instant, as epoch nanoseconds, and a lease ahead")
    void databaseClockExpressions() {
        JdbcTransactions tx = JdbcTransactions.create(db.dataSource());
        Dialect d = tx.dialect();
        long leaseMicros = 1_500_001;
        List<Instant> read = new JdbcRunner(tx).query("SELECT " + d.clockInstant() + " AS t, " + d.clockEpochNanos()
                + " AS ns, " + d.clockInstantPlusMicros("?") + " AS later", p -> p.longValue(leaseMicros),
                r -> List.of(r.instant("t"), Instant.EPOCH.plusNanos(r.longValue("ns")), r.instant("later"))).get(0);
        Instant t = read.get(0);
        assertEquals(t, read.get(1), "the same instant in both forms, whatever the session's time zone");
        assertEquals(t.plus(Duration.ofNanos(leaseMicros * 1000)), read.get(2));
        Duration fromJvm = Duration.between(Clock.systemUTC().instant(), t).abs();
        assertTrue(fromJvm.compareTo(Duration.ofMinutes(1)) < 0,
                () -> "the database's clock is " + fromJvm + " away from this machine's, on which the test servers run");
    }

    @Test
    @DisplayName("SL-8 a sweep claim lapses on the database's clock: a node a day ahead waits for it, then takes it")
    void claimLapsesOnTheDatabaseClock() throws Exception {
        TablePrefix prefix = db.uniquePrefix();
        JdbcStore store = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        store.migrate();
        Commitment c = store.commitments().save(new CommitmentFixtures("l").received("T-1", CommitmentFixtures.T0));
        Instant now = DueCommitments.SWEEP_AT;
        Instant dayAhead = now.plus(Duration.ofDays(1));
        Duration lease = Duration.ofSeconds(1);
        long claimedAt = System.nanoTime();
        assertEquals(List.of(c), store.commitments().claimDue(now, 10, "a", now.plus(lease)));
        assertEquals(List.of(), store.commitments().claimDue(dayAhead, 10, "b", dayAhead.plus(lease)),
                "the lease of a runs on the database's clock, not on b's");
        assertTrue(System.nanoTime() - claimedAt < lease.toNanos(), "the check ran within the lease");
        List<Commitment> taken = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (taken.isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
            taken = store.commitments().claimDue(now, 10, "b", now.plus(lease));
        }
        assertEquals(List.of(c), taken, "once the lease passed on the database's clock, b takes it");
        assertTrue(System.nanoTime() - claimedAt >= lease.toNanos());
    }

    @Test
    @DisplayName("SL-9 a node minutes ahead does not hand over again what a sweeper recorded under its running claim; after the lease it does")
    void undeliveredFiringsWaitForTheClaimOnTheDatabaseClock() throws Exception {
        TablePrefix prefix = db.uniquePrefix();
        JdbcStore store = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        store.migrate();
        CommitmentFixtures fixtures = new CommitmentFixtures("u");
        store.commitments().save(fixtures.received("T-1", CommitmentFixtures.T0));
        Instant now = DueCommitments.SWEEP_AT;
        Duration lease = Duration.ofSeconds(1);
        long claimedAt = System.nanoTime();
        Commitment claimed = store.commitments().claimDue(now, 1, "a", now.plus(lease)).get(0);
        SweepOutcome swept = fixtures.engine.sweep(claimed, now);
        List<CommitmentEvent> fired = swept.fired();
        store.commitments().completeSweep(swept.commitment(), fired);
        Instant aheadRecordedBefore = now.plus(Duration.ofMinutes(5)).minus(CommitmentSweeper.DEFAULT_LEASE);
        assertEquals(List.of(), store.commitments().findUndelivered(aheadRecordedBefore, 10),
                "the sweeper that recorded them holds the lease, on the database's clock");
        assertTrue(System.nanoTime() - claimedAt < lease.toNanos(), "the check ran within the lease");
        List<CommitmentEvent> again = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (again.isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
            again = store.commitments().findUndelivered(aheadRecordedBefore, 10);
        }
        assertEquals(fired.size(), again.size(), "a sweeper that died leaves them to the others once its lease passed");
    }

    @Test
    @DisplayName("An outbox lease runs on the database's clock: a publisher a day ahead does not take events another holds")
    void outboxLeaseRunsOnTheDatabaseClock() throws Exception {
        TablePrefix prefix = db.uniquePrefix();
        JdbcStore store = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        store.migrate();
        Commitment c = store.commitments().save(new CommitmentFixtures("o").received("T-1", CommitmentFixtures.T0));
        JdbcOutbox outbox = new JdbcOutbox(store.transactions(), prefix);
        List<CommitmentEvent> fired = new CommitmentFixtures("o").engine.sweep(c, DueCommitments.SWEEP_AT).fired();
        fired.forEach(outbox::append);
        Instant now = DueCommitments.SWEEP_AT;
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
        OutboxPublisher slow = OutboxPublisher.builder(store.transactions(), prefix, Clock.fixed(now, ZoneOffset.UTC))
                .listener(e -> {
                    holding.countDown();
                    SkipLockedContract.await(release);
                    count(delivered, e);
                }).build();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(slow::publishPending);
        assertTrue(holding.await(30, TimeUnit.SECONDS));
        OutboxPublisher ahead = OutboxPublisher.builder(store.transactions(), prefix,
                Clock.fixed(now.plus(Duration.ofDays(1)), ZoneOffset.UTC)).listener(e -> count(delivered, e)).build();
        assertEquals(0, ahead.publishPending(), "every event is held under a lease that runs on the database's clock");
        release.countDown();
        assertEquals(fired.size(), first.get(30, TimeUnit.SECONDS));
        assertEquals(fired.size(), delivered.size());
        assertEquals(0, twice(delivered));
    }
}
