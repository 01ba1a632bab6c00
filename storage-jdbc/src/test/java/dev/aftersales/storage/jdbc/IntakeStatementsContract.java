package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.Urgency;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Receiving a ticket on the JDBC store takes three statements in its transaction: the ticket row,
 * its first timeline row, and one multi-row insert of the commitments it starts (rule RP-2: the
 * contact and the arrival deadline of a normal repair). It reads no commitment, since the ticket is
 * new; later steps read the ticket's commitments as before. Subclassed per database.
 */
abstract class IntakeStatementsContract extends DatabaseTest {

    private final TestClock clock = TestClock.at("2025-06-16T01:00:00Z", ZoneId.of("Asia/Shanghai"));
    private StatementLog log;
    private TablePrefix prefix;
    private JdbcStore store;

    @BeforeEach
    void migrate() {
        prefix = db.uniquePrefix();
        log = new StatementLog(db.dataSource());
        store = JdbcStore.create(log).tablePrefix(prefix).build();
        store.migrate();
    }

    @AfterEach
    void heal() {
        db.dataSource().heal();
    }

    private AfterSales desk(IdGenerator ids) {
        return AfterSales.builder().store(store).clock(clock).idGenerator(ids).checkReferences(false).build();
    }

    private static ReportRepair repair() {
        return new ReportRepair(TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("hotline"),
                "leaking tap");
    }

    private List<String> statements() {
        return log.executions().stream().map(e -> e.sql().strip().toUpperCase(Locale.ROOT)).toList();
    }

    @Test
    @DisplayName("RP-2 a repair report is three statements: ticket, first step, and its two commitments in one insert")
    void intakeIsThreeStatements() {
        try (AfterSales desk = desk(IdGenerator.randomUuids())) {
            log.clear();
            desk.reportRepair(repair(), Actor.staff("S-1"));
            List<String> first = statements();
            // SL-13: the first step after the desk starts also reads the latest stored policy versions,
            // then at most once per Builder.policyRefresh (30 s by default; this clock stands still)
            assertEquals(4, first.size(), () -> String.join("\n", first));
            String policies = prefix.table("policy_version").toUpperCase(Locale.ROOT);
            assertEquals(1, first.stream().filter(q -> q.startsWith("SELECT") && q.contains(policies)).count(),
                    () -> String.join("\n", first));
            log.clear();
            TicketRecord ticket = desk.reportRepair(repair(), Actor.staff("S-1"));
            List<String> sql = statements();
            assertEquals(3, sql.size(), () -> String.join("\n", sql));
            assertTrue(sql.get(0).startsWith("INSERT INTO " + prefix.table("ticket").toUpperCase(Locale.ROOT) + " "));
            assertTrue(sql.get(1).startsWith("INSERT INTO " + prefix.table("ticket_step").toUpperCase(Locale.ROOT) + " "));
            assertTrue(sql.get(2).startsWith("INSERT INTO " + prefix.table("commitment").toUpperCase(Locale.ROOT) + " "));
            assertTrue(sql.stream().noneMatch(s -> s.startsWith("SELECT")), "no commitment is read for a new ticket");
            List<Commitment> started = desk.commitmentsOf(ticket.id());
            assertEquals(2, started.size());
            assertTrue(started.stream().allMatch(c -> c.version() == 1));
        }
    }

    @Test
    @DisplayName("A later step still reads the ticket's commitments and saves what it changed")
    void laterStepReadsCommitments() {
        try (AfterSales desk = desk(IdGenerator.randomUuids())) {
            TicketRecord ticket = desk.reportRepair(repair(), Actor.staff("S-1"));
            desk.tickets().classify(new dev.aftersales.ticket.ClassifyTicket(ticket.id(), dev.aftersales.ticket.Validity.VALID, null),
                    Actor.staff("S-1"));
            desk.tickets().assign(new dev.aftersales.ticket.AssignTicket(ticket.id(), DepartmentId.of("engineering"), "S-21"),
                    Actor.staff("S-1"));
            log.clear();
            desk.tickets().contactOwner(new dev.aftersales.ticket.ContactOwner(ticket.id(), null), Actor.staff("S-1"));
            assertTrue(statements().stream().anyMatch(s -> s.startsWith("SELECT")
                    && s.contains(prefix.table("commitment").toUpperCase(Locale.ROOT))));
            assertTrue(desk.commitmentsOf(ticket.id()).stream().anyMatch(c -> c.version() == 2), "the contact term stopped");
        }
    }

    @Test
    @DisplayName("Two nodes handing out the same commitment ids: the second intake is refused whole, nothing of it kept")
    void takenCommitmentIdRefusesTheWholeIntake() {
        try (AfterSales first = desk(IdGenerator.sequential("n"));
             AfterSales second = desk(IdGenerator.sequential("n"))) {
            TicketRecord kept = first.reportRepair(repair(), Actor.staff("S-1"));
            long tickets = db.queryLong("SELECT COUNT(*) FROM " + prefix.table("ticket"));
            long commitments = db.queryLong("SELECT COUNT(*) FROM " + prefix.table("commitment"));
            assertThrows(StaleWriteException.class, () -> second.reportRepair(repair(), Actor.staff("S-2")));
            assertEquals(tickets, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("ticket")));
            assertEquals(commitments, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("commitment")));
            assertEquals(2, first.commitmentsOf(kept.id()).size());
        }
    }
}
