package dev.aftersales.benchmarks.jdbc;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.service.CommitmentService;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.EventPublisher;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.ticket.service.IntakeReferences;
import dev.aftersales.ticket.service.TicketService;
import java.time.Clock;
import java.util.Optional;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentCodec;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.commitment.PolicyCatalog;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.testkit.commitment.TicketEventScript;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketStep;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the JDBC benchmarks share: an engine with every preset (CP-8 escalation included), a
 * complaint's facts, and a raw JDBC writer of commitment rows (the columns of schema version 4),
 * used to load many commitments quickly with multi-row inserts.
 */
final class JdbcWorkload {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 3 March 2025, 09:00 in Shanghai. */
    static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");
    static final TicketFacts COMPLAINT = new TicketFacts(TicketKind.COMPLAINT, Channel.HOTLINE, null,
            Severity.GENERAL, EstateId.of("E-1"), BuildingId.of("B-1"), null, DepartmentId.of("cs"));

    private static final List<String> COLUMNS = List.of("id", "version", "ticket_id", "cycle", "ticket_kind", "channel",
            "urgency", "severity", "estate_id", "building_id", "unit_id", "receiving_unit", "responsible_department",
            "policy_id", "policy_version", "term_key", "calendar_id", "calendar_version", "status", "started_ns",
            "deadline_ns", "stopped_ns", "breached_ns", "next_check_ns", "history", "firings", "claimed_by",
            "claimed_until_ns");

    private JdbcWorkload() {
    }

    /** An engine with every preset on the ready calendars; commitment ids start with {@code prefix}. */
    /**
     * Returns the desk's ticket service over a JDBC store, as {@code AfterSales.builder()} wires it,
     * with the steps stamped at {@link #T0}, no listener and intake references trusted: the raw
     * JDBC sides of the benchmarks look nothing up either.
     *
     * @param store     the store
     * @param engine    the commitment engine
     * @param validator the command validator
     * @param ids       the prefix of new identifiers
     * @return the ticket service
     */
    static TicketService trustedTickets(JdbcStore store, CommitmentEngine engine, CommandValidator validator,
                                        String ids) {
        StepContext context = new StepContext(store, Clock.fixed(T0, SHANGHAI), IdGenerator.sequential(ids),
                validator, StepEffects.of(store, Optional.empty(), new EventPublisher(List.of(event -> { }))));
        return new TicketService(context, new CommitmentService(context, engine), IntakeReferences.TRUSTED);
    }

    static CommitmentEngine engine(String prefix) {
        PolicyCatalog catalog = new PolicyCatalog(CalendarRegistry.withReadyCalendars());
        CommitmentPresets.all().forEach(catalog::register);
        return new CommitmentEngine(catalog, IdGenerator.sequential(prefix), SHANGHAI);
    }

    /** The CP-1 reply commitment (24 hours, CP-8 escalation at the breach) of a complaint received at an instant. */
    static Commitment complaintReply(CommitmentEngine engine, String ticket, Instant at) {
        return engine.onTicketEvent(TicketEventScript.of(TicketId.of(ticket), COMPLAINT).step(TicketStep.RECEIVE, at)
                .events().get(0), List.of()).get(0);
    }

    /** The insert of one commitment row of a table prefix, version 1. */
    static String insertSql(TablePrefix prefix) {
        return "INSERT INTO " + prefix.table("commitment") + " (" + String.join(", ", COLUMNS) + ") VALUES ("
                + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ")";
    }

    /** Binds a commitment as stored at version 1, unclaimed. */
    static void bind(PreparedStatement ps, Commitment c) throws SQLException {
        int i = 0;
        ps.setString(++i, c.id().value());
        ps.setLong(++i, 1);
        ps.setString(++i, c.ticketId().value());
        ps.setInt(++i, c.cycle());
        TicketFacts f = c.facts();
        ps.setString(++i, f.kind().name());
        ps.setString(++i, f.channel().name());
        ps.setString(++i, f.urgency() == null ? null : f.urgency().name());
        ps.setString(++i, f.severity() == null ? null : f.severity().name());
        ps.setString(++i, f.estate().value());
        ps.setString(++i, f.building() == null ? null : f.building().value());
        ps.setString(++i, f.unit() == null ? null : f.unit().value());
        ps.setString(++i, f.receivingUnit().value());
        ps.setString(++i, c.responsibleDepartment() == null ? null : c.responsibleDepartment().value());
        ps.setString(++i, c.policy().id());
        ps.setInt(++i, c.policy().version());
        ps.setString(++i, c.termKey());
        ps.setString(++i, c.calendar() == null ? null : c.calendar().id());
        ps.setString(++i, c.calendar() == null ? null : c.calendar().version());
        ps.setString(++i, c.status().name());
        ps.setLong(++i, nanos(c.startedAt()));
        setNanos(ps, ++i, c.deadline());
        setNanos(ps, ++i, c.stoppedAt());
        setNanos(ps, ++i, c.breachedAt());
        setNanos(ps, ++i, c.nextCheck());
        ps.setString(++i, CommitmentCodec.encodeHistory(c.history()));
        ps.setString(++i, CommitmentCodec.encodeFirings(c.firings()));
        ps.setNull(++i, Types.VARCHAR);
        ps.setNull(++i, Types.BIGINT);
    }

    /** Loads commitments in multi-row inserts of 1,000, committing every 20,000. */
    static void load(Connection c, TablePrefix prefix, int count, java.util.function.IntFunction<Commitment> make)
            throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(insertSql(prefix))) {
            for (int i = 0; i < count; i++) {
                bind(ps, make.apply(i));
                ps.addBatch();
                if ((i + 1) % 1000 == 0 || i == count - 1) {
                    ps.executeBatch();
                }
                if ((i + 1) % 20_000 == 0 || i == count - 1) {
                    c.commit();
                }
            }
        } finally {
            c.setAutoCommit(true);
        }
    }

    static long nanos(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    private static void setNanos(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, nanos(t));
        }
    }
}
