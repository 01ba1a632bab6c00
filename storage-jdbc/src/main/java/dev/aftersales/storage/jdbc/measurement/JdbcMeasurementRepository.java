package dev.aftersales.storage.jdbc.measurement;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.measurement.BreachCount;
import dev.aftersales.measurement.DurationSummary;
import dev.aftersales.measurement.GroupKey;
import dev.aftersales.measurement.Grouping;
import dev.aftersales.measurement.KpiRow;
import dev.aftersales.measurement.KpiTable;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.Scope;
import dev.aftersales.measurement.ScoredCallback;
import dev.aftersales.measurement.TicketTimes;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.SatisfactionAspects;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.spi.MeasurementRepository;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.ticket.TicketKind;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The service's figures computed by the database (rules MS-1, MS-3, RP-6): four aggregate
 * statements per query (response with the time to first response, time to closure, confirmed
 * closures, callbacks), each grouped with {@code GROUP BY} in the database and filtered by period and scope on
 * indexed columns (schema version 7, {@code measurement}); closings and confirmed closures are read
 * from the first-cycle facts kept in the ticket rows (schema version 15, {@code ticket_kpi_facts});
 * only one row per group comes back. The
 * statements run in one unit of work, so they see the same data, with PostgreSQL's JIT compilation
 * off for their duration ({@link WithoutJit}). Instants of tickets are compared to the microsecond,
 * as they are stored.
 */
public final class JdbcMeasurementRepository implements MeasurementRepository {

    private final JdbcRunner jdbc;
    private final TablePrefix prefix;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     */
    public JdbcMeasurementRepository(JdbcRunner jdbc, TablePrefix prefix) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    @Override
    public List<KpiRow> kpis(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        KpiTable table = new KpiTable(query);
        if (query.period().isEmpty()) {
            return table.rows();
        }
        // the dialect is detected on first use, never when the store is built
        KpiStatements sql = new KpiStatements(query, new TimeFunctions(jdbc.dialect().product()), prefix);
        return WithoutJit.run(jdbc, () -> {
            run(sql.response(), query, table, (key, r) -> {
                table.addResponse(key, r.longValue("met"), r.longValue("decided"), r.longValue("pending"));
                if (r.longValue("cnt") > 0) {
                    table.firstResponse(key, summary(r));
                }
            });
            run(sql.closure(), query, table, (key, r) -> table.closure(key, summary(r)));
            run(sql.confirmations(), query, table, (key, r) -> {
                if (r.longValue("handled") > 0) {
                    table.addHandling(key, r.longValue("effective"), r.longValue("handled"));
                }
                if (r.longValue("repairs") > 0) {
                    table.addCallbacks(key, r.longValue("called"), r.longValue("repairs"));
                }
            });
            run(sql.satisfaction(), query, table, (key, r) -> table.addSatisfaction(key, r.longValue("satisfied"),
                    r.longValue("scored")));
            return table.rows();
        });
    }

    @Override
    public List<TicketTimes> ticketTimes(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        if (query.period().isEmpty()) {
            return List.of();
        }
        KpiTable table = new KpiTable(query);
        SqlText sql = new KpiStatements(query, new TimeFunctions(jdbc.dialect().product()), prefix).ticketTimes();
        List<TicketTimes> out = new java.util.ArrayList<>();
        WithoutJit.run(jdbc, () -> {
            run(sql, query, table, (key, r) -> {
                Long stop = r.nullableLong("first_stop_ns");
                out.add(new TicketTimes(TicketId.of(r.text("ticket_id")), key, r.instant("item_at"),
                        stop == null ? null : Instant.ofEpochSecond(Math.floorDiv(stop, 1_000_000_000L),
                                Math.floorMod(stop, 1_000_000_000L)),
                        r.instant("closed_at"), r.text("calendar_id")));
            });
            return null;
        });
        out.sort(TicketTimes.ORDER);
        return List.copyOf(out);
    }

    @FunctionalInterface
    private interface RowSink {
        void accept(GroupKey key, Row row) throws SQLException;
    }

    private void run(SqlText statement, MeasurementQuery query, KpiTable table, RowSink sink) {
        List<YearMonth> months = query.months();
        jdbc.query(statement.sql(), statement, row -> {
            String estate = query.groups(Grouping.ESTATE) ? row.text(KpiStatements.alias(Grouping.ESTATE)) : null;
            String building = query.groups(Grouping.BUILDING) ? row.text(KpiStatements.alias(Grouping.BUILDING)) : null;
            String department = query.groups(Grouping.DEPARTMENT)
                    ? row.text(KpiStatements.alias(Grouping.DEPARTMENT)) : null;
            String kind = query.groups(Grouping.KIND) ? row.text(KpiStatements.alias(Grouping.KIND)) : null;
            YearMonth month = query.groups(Grouping.MONTH) ? months.get(row.intValue("m")) : null;
            GroupKey key = table.key(estate == null ? null : EstateId.of(estate),
                    building == null ? null : BuildingId.of(building),
                    department == null ? null : DepartmentId.of(department),
                    kind == null ? null : TicketKind.valueOf(kind), month);
            sink.accept(key, row);
            return key;
        });
    }

    private static DurationSummary summary(Row r) throws SQLException {
        return new DurationSummary(r.longValue("cnt"), Duration.ofNanos(r.longValue("p50") * 1000),
                Duration.ofNanos(r.longValue("p90") * 1000));
    }

    @Override
    public List<ScoredCallback> dissatisfied(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        if (query.period().isEmpty()) {
            return List.of();
        }
        SqlText sql = new KpiStatements(query, new TimeFunctions(jdbc.dialect().product()), prefix).dissatisfied();
        return List.copyOf(jdbc.query(sql.sql(), sql, r -> {
            String building = r.text("building_id");
            String department = r.text("responsible_department");
            return new ScoredCallback(TicketId.of(r.text("id")), r.enumValue("kind", TicketKind.class),
                    EstateId.of(r.text("estate_id")), building == null ? null : BuildingId.of(building),
                    department == null ? null : DepartmentId.of(department), r.instant("step_at"),
                    r.enumValue("callback_method", CallbackMethod.class), r.intValue("satisfaction"),
                    new SatisfactionAspects(r.nullableInt("aspect_response_speed"), r.nullableInt("aspect_attitude"),
                            r.nullableInt("aspect_result")));
        }));
    }

    @Override
    public List<BreachCount> breaches(Period period, Scope scope) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        SqlText s = new SqlText().append("SELECT c.term_key, c.responsible_department, COUNT(*) AS breaches FROM "
                + prefix.table("commitment") + " c WHERE c.breached_ns >= ").longValue(nanos(period.from()))
                .append(" AND c.breached_ns < ").longValue(nanos(period.to()));
        if (!scope.estates().isEmpty()) {
            s.append(" AND ").in("c.estate_id", scope.estates().stream().map(EstateId::value).sorted().toList());
        }
        if (!scope.buildings().isEmpty()) {
            s.append(" AND ").in("c.building_id", scope.buildings().stream().map(BuildingId::value).sorted().toList());
        }
        if (!scope.departments().isEmpty()) {
            s.append(" AND ").in("c.responsible_department",
                    scope.departments().stream().map(DepartmentId::value).sorted().toList());
        }
        if (!scope.kinds().isEmpty()) {
            s.append(" AND ").in("c.ticket_kind", scope.kinds().stream().map(Enum::name).sorted().toList());
        }
        s.append(" GROUP BY c.term_key, c.responsible_department");
        List<BreachCount> rows = new java.util.ArrayList<>(jdbc.query(s.sql(), s, r -> {
            String department = r.text("responsible_department");
            return new BreachCount(r.text("term_key"), department == null ? null : DepartmentId.of(department),
                    r.longValue("breaches"));
        }));
        rows.sort(BreachCount.ORDER);
        return List.copyOf(rows);
    }

    /** Nanoseconds since the epoch, clamped to the range of the column. */
    private static long nanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException e) {
            return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    @Override
    public String toString() {
        return "JdbcMeasurementRepository[" + prefix + "]";
    }
}
