package dev.aftersales.benchmarks.jdbc;

import dev.aftersales.measurement.DurationSummary;
import dev.aftersales.measurement.KpiRow;
import dev.aftersales.measurement.KpiTable;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.property.BuildingId;
import dev.aftersales.storage.jdbc.TablePrefix;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

/**
 * The same KPIs grouped by building written by hand for PostgreSQL: four statements with
 * {@code FILTER}, {@code LATERAL} and {@code percentile_disc} (nearest rank, as the library's), on
 * the same tables, columns and indexes (time to closure and confirmed closures read the first-cycle
 * facts of the ticket rows, as the library does), read with plain JDBC, with JIT compilation off
 * in their transaction as the library's statements run. The yardstick of the library's aggregate
 * queries.
 */
final class KpiHandSql {

    private final String response;
    private final String closure;
    private final String confirmations;
    private final String satisfaction;

    KpiHandSql(TablePrefix prefix, MeasurementQuery query) {
        String t = prefix.table("ticket");
        String s = prefix.table("ticket_step");
        String c = prefix.table("commitment");
        String micros = "(r.first_stop_ns / 1000 - (EXTRACT(EPOCH FROM t.reported_at) * 1000000)::bigint)";
        response = "SELECT t.building_id, COUNT(*) FILTER (WHERE r.open_n = 0 AND r.met_n = r.n) AS met, "
                + "COUNT(*) FILTER (WHERE r.open_n = 0) AS decided, COUNT(*) FILTER (WHERE r.open_n > 0) AS pending, "
                + "COUNT(r.first_stop_ns) AS cnt, percentile_disc(0.5) WITHIN GROUP (ORDER BY " + micros + ") AS p50, "
                + "percentile_disc(0.9) WITHIN GROUP (ORDER BY " + micros + ") AS p90 FROM " + t + " t "
                + "JOIN LATERAL (SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE c.status = 'MET') AS met_n, "
                + "COUNT(*) FILTER (WHERE c.status IN ('RUNNING', 'PAUSED')) AS open_n, MIN(c.stopped_ns) AS first_stop_ns "
                + "FROM " + c + " c WHERE c.ticket_id = t.id AND c.cycle = 1 AND c.term_key = ANY (?)) r ON r.n > 0 "
                + "WHERE t.reported_at >= ? AND t.reported_at < ? GROUP BY t.building_id";
        closure = "SELECT t.building_id, COUNT(*) AS cnt, percentile_disc(0.5) WITHIN GROUP (ORDER BY x.d) AS p50, "
                + "percentile_disc(0.9) WITHIN GROUP (ORDER BY x.d) AS p90 FROM " + t + " t CROSS JOIN LATERAL (SELECT "
                + "((EXTRACT(EPOCH FROM t.cycle1_closed_at) - EXTRACT(EPOCH FROM t.reported_at)) * 1000000)::bigint AS d) x "
                + "WHERE t.reported_at >= ? AND t.reported_at < ? AND t.cycle1_closed_at IS NOT NULL GROUP BY t.building_id";
        long windowMicros = query.settings().reopenWindow().toNanos() / 1000;
        confirmations = "SELECT t.building_id, COUNT(*) FILTER (WHERE t.kind = 'COMPLAINT') AS handled, "
                + "COUNT(*) FILTER (WHERE t.kind = 'COMPLAINT' AND (t.reopened_at IS NULL OR t.reopened_at >= "
                + "t.cycle1_closed_at + INTERVAL '" + windowMicros + " microseconds')) AS effective, "
                + "COUNT(*) FILTER (WHERE t.kind = 'REPAIR') AS repairs, "
                + "COUNT(*) FILTER (WHERE t.kind = 'REPAIR' AND t.cycle1_called_at IS NOT NULL) AS called "
                + "FROM " + t + " t WHERE t.cycle1_confirmed_at >= ? AND t.cycle1_confirmed_at < ? "
                + "AND (t.kind = 'REPAIR' OR (t.kind = 'COMPLAINT' AND t.cycle1_validity = 'VALID')) "
                + "GROUP BY t.building_id";
        satisfaction = "SELECT t.building_id, COUNT(*) FILTER (WHERE s.satisfaction >= " + query.settings().satisfiedFrom()
                + ") AS satisfied, COUNT(*) AS scored FROM " + s + " s JOIN " + t + " t ON t.id = s.ticket_id "
                + "WHERE s.step = 'RECORD_CALLBACK' AND s.satisfaction IS NOT NULL AND s.step_at >= ? AND s.step_at < ? "
                + "GROUP BY t.building_id";
    }

    /** Runs the four statements and returns the rows as the library shapes them. */
    List<KpiRow> run(DataSource ds, MeasurementQuery query) throws SQLException {
        KpiTable table = new KpiTable(query);
        Timestamp from = Timestamp.from(query.period().from());
        Timestamp to = Timestamp.from(query.period().to());
        try (Connection c = ds.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("SET LOCAL jit = off");
            }
            try (PreparedStatement ps = c.prepareStatement(response)) {
                Array terms = c.createArrayOf("varchar", query.settings().responseTerms().toArray());
                ps.setArray(1, terms);
                ps.setTimestamp(2, from);
                ps.setTimestamp(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        var key = key(table, rs);
                        table.addResponse(key, rs.getLong("met"), rs.getLong("decided"), rs.getLong("pending"));
                        if (rs.getLong("cnt") > 0) {
                            table.firstResponse(key, summary(rs));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(closure)) {
                ps.setTimestamp(1, from);
                ps.setTimestamp(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        table.closure(key(table, rs), summary(rs));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(confirmations)) {
                ps.setTimestamp(1, from);
                ps.setTimestamp(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        var key = key(table, rs);
                        if (rs.getLong("handled") > 0) {
                            table.addHandling(key, rs.getLong("effective"), rs.getLong("handled"));
                        }
                        if (rs.getLong("repairs") > 0) {
                            table.addCallbacks(key, rs.getLong("called"), rs.getLong("repairs"));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(satisfaction)) {
                ps.setTimestamp(1, from);
                ps.setTimestamp(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        table.addSatisfaction(key(table, rs), rs.getLong("satisfied"), rs.getLong("scored"));
                    }
                }
            }
            c.commit();
        }
        return table.rows();
    }

    private static dev.aftersales.measurement.GroupKey key(KpiTable table, ResultSet rs) throws SQLException {
        String building = rs.getString("building_id");
        return table.key(null, building == null ? null : BuildingId.of(building), null, null, null);
    }

    private static DurationSummary summary(ResultSet rs) throws SQLException {
        return new DurationSummary(rs.getLong("cnt"), Duration.ofNanos(rs.getLong("p50") * 1000),
                Duration.ofNanos(rs.getLong("p90") * 1000));
    }
}
