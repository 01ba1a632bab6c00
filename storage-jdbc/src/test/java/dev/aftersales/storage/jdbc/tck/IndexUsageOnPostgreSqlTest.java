package dev.aftersales.storage.jdbc.tck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.SweepOutcome;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.CommitmentQuery;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.storage.jdbc.CommitmentFixtures;
import dev.aftersales.storage.jdbc.DatabaseKind;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.testkit.tck.TicketSamples;
import dev.aftersales.ticket.Openness;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.testkit.LogCapture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every statement the repositories run, other than inserts, can be answered through an index:
 * recorded while every SPI method runs, then explained on PostgreSQL as a generic plan (valid for
 * any parameter values) with sequential scans disabled. A statement without a usable index still
 * gets a sequential scan, which fails the test.
 */
@DisplayName("Indexes on PostgreSQL")
class IndexUsageOnPostgreSqlTest {

    static TckDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = TckDatabase.open(DatabaseKind.POSTGRESQL);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    @DisplayName("no statement of the SPI needs a sequential scan")
    void everyStatementHasAnIndex() throws SQLException {
        JdbcStore store = database.freshStore();
        exerciseEverySpiMethod(store);
        List<String> statements = database.db().dataSource().preparedStatements().stream()
                .filter(sql -> sql.contains(TckDatabase.PREFIX.value()) && !sql.startsWith("INSERT"))
                .filter(sql -> !sql.startsWith("DELETE FROM " + TckDatabase.PREFIX.value()) || sql.contains("WHERE"))
                .sorted().collect(Collectors.toList());
        assertTrue(statements.size() >= 25, "statements recorded: " + statements.size());
        List<String> scans = new ArrayList<>();
        try (Connection c = database.db().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("SET enable_seqscan = off");
            st.execute("SET plan_cache_mode = force_generic_plan");
            for (String sql : statements) {
                String plan = explain(st, sql);
                if (plan.contains("Seq Scan")) {
                    scans.add(sql + "\n" + plan);
                }
            }
        }
        assertTrue(scans.isEmpty(), "statements with a sequential scan:\n" + String.join("\n\n", scans));
    }

    private static String explain(Statement st, String sql) throws SQLException {
        int n = 0;
        StringBuilder numbered = new StringBuilder();
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                numbered.append('$').append(++n);
            } else {
                numbered.append(ch);
            }
        }
        st.execute("PREPARE q AS " + numbered);
        try {
            String nulls = n == 0 ? "" : "(" + String.join(", ", java.util.Collections.nCopies(n, "NULL")) + ")";
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = st.executeQuery("EXPLAIN EXECUTE q" + nulls)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertFalse(plan.toString().toLowerCase(Locale.ROOT).isBlank());
            return plan.toString();
        } finally {
            st.execute("DEALLOCATE q");
        }
    }

    private static void exerciseEverySpiMethod(JdbcStore store) {
        PageRequest page = PageRequest.first(10);
        store.estates().findEstate(EstateId.of("E"));
        store.estates().findEstates(page);
        store.estates().findPlot(PlotId.of("P"));
        store.estates().findPlotsOfEstate(EstateId.of("E"), page);
        store.estates().findBuilding(BuildingId.of("B"));
        store.estates().findBuildingsOfPlot(PlotId.of("P"), page);
        store.estates().findBuildingsOfEstate(EstateId.of("E"), page);
        store.estates().countBuildingsOfPlot(PlotId.of("P"));
        store.units().findById(UnitId.of("U"));
        store.units().findByBuilding(BuildingId.of("B"), page);
        store.units().findByPlot(PlotId.of("P"), page);
        store.units().findByEstate(EstateId.of("E"), page);
        store.units().countByPlot(PlotId.of("P"));
        store.owners().findById(OwnerId.of("O"));
        store.owners().findAll(page);
        store.ownerships().findById(OwnershipId.of("OS"));
        store.ownerships().findByUnit(UnitId.of("U"), page);
        store.ownerships().findCurrentByOwner(OwnerId.of("O"), page);
        store.owners().save(PersonalDataContract.owner());
        store.owners().save(store.owners().findById(OwnerId.of("O-1")).orElseThrow());
        TicketRecord ticket = store.tickets().save(TicketSamples.repair("T-1", Instant.parse("2025-03-03T01:00:00Z"),
                TicketSamples.UNIT_1, Reporter.byOwner(TicketSamples.OWNER_1)));
        store.tickets().save(ticket);
        store.tickets().findById(TicketId.of("T-1"));
        for (Openness o : Openness.values()) {
            store.tickets().findByUnit(UnitId.of("U"), o, page);
            store.tickets().findByOwner(OwnerId.of("O"), o, page);
            store.tickets().findByBuilding(BuildingId.of("B"), o, page);
            store.tickets().findByEstate(EstateId.of("E"), o, page);
            store.tickets().findByDepartment(DepartmentId.of("D"), o, page);
        }
        store.tickets().findByState(TicketState.RECEIVED, page);
        store.tickets().findReportedBetween(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), page);
        exerciseCommitments(store.commitments(), page, "ix");
        exerciseMeasurement(store);
        // the same on leases timed by the database's clock, the default
        JdbcStore databaseLeases = JdbcStore.create(database.db().dataSource()).tablePrefix(TckDatabase.PREFIX).build();
        exerciseCommitments(databaseLeases.commitments(), page, "iy");
        dev.aftersales.storage.jdbc.outbox.JdbcOutbox outbox = new dev.aftersales.storage.jdbc.outbox.JdbcOutbox(
                store.transactions(), store.prefix());
        store.commitments().findFired(CommitmentId.of("ix-C-1")).forEach(outbox::append);
        LogCapture.quietly(() -> dev.aftersales.storage.jdbc.outbox.OutboxPublisher.builder(store.transactions(),
                store.prefix(), java.time.Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
                .listener(e -> {
                    throw new IllegalStateException("refused, to record the back-off update too");   // and warned of
                }).build().publishPending());
        dev.aftersales.storage.jdbc.outbox.OutboxPublisher.builder(store.transactions(), store.prefix(),
                java.time.Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
                .listener(e -> { }).build().publishPending();
        dev.aftersales.storage.jdbc.outbox.OutboxPublisher.builder(store.transactions(), store.prefix(),
                java.time.Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
                .leaseClock(dev.aftersales.storage.jdbc.LeaseClock.CALLER).listener(e -> { }).build().publishPending();
    }

    /** The KPI queries (MS-1, MS-3, RP-6): by period alone and narrowed by each scope column, grouped and not. */
    private static void exerciseMeasurement(JdbcStore store) {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        dev.aftersales.measurement.Period march = dev.aftersales.measurement.Period.month(java.time.YearMonth.of(2025, 3), zone);
        for (dev.aftersales.measurement.Scope scope : List.of(dev.aftersales.measurement.Scope.all(),
                dev.aftersales.measurement.Scope.estate(EstateId.of("E-1")),
                dev.aftersales.measurement.Scope.building(BuildingId.of("B-1")),
                dev.aftersales.measurement.Scope.department(DepartmentId.of("D")),
                dev.aftersales.measurement.Scope.kind(TicketKind.REPAIR))) {
            dev.aftersales.measurement.MeasurementQuery q = dev.aftersales.measurement.MeasurementQuery.of(march, scope, zone);
            store.measurements().kpis(q);
            store.measurements().kpis(q.groupedBy(dev.aftersales.measurement.Grouping.values()));
            store.measurements().breaches(march, scope);
            store.measurements().dissatisfied(q);
        }
    }

    private static void exerciseCommitments(CommitmentRepository commitments, PageRequest page, String ids) {
        Instant t0 = CommitmentFixtures.T0;
        Instant later = t0.plus(java.time.Duration.ofHours(3));
        Commitment c = commitments.save(new CommitmentFixtures(ids).received("T-1", t0));
        commitments.save(c);
        commitments.findById(c.id());
        commitments.findByTicket(TicketId.of("T-1"));
        commitments.findOpenByCalendar("cn-office", page);
        Commitment claimed = commitments.claimDue(later, 10, "a", later.plusSeconds(60)).get(0);
        commitments.release(claimed.id(), "a");
        SweepOutcome o = new CommitmentFixtures(ids).engine.sweep(claimed, later);
        commitments.completeSweep(o.commitment(), o.fired());
        commitments.findFired(c.id());
        List<CommitmentEvent> pending = commitments.findUndelivered(later.plusSeconds(1), 10);
        commitments.markDelivered(pending.stream().map(CommitmentEvent::key).toList());
        for (CommitmentQuery q : List.of(CommitmentQuery.due(t0, later), CommitmentQuery.warned(t0, later),
                CommitmentQuery.breached(t0, later))) {
            commitments.find(q, page);
            commitments.find(q.inEstate(EstateId.of("E-1")), page);
            commitments.find(q.inBuilding(BuildingId.of("B-1")), page);
            commitments.find(q.ofDepartment(DepartmentId.of("D")), page);
            commitments.find(q.ofKind(TicketKind.REPAIR), page);
        }
        commitments.findById(CommitmentId.of("missing"));
    }
}
