package dev.aftersales.benchmarks.jdbc;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.measurement.Grouping;
import dev.aftersales.measurement.KpiRow;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.ReferenceMeasurement;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.ticket.TicketRecord;
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

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One month's KPIs grouped by building over 1,000,000 stored tickets on PostgreSQL (rules MS-1,
 * MS-3, RP-6; the targets: at least 20 times faster than loading the tickets through the SPI
 * and computing in Java, and within 2 times of a hand-written SQL aggregate). The data is
 * {@link KpiWorkload}'s (March 2025 in Shanghai holds about 86,400 tickets of 200 buildings), generated
 * once and reused across runs. Three ways to the same rows, checked equal at setup:
 * <ul>
 *   <li>{@link #library()}: {@code store.measurements().kpis(query)}, the JDBC adapter's aggregate queries;</li>
 *   <li>{@link #handWrittenSql()}: {@link KpiHandSql}, four PostgreSQL statements written by hand;</li>
 *   <li>{@link #loadThroughSpi()}: the tickets received from six days before the month to its end read
 *       through {@code findReportedBetween} (pages of 1,000) with their commitments
 *       ({@code findByTicket}), then {@link ReferenceMeasurement}: every event of a ticket lies within
 *       six days of its reception, so these are all the tickets the month's figures count.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class KpiBenchmark {

    private static final TablePrefix PREFIX = TablePrefix.of("kpi_");

    private PGSimpleDataSource ds;
    private BenchPool pool;
    private JdbcStore store;
    private MeasurementQuery query;
    private KpiHandSql hand;

    /** Generates the data unless a former run left it, opens the store, and checks the three ways agree. */
    @Setup(Level.Trial)
    public void load() throws SQLException {
        ds = BenchDatabase.dataSource();
        BenchDatabase.migrate(ds, PREFIX);
        KpiWorkload.load(ds, PREFIX);
        pool = new BenchPool(ds, 1);
        store = JdbcStore.create(pool).tablePrefix(PREFIX).build();
        query = MeasurementQuery.of(Period.month(YearMonth.of(2025, 3), JdbcWorkload.SHANGHAI),
                dev.aftersales.measurement.Scope.all(), JdbcWorkload.SHANGHAI).groupedBy(Grouping.BUILDING);
        hand = new KpiHandSql(PREFIX, query);
        List<KpiRow> library = library();
        if (library.size() != 200) {
            throw new IllegalStateException("expected 200 buildings, got " + library.size());
        }
        if (!library.equals(handWrittenSql())) {
            throw new IllegalStateException("the hand-written SQL disagrees with the library");
        }
        if (!library.equals(loadThroughSpi())) {
            throw new IllegalStateException("loading through the SPI disagrees with the library");
        }
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        pool.close();
    }

    /**
     * The library's aggregate queries.
     *
     * @return the rows
     */
    @Benchmark
    public List<KpiRow> library() {
        return store.measurements().kpis(query);
    }

    /**
     * The hand-written SQL aggregate.
     *
     * @return the rows
     * @throws SQLException if a statement fails
     */
    @Benchmark
    public List<KpiRow> handWrittenSql() throws SQLException {
        return hand.run(ds, query);
    }

    /**
     * Loading the tickets and commitments through the SPI and computing in Java.
     *
     * @return the rows
     */
    @Benchmark
    public List<KpiRow> loadThroughSpi() {
        List<TicketRecord> tickets = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<TicketRecord> page = store.tickets().findReportedBetween(
                    query.period().from().minus(KpiWorkload.SPAN), query.period().to(), request);
            for (TicketRecord t : page.items()) {
                tickets.add(t);
                commitments.addAll(store.commitments().findByTicket(t.id()));
            }
            if (!page.hasMore()) {
                break;
            }
            request = request.next();
        }
        return ReferenceMeasurement.kpis(query, tickets, commitments);
    }
}
