package dev.aftersales.benchmarks.jdbc;

import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.warranty.UnitTerm;
import java.sql.SQLException;
import java.util.List;
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
 * The terms ending in one month (rule WA-4) among 10,000 and among 1,000,000 stored unit warranty
 * terms on PostgreSQL: {@code store.warrantyTerms().endingBetween(2031-06-01, 2031-07-01)} through
 * {@link JdbcStore}, which returns the same 100 terms in both cases ({@link TermWorkload}, generated
 * once per count and reused). The target: the query costs the same within 2 times with 10,000
 * and 1,000,000 terms, i.e. a range scan of the term-end index, not a scan of the table. The setup
 * checks the result and prints PostgreSQL's plans of the query (for the month's dates and generic),
 * failing if either does not use the index {@code warranty_term_end_ix}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TermsEndingBenchmark {

    /** The stored terms. */
    @Param({"10000", "1000000"})
    public int terms;

    private BenchPool pool;
    private JdbcStore store;

    /** Generates the terms unless a former run left them, checks the plans, opens the store and checks the month. */
    @Setup(Level.Trial)
    public void load() throws SQLException {
        TablePrefix prefix = TermWorkload.prefix(terms);
        PGSimpleDataSource ds = BenchDatabase.dataSource();
        BenchDatabase.migrate(ds, prefix);
        double seconds = TermWorkload.load(ds, prefix, terms);
        System.out.println(seconds == 0 ? terms + " terms reused" : terms + " terms generated in "
                + String.format(java.util.Locale.ROOT, "%.1f s", seconds));
        for (boolean generic : new boolean[] {false, true}) {
            String plan = TermWorkload.plan(ds, prefix, generic);
            System.out.print((generic ? "generic" : "custom") + " plan:\n" + plan);
            if (!plan.contains(prefix.table("warranty_term_end_ix"))) {
                throw new IllegalStateException("the query does not use the term-end index:\n" + plan);
            }
        }
        pool = new BenchPool(ds, 1);
        store = JdbcStore.create(pool).tablePrefix(prefix).build();
        List<UnitTerm> month = endingInTheMonth();
        if (month.size() != TermWorkload.IN_MONTH) {
            throw new IllegalStateException("expected " + TermWorkload.IN_MONTH + " terms, got " + month.size());
        }
        for (UnitTerm t : month) {
            if (t.end().isBefore(TermWorkload.FROM) || !t.end().isBefore(TermWorkload.TO)) {
                throw new IllegalStateException("a term outside the month: " + t);
            }
        }
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        pool.close();
    }

    /**
     * The terms ending in June 2031 through the store.
     *
     * @return the 100 terms
     */
    @Benchmark
    public List<UnitTerm> endingInTheMonth() {
        return store.warrantyTerms().endingBetween(TermWorkload.FROM, TermWorkload.TO);
    }
}
