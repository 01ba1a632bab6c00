package dev.aftersales.benchmarks.jdbc;

import dev.aftersales.benchmarks.BenchContexts;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Sweeping from one node against two (rules SL-8, SL-9; target: two nodes at least 1.6x the
 * throughput of one), on PostgreSQL. Before each iteration the table {@code sw_commitment} is
 * refilled with {@value #DUE} CP-1 reply commitments whose breach and CP-8 escalation are due;
 * the iteration is the time {@code nodes} sweepers, each with its own pool, store and thread, take
 * to sweep them all (claim, record 2 firings each, reschedule, deliver to a counting listener and
 * mark delivered). Throughput is {@value #DUE} divided by that time. At the end of a trial it prints
 * how many processor cores were busy during the sweeps ({@link BusyCores}: the JVM and the database
 * server together), which says whether the machine's processors bound the second node.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SweepNodesBenchmark {

    /** The commitments due in each iteration. */
    public static final int DUE = 2_000;

    private static final TablePrefix PREFIX = TablePrefix.of("sw_");

    /** How many sweeping nodes. */
    @Param({"1", "2"})
    public int nodes;

    private PGSimpleDataSource ds;
    private final List<BenchPool> pools = new ArrayList<>();
    private final List<CommitmentSweeper> sweepers = new ArrayList<>();
    private ExecutorService threads;
    private int iteration;
    private final BusyCores busy = new BusyCores();

    /** Migrates the tables and opens one pool, store and sweeper per node. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        ds = BenchDatabase.dataSource();
        BenchDatabase.migrate(ds, PREFIX);
        CommitmentEngine engine = JdbcWorkload.engine("sw");
        Clock clock = Clock.fixed(JdbcWorkload.T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
        for (int n = 0; n < nodes; n++) {
            BenchPool pool = new BenchPool(ds, 1);
            pools.add(pool);
            JdbcStore store = JdbcStore.create(pool).tablePrefix(PREFIX).build();
            sweepers.add(new CommitmentSweeper(BenchContexts.over(store, clock, IdGenerator.sequential("n" + n),
                    e -> { }), engine, "node-" + n, 100, CommitmentSweeper.DEFAULT_LEASE));
        }
        threads = Executors.newFixedThreadPool(nodes);
    }

    /** Refills the table with {@value #DUE} due commitments. */
    @Setup(Level.Iteration)
    public void refill() throws SQLException {
        BenchDatabase.execute(ds, "TRUNCATE " + PREFIX.table("commitment") + " CASCADE");
        CommitmentEngine loader = JdbcWorkload.engine("sw" + (++iteration));
        try (Connection c = ds.getConnection()) {
            JdbcWorkload.load(c, PREFIX, DUE, i -> JdbcWorkload.complaintReply(loader, "T-" + i,
                    JdbcWorkload.T0.plus(Duration.ofSeconds(i))));
        }
        BenchDatabase.execute(ds, "ANALYZE " + PREFIX.table("commitment"), "ANALYZE " + PREFIX.table("commitment_firing"));
        busy.start();
    }

    /** Ends the processor measurement of the iteration's sweep. */
    @TearDown(Level.Iteration)
    public void measured() {
        busy.stop();
    }

    /** Closes the pools and stops the threads. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        System.out.println(nodes + " node(s): " + busy.summary());
        threads.shutdownNow();
        for (BenchPool p : pools) {
            p.close();
        }
    }

    /**
     * Sweeps the due commitments with every node at once.
     *
     * @return the commitments swept
     * @throws InterruptedException if interrupted
     * @throws ExecutionException   if a sweeper fails
     */
    @Benchmark
    public int sweepTwoThousandDue() throws InterruptedException, ExecutionException {
        List<Future<SweepReport>> running = new ArrayList<>();
        for (CommitmentSweeper s : sweepers) {
            running.add(threads.submit(s::sweep));
        }
        int swept = 0;
        for (Future<SweepReport> f : running) {
            SweepReport r = f.get();
            if (r.failures() > 0) {
                throw new IllegalStateException("a sweep failed: " + r);
            }
            swept += r.swept();
        }
        if (swept != DUE) {
            throw new IllegalStateException("swept " + swept + " of " + DUE);
        }
        return swept;
    }

}
