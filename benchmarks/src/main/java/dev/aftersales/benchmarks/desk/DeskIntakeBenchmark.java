package dev.aftersales.benchmarks.desk;

import dev.aftersales.AfterSales;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.Urgency;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
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

/**
 * Ticket intake through the public entry point (rules RP-1, RP-2): {@code desk.reportRepair} on a
 * desk built by {@code AfterSales.builder()} with its defaults (the unit is looked up in the
 * property register), a repair report and the two RP-2 commitments it starts in one unit of work.
 * <p>
 * {@code store=MEMORY} is the embedded default; {@code store=H2} is the JDBC adapter on an H2
 * database in memory, where no server round trip hides the statements a step runs. The class uses
 * only the public API, so the same source runs against earlier versions of the library, which is how
 * the README compares versions (built and run alternately).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DeskIntakeBenchmark {

    /** The storage the desk runs on. */
    public enum StoreKind {
        /** The in-memory default store. */
        MEMORY,
        /** The JDBC store on an in-memory H2 database. */
        H2
    }

    private static final Actor STAFF = Actor.staff("S-1");
    private static final ReportRepair COMMAND = new ReportRepair(
            TicketLocation.ofUnit(UnitId.of("E1-A-1-101"), BuildingId.of("E1-A-1"), EstateId.of("E1")),
            Reporter.byStaff("S-1"), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("cs"),
            "the kitchen tap drips");

    @Param
    StoreKind store;

    private AfterSales desk;

    /** Builds the desk on the chosen store and registers the unit the reports are about. */
    @Setup(Level.Trial)
    public void open() {
        AfterSales.Builder builder = AfterSales.builder()
                .clock(Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        if (store == StoreKind.H2) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:desk-intake;DB_CLOSE_DELAY=-1");
            JdbcStore jdbc = JdbcStore.create(ds).build();
            jdbc.migrate();
            builder.store(jdbc);
        }
        desk = builder.build();
        var property = desk.property();
        property.registerEstate(new RegisterEstate("E1", "Riverside Garden"));
        property.addPlot(new AddPlot("E1", "E1-A", "Plot A"));
        property.addBuilding(new AddBuilding("E1-A", "E1-A-1", "Building 1"));
        property.addUnit(AddUnit.usable("E1-A-1", "E1-A-1-101", "101", UnitKind.RESIDENCE, "89.50",
                UnitUsage.RESIDENTIAL));
    }

    /** Closes the desk. */
    @TearDown(Level.Trial)
    public void close() {
        desk.close();
    }

    /**
     * Reports a repair through the desk.
     *
     * @return the stored ticket
     */
    @Benchmark
    public TicketRecord reportRepair() {
        return desk.reportRepair(COMMAND, STAFF);
    }
}
