package dev.aftersales.benchmarks.jdbc;

import dev.aftersales.ticket.service.IntakeReferences;
import dev.aftersales.ticket.service.TicketService;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.service.CommitmentService;
import dev.aftersales.common.Actor;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.testkit.commitment.TicketEventScript;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
 * Ticket intake on PostgreSQL (rule RP-2; target: the library at least 0.7x raw JDBC): a repair
 * report with the two RP-2 commitments it starts, one transaction per report, one connection.
 * <ul>
 *   <li>{@link #library()}: {@code TicketService.reportRepair} on a {@link JdbcStore}, with
 *       {@code CommitmentService.onNewTicket} as its in-transaction effect and the intake's
 *       property references trusted ({@code IntakeReferences.TRUSTED}): the command is validated,
 *       the ticket and its first step inserted, the engine starts two commitments and they are
 *       inserted with one multi-row statement (three statements in all: the ticket is new, so none
 *       of its commitments is read);</li>
 *   <li>{@link #rawJdbc()}: hand-written JDBC doing the same inserts (ticket, step, two commitment
 *       rows with the same values) in one transaction, nothing else.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class IntakeBenchmark {

    private static final TablePrefix PREFIX = TablePrefix.of("in_");
    private static final Actor STAFF = Actor.staff("S-1");
    private static final ReportRepair COMMAND = new ReportRepair(
            TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
            Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("cs"),
            "the kitchen tap drips");

    private BenchPool pool;
    private TicketService tickets;
    private CommandValidator validator;
    private List<Commitment> templates;
    private OffsetDateTime reportedAt;
    private long raw;
    private String insertTicket;
    private String insertStep;
    private String insertCommitment;

    /** Empties the tables of the prefix and builds both sides on one pooled connection. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        PGSimpleDataSource ds = BenchDatabase.dataSource();
        BenchDatabase.migrate(ds, PREFIX);
        BenchDatabase.execute(ds, "TRUNCATE " + PREFIX.table("commitment") + ", " + PREFIX.table("ticket") + " CASCADE");
        pool = new BenchPool(ds, 1);
        JdbcStore store = JdbcStore.create(pool).tablePrefix(PREFIX).build();
        CommitmentEngine engine = JdbcWorkload.engine("in");
        validator = new CommandValidator(Locale.ENGLISH);
        // references trusted: the raw side looks nothing up either, and the README's figures were
        // measured so; with the desk's default check, intake also reads the unit and the owner
        tickets = JdbcWorkload.trustedTickets(store, engine, validator, "in");
        TicketFacts facts = new TicketFacts(TicketKind.REPAIR, Channel.HOTLINE, Urgency.NORMAL, null, EstateId.of("E-1"),
                BuildingId.of("B-1"), UnitId.of("U-1"), DepartmentId.of("cs"));
        templates = engine.onTicketEvent(TicketEventScript.of(TicketId.of("T-0"), facts)
                .step(TicketStep.RECEIVE, JdbcWorkload.T0).events().get(0), List.of());
        if (templates.size() != 2) {
            throw new IllegalStateException("a repair report starts two RP-2 commitments, got " + templates.size());
        }
        reportedAt = JdbcWorkload.T0.atOffset(ZoneOffset.UTC);
        insertTicket = "INSERT INTO " + PREFIX.table("ticket") + " (id, kind, channel, urgency, severity, location_kind,"
                + " estate_id, building_id, unit_id, location_description, reporter_kind, owner_id, reporter_staff_id,"
                + " contact_name, contact_phone, description, receiving_unit, reported_at, state, cycle,"
                + " responsible_department, responsible_staff_id, waiting_from, waiting_reason, version)"
                + " VALUES (?, 'REPAIR', 'HOTLINE', 'NORMAL', NULL, 'UNIT', 'E-1', 'B-1', 'U-1', NULL, 'OWNER', 'O-1', NULL,"
                + " NULL, NULL, ?, 'cs', ?, 'RECEIVED', 1, NULL, NULL, NULL, NULL, 1)";
        insertStep = "INSERT INTO " + PREFIX.table("ticket_step") + " (ticket_id, seq, cycle, step_at, step, from_state,"
                + " to_state, actor_kind, actor_id, department_id, staff_id, agreed_time, validity, waiting_reason,"
                + " callback_method, satisfaction, note) VALUES (?, 1, 1, ?, 'RECEIVE', NULL, 'RECEIVED', 'STAFF', 'S-1',"
                + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)";
        insertCommitment = JdbcWorkload.insertSql(PREFIX);
    }

    /** Closes the pool and the validator. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        validator.close();
        pool.close();
    }

    /**
     * Reports a repair through the library.
     *
     * @return the stored ticket
     */
    @Benchmark
    public TicketRecord library() {
        return tickets.reportRepair(COMMAND, STAFF);
    }

    /**
     * Does the same inserts with raw JDBC in one transaction.
     *
     * @return the ticket id
     * @throws SQLException if the database fails
     */
    @Benchmark
    public String rawJdbc() throws SQLException {
        String ticket = "raw-T-" + (++raw);
        Connection c = pool.acquire();
        try {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(insertTicket)) {
                ps.setString(1, ticket);
                ps.setString(2, COMMAND.description());
                ps.setObject(3, reportedAt);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(insertStep)) {
                ps.setString(1, ticket);
                ps.setObject(2, reportedAt);
                ps.executeUpdate();
            }
            for (Commitment t : templates) {
                try (PreparedStatement ps = c.prepareStatement(insertCommitment)) {
                    JdbcWorkload.bind(ps, copy(t, ticket));
                    ps.executeUpdate();
                }
            }
            c.commit();
            return ticket;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
            pool.release(c);
        }
    }

    private static Commitment copy(Commitment t, String ticket) {
        // the templates are new (version 0), as the copies must be
        return t.withIdentity(CommitmentId.of(ticket + "-" + t.termKey()), TicketId.of(ticket));
    }

}
