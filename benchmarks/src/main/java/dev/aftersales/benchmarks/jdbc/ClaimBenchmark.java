package dev.aftersales.benchmarks.jdbc;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Claiming a batch of 100 due commitments among 1,000,000 open ones in PostgreSQL (rules SL-8,
 * SL-9; target under 50 ms). The table {@code cl_commitment} holds the CP-1 reply commitments of
 * 1,000,000 complaints received 8.64 s apart (100 days), loaded once with multi-row inserts and
 * reused across iterations and runs; at the claim instant 1 % (10,000) are due. Each call is
 * {@code claimDue(now, 100, ...)} through {@link JdbcStore}: one transaction that selects the due
 * head with {@code FOR UPDATE SKIP LOCKED} and marks the claim. The claimant is the same each time,
 * so each call claims the same 100 rows again (its own claims do not hide them): every call does the
 * whole work of a claim.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ClaimBenchmark {

    /** The open commitments in the table. */
    public static final int COMMITMENTS = 1_000_000;
    /** The commitments due at the claim instant: 1 %. */
    public static final int DUE = COMMITMENTS / 100;
    /** The batch claimed. */
    public static final int BATCH = 100;

    private static final TablePrefix PREFIX = TablePrefix.of("cl_");
    private static final Duration SPACING = Duration.ofMillis(8_640);

    private BenchPool pool;
    private JdbcStore store;
    private Instant now;

    /** Loads the 1,000,000 commitments unless a former run left them, and opens the store. */
    @Setup(Level.Trial)
    public void load() throws SQLException {
        PGSimpleDataSource ds = BenchDatabase.dataSource();
        BenchDatabase.migrate(ds, PREFIX);
        CommitmentEngine engine = JdbcWorkload.engine("cl");
        Commitment first = JdbcWorkload.complaintReply(engine, "T-0", JdbcWorkload.T0);
        Duration firstCheck = Duration.between(first.startedAt(), first.nextCheck());
        now = JdbcWorkload.T0.plus(SPACING.multipliedBy(DUE - 1)).plus(firstCheck);
        String table = PREFIX.table("commitment");
        if (BenchDatabase.queryLong(ds, "SELECT COUNT(*) FROM " + table) != COMMITMENTS) {
            BenchDatabase.execute(ds, "TRUNCATE " + table + " CASCADE");
            CommitmentEngine loader = JdbcWorkload.engine("cl");
            try (Connection c = ds.getConnection()) {
                JdbcWorkload.load(c, PREFIX, COMMITMENTS, i -> JdbcWorkload.complaintReply(loader, "T-" + i,
                        JdbcWorkload.T0.plus(SPACING.multipliedBy(i))));
            }
            BenchDatabase.execute(ds, "VACUUM ANALYZE " + table);
        }
        long due = BenchDatabase.queryLong(ds, "SELECT COUNT(*) FROM " + table + " WHERE next_check_ns <= "
                + JdbcWorkload.nanos(now));
        if (due != DUE) {
            throw new IllegalStateException("expected " + DUE + " due commitments, found " + due);
        }
        pool = new BenchPool(ds, 1);
        store = JdbcStore.create(pool).tablePrefix(PREFIX).build();
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        pool.close();
    }

    /**
     * Claims 100 due commitments.
     *
     * @return the claimed commitments
     */
    @Benchmark
    public List<Commitment> claimOneHundredDueOfOneMillion() {
        List<Commitment> claimed = store.commitments().claimDue(now, BATCH, "bench", now.plus(Duration.ofMinutes(2)));
        if (claimed.size() != BATCH) {
            throw new IllegalStateException("claimed " + claimed.size());
        }
        return claimed;
    }
}
