package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.storage.jdbc.commitment.JdbcCommitmentRepository;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Several nodes sweeping one database (rules SL-8, SL-9): two sweepers, each with its own
 * connection pool and store, start together over {@value #COMMITMENTS} commitments that all fell
 * due; every warning, breach and escalation is recorded exactly once and delivered exactly once,
 * none is missed, and both nodes took part. Subclassed for H2 and MariaDB; on PostgreSQL the nodes
 * are separate JVM processes ({@link MultiProcessSweepOnPostgreSqlTest}), which also gives each its
 * own pool, and running both there would double the longest test of the module.
 */
abstract class MultiNodeSweepContract extends DatabaseTest {

    static final int COMMITMENTS = 10_000;
    private static final int NODES = 2;

    @Test
    @DisplayName("SL-8, SL-9 two nodes with their own pools sweep 10,000 due commitments: each firing recorded once, none missed")
    void twoNodesFireEachExactlyOnce() throws Exception {
        TablePrefix prefix = db.uniquePrefix();
        JdbcStore loader = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        loader.migrate();
        DueCommitments.load(loader.commitments(), loader, COMMITMENTS);

        Clock clock = Clock.fixed(DueCommitments.SWEEP_AT, ZoneOffset.UTC);
        ConcurrentLinkedQueue<CommitmentEvent> delivered = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<TestDataSource> pools = new ArrayList<>();
        List<CompletableFuture<SweepReport>> nodes = new ArrayList<>();
        for (int n = 1; n <= NODES; n++) {
            TestDataSource pool = db.dataSource().anotherPool();
            pools.add(pool);
            JdbcStore node = JdbcStore.create(pool).tablePrefix(prefix).build();
            CommitmentSweeper sweeper = Contexts.sweeper(node, new CommitmentFixtures("m").engine,
                    clock, delivered::add, "node-" + n, 100, CommitmentSweeper.DEFAULT_LEASE);
            nodes.add(CompletableFuture.supplyAsync(() -> {
                SkipLockedContract.await(start);
                return sweeper.sweep();
            }));
        }
        start.countDown();
        int swept = 0;
        int fired = 0;
        for (CompletableFuture<SweepReport> node : nodes) {
            SweepReport r = node.get(120, TimeUnit.SECONDS);
            assertEquals(0, r.failures());
            assertTrue(r.swept() > 0, () -> "a node took no part: " + r);
            swept += r.swept();
            fired += r.fired();
        }
        pools.forEach(TestDataSource::closeIdle);
        assertEquals(COMMITMENTS, swept, "each commitment completed once");
        assertEquals(COMMITMENTS * CommitmentFixtures.FIRINGS, fired);
        DueCommitments.assertEachFiredOnce(db, prefix, new JdbcCommitmentRepository(
                new JdbcRunner(loader.transactions()), prefix), COMMITMENTS, delivered);
    }
}
