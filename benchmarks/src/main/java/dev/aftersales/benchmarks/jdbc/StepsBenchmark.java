package dev.aftersales.benchmarks.jdbc;

import dev.aftersales.ticket.service.TicketService;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.common.Actor;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.ticket.AssignTicket;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ClassifyTicket;
import dev.aftersales.ticket.ContactOwner;
import dev.aftersales.ticket.ForwardTicket;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.Validity;
import java.sql.SQLException;
import java.util.Locale;
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
 * A repair's first five steps on PostgreSQL through the library: reported, forwarded, classified,
 * assigned, owner contacted, each step one transaction with its commitments. Each save appends
 * its timeline entry (before the one-shape work it deleted and re-inserted the whole timeline).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StepsBenchmark {

    private static final TablePrefix PREFIX = TablePrefix.of("st_");
    private static final Actor STAFF = Actor.staff("S-1");
    private static final ReportRepair COMMAND = new ReportRepair(
            TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
            Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("cs"),
            "the kitchen tap drips");

    private BenchPool pool;
    private TicketService tickets;
    private CommandValidator validator;

    /** Empties the tables of the prefix and builds the ticket service on one pooled connection. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        PGSimpleDataSource ds = BenchDatabase.dataSource();
        BenchDatabase.migrate(ds, PREFIX);
        BenchDatabase.execute(ds, "TRUNCATE " + PREFIX.table("commitment") + ", " + PREFIX.table("ticket") + " CASCADE");
        pool = new BenchPool(ds, 1);
        JdbcStore store = JdbcStore.create(pool).tablePrefix(PREFIX).build();
        CommitmentEngine engine = JdbcWorkload.engine("st");
        validator = new CommandValidator(Locale.ENGLISH);
        // references trusted, as in IntakeBenchmark: the property register is not loaded here
        tickets = JdbcWorkload.trustedTickets(store, engine, validator, "st");
    }

    /** Closes the pool. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        validator.close();
        pool.close();
    }

    /**
     * Reports a repair and takes its next four steps.
     *
     * @return the ticket after the last step
     */
    @Benchmark
    public TicketRecord reportAndFourSteps() {
        TicketId id = tickets.reportRepair(COMMAND, STAFF).id();
        tickets.forward(new ForwardTicket(id, DepartmentId.of("customer-service")), STAFF);
        tickets.classify(new ClassifyTicket(id, Validity.VALID, null), STAFF);
        tickets.assign(new AssignTicket(id, DepartmentId.of("engineering"), "S-21"), STAFF);
        return tickets.contactOwner(new ContactOwner(id, "called the owner"), STAFF);
    }
}
