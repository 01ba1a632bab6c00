package dev.aftersales.storage.jdbc.measurement;

import dev.aftersales.measurement.Grouping;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.Scope;
import dev.aftersales.storage.jdbc.DatabaseProduct;
import dev.aftersales.storage.jdbc.TablePrefix;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one measurement query (rules MS-1, MS-3, RP-6). Each figure is computed in three
 * layers: an <em>items</em> query yields one row per counted item (a ticket received, a closure
 * confirmed, a callback) with the ticket's group columns, the instant that places it in a month,
 * and its measures; a <em>bucket</em> layer turns that instant into the index of its month (a
 * {@code CASE} over the month boundaries, computed in Java in the query's zone); the outer layer
 * groups and sums. Percentiles are nearest-rank: {@code percentile_disc} on PostgreSQL,
 * {@code ROW_NUMBER()} and {@code COUNT(*)} windows over the same groups elsewhere. Every statement
 * filters by period and scope on indexed columns.
 *
 * <p>The facts of a ticket's first cycle (its first closing, confirmed closure and callback, its
 * last classification, its first reopening at or after that closing) are columns of its row, written
 * by every save (schema version 15): time to closure and the confirmed closures of a period read the
 * ticket rows alone, with no look-up in the timelines. The response figures still visit each
 * ticket's response commitments, one probe per ticket of a covering index that can answer it
 * without reading the commitment row (schema version 16, {@code kpi_response_index}; the
 * working-time inputs also read the commitments' calendar, which the index does not hold), and
 * satisfaction the callbacks of the period (in every cycle) with their tickets.
 */
final class KpiStatements {

    /** The group columns, in {@link Grouping} order (month excluded), with the ticket column each reads. */
    private static final List<Grouping> COLUMNS = List.of(Grouping.ESTATE, Grouping.BUILDING, Grouping.DEPARTMENT,
            Grouping.KIND);

    private final MeasurementQuery query;
    private final TimeFunctions time;
    private final String ticket;
    private final String step;
    private final String commitment;
    private final List<String> groups = new ArrayList<>();

    KpiStatements(MeasurementQuery query, TimeFunctions time, TablePrefix prefix) {
        this.query = query;
        this.time = time;
        this.ticket = prefix.table("ticket");
        this.step = prefix.table("ticket_step");
        this.commitment = prefix.table("commitment");
        for (Grouping g : COLUMNS) {
            if (query.groups(g)) {
                groups.add(alias(g));
            }
        }
    }

    static String alias(Grouping g) {
        return "g_" + g.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String column(Grouping g) {
        return switch (g) {
            case ESTATE -> "t.estate_id";
            case BUILDING -> "t.building_id";
            case DEPARTMENT -> "t.responsible_department";
            case KIND -> "t.kind";
            case MONTH -> throw new IllegalArgumentException("the month is a bucket, not a column");
        };
    }

    /** The grouped ticket columns, as {@code t.x AS g_x, } for an items query. */
    private String groupColumns() {
        StringBuilder b = new StringBuilder();
        for (Grouping g : COLUMNS) {
            if (query.groups(g)) {
                b.append(column(g)).append(" AS ").append(alias(g)).append(", ");
            }
        }
        return b.toString();
    }

    /** {@code g_a, g_b, m}: the grouping of the outer layers. */
    private String groupList(String qualifier) {
        StringBuilder b = new StringBuilder();
        for (String g : groups) {
            b.append(qualifier).append(g).append(", ");
        }
        return b.append(qualifier).append("m").toString();
    }

    /** The scope's conditions on the ticket {@code t}, each preceded by AND. */
    private SqlText scope() {
        SqlText s = new SqlText();
        Scope scope = query.scope();
        if (!scope.estates().isEmpty()) {
            s.append(" AND ").in("t.estate_id", scope.estates().stream().map(e -> e.value()).sorted().toList());
        }
        if (!scope.buildings().isEmpty()) {
            s.append(" AND ").in("t.building_id", scope.buildings().stream().map(e -> e.value()).sorted().toList());
        }
        if (!scope.departments().isEmpty()) {
            s.append(" AND ").in("t.responsible_department",
                    scope.departments().stream().map(e -> e.value()).sorted().toList());
        }
        if (!scope.kinds().isEmpty()) {
            s.append(" AND ").in("t.kind", scope.kinds().stream().map(Enum::name).sorted().toList());
        }
        return s;
    }

    private SqlText inPeriod(String column) {
        return new SqlText().append(column + " >= ").instant(query.period().from())
                .append(" AND " + column + " < ").instant(query.period().to());
    }

    /** Wraps an items query (with column {@code at}) in the bucket layer: adds {@code m}, the month index. */
    private SqlText bucketed(SqlText items) {
        SqlText s = new SqlText().append("SELECT i.*, ");
        List<YearMonth> months = query.months();
        if (query.groups(Grouping.MONTH) && months.size() > 1) {
            s.append("CASE");
            for (int k = 0; k < months.size() - 1; k++) {
                Instant next = months.get(k + 1).atDay(1).atStartOfDay(query.zone()).toInstant();
                s.append(" WHEN i.item_at < ").instant(next).append(" THEN " + k);
            }
            s.append(" ELSE " + (months.size() - 1) + " END");
        } else {
            s.append("0");
        }
        return s.append(" AS m FROM (").append(items).append(") i");
    }

    /** Sums of the given expressions over the bucketed items, grouped. */
    private SqlText summed(SqlText items, String sums) {
        return new SqlText().append("SELECT " + groupList("b.") + ", " + sums + " FROM (").append(bucketed(items))
                .append(") b GROUP BY " + groupList("b."));
    }

    /**
     * Sums of the given expressions (over {@code z}), and the count, nearest-rank median and 90th
     * percentile of the non-null values of column {@code d}, over the bucketed items, grouped.
     * On PostgreSQL the percentiles are {@code percentile_disc}, an ordered-set aggregate that
     * picks the value at rank ⌈p·n⌉ of each group's sorted non-null values, which is the nearest
     * rank. PostgreSQL computes the rank as {@code ceil(p * n)} in doubles; for p = 0.9 the double
     * nearest 0.9 exceeds it by about 2.2e-17, so the product exceeds 0.9·n by about n·2.2e-17,
     * less than half a unit in the last place of 0.9·n (at least n·5.5e-17): whenever 0.9·n is an
     * integer the product rounds to exactly it, and the ceiling is right.
     * Elsewhere they are picked with {@code ROW_NUMBER()} and {@code COUNT(*)} windows over the same
     * groups, with rows of a null {@code d} ranked last and not counted.
     */
    private SqlText percentiles(SqlText items, String sums) {
        if (time.product() == DatabaseProduct.POSTGRESQL) {
            return new SqlText().append("SELECT " + groupList("z.") + ", " + sums + "COUNT(z.d) AS cnt, "
                            + "percentile_disc(0.5) WITHIN GROUP (ORDER BY z.d) AS p50, "
                            + "percentile_disc(0.9) WITHIN GROUP (ORDER BY z.d) AS p90 FROM (")
                    .append(bucketed(items)).append(") z GROUP BY " + groupList("z."));
        }
        String partition = groupList("y.");
        return new SqlText().append("SELECT " + groupList("z.") + ", " + sums + "COUNT(z.d) AS cnt, "
                        + "MIN(CASE WHEN (z.pct_rn - 1) * 100 < 50 * z.pct_n AND z.pct_rn * 100 >= 50 * z.pct_n THEN z.d END) AS p50, "
                        + "MIN(CASE WHEN (z.pct_rn - 1) * 100 < 90 * z.pct_n AND z.pct_rn * 100 >= 90 * z.pct_n THEN z.d END) AS p90 "
                        + "FROM (SELECT y.*, ROW_NUMBER() OVER (PARTITION BY " + partition
                        + " ORDER BY CASE WHEN y.d IS NULL THEN 1 ELSE 0 END, y.d) AS pct_rn, "
                        + "COUNT(y.d) OVER (PARTITION BY " + partition + ") AS pct_n FROM (")
                .append(bucketed(items)).append(") y) z GROUP BY " + groupList("z."));
    }

    /** Per ticket received in the period: its response commitments of cycle 1, counted by outcome. */
    private SqlText responseItems() {
        String g = groupColumnsGroupedBy();
        return new SqlText().append("SELECT " + groupColumns() + "t.reported_at AS item_at, COUNT(*) AS n, "
                        + "SUM(CASE WHEN c.status = 'MET' THEN 1 ELSE 0 END) AS met_n, "
                        + "SUM(CASE WHEN c.status IN ('RUNNING', 'PAUSED') THEN 1 ELSE 0 END) AS open_n, "
                        + "MIN(c.stopped_ns) AS first_stop_ns FROM " + ticket + " t JOIN " + commitment
                        + " c ON c.ticket_id = t.id AND c.cycle = 1 AND ")
                .in("c.term_key", query.settings().responseTerms().stream().sorted().toList())
                .append(" WHERE ").append(inPeriod("t.reported_at")).append(scope())
                .append(" GROUP BY t.id, t.reported_at" + g);
    }

    private String groupColumnsGroupedBy() {
        StringBuilder b = new StringBuilder();
        for (Grouping g : COLUMNS) {
            if (query.groups(g)) {
                b.append(", ").append(column(g));
            }
        }
        return b.toString();
    }

    /**
     * Timely response (MS-1): met, decided and pending tickets per group, and the time to first
     * response (the earliest stop of a response commitment, in microseconds after the reception)
     * of those with one, in one pass over the tickets of the period and their commitments.
     */
    SqlText response() {
        SqlText items = new SqlText().append("SELECT r.*, " + time.nanosToMicros("r.first_stop_ns") + " - "
                + time.epochMicros("r.item_at") + " AS d FROM (").append(responseItems()).append(") r");
        return percentiles(items, "SUM(CASE WHEN z.open_n = 0 AND z.met_n = z.n THEN 1 ELSE 0 END) AS met, "
                + "SUM(CASE WHEN z.open_n = 0 THEN 1 ELSE 0 END) AS decided, "
                + "SUM(CASE WHEN z.open_n > 0 THEN 1 ELSE 0 END) AS pending, ");
    }

    /**
     * The working-time inputs (MS-1): per ticket received in the period with a response commitment
     * of cycle 1, its id, group, reception, earliest stop of a response commitment, the first (by
     * id) calendar of those commitments and its first closing of cycle 1 (a column of the ticket's
     * row); one row per ticket, not grouped.
     */
    SqlText ticketTimes() {
        SqlText items = new SqlText().append("SELECT t.id AS ticket_id, " + groupColumns()
                        + "t.reported_at AS item_at, MIN(c.stopped_ns) AS first_stop_ns, "
                        + "MIN(c.calendar_id) AS calendar_id, t.cycle1_closed_at AS closed_at FROM " + ticket + " t JOIN "
                        + commitment + " c ON c.ticket_id = t.id AND c.cycle = 1 AND ")
                .in("c.term_key", query.settings().responseTerms().stream().sorted().toList())
                .append(" WHERE ").append(inPeriod("t.reported_at")).append(scope())
                .append(" GROUP BY t.id, t.reported_at, t.cycle1_closed_at" + groupColumnsGroupedBy());
        return bucketed(items);
    }

    /**
     * Time to closure: per ticket received in the period and closed in cycle 1, in microseconds,
     * from the ticket's row alone (its first closing of cycle 1 is a column of it).
     */
    SqlText closure() {
        SqlText items = new SqlText().append("SELECT " + groupColumns() + "t.reported_at AS item_at, "
                        + time.epochMicros("t.cycle1_closed_at") + " - " + time.epochMicros("t.reported_at") + " AS d FROM "
                        + ticket + " t WHERE ").append(inPeriod("t.reported_at")).append(scope())
                .append(" AND t.cycle1_closed_at IS NOT NULL");
        return percentiles(items, "");
    }

    /**
     * Effective handling (MS-1) and callback coverage (RP-6): per ticket whose first closure
     * confirmed in cycle 1 lies in the period, a repair or a complaint whose last classification of
     * cycle 1 is valid. One range scan of the tickets by that confirmation: the ticket's row holds
     * its first-cycle facts (closing, callback, validity, the first reopening at or after the
     * closing), so no timeline is read.
     */
    SqlText confirmations() {
        long window = Math.floorDiv(query.settings().reopenWindow().toNanos(), 1000L);
        String notReopened = "(t.reopened_at IS NULL OR t.reopened_at >= "
                + time.plusMicros("t.cycle1_closed_at", window) + ")";
        SqlText items = new SqlText().append("SELECT " + groupColumns() + "t.cycle1_confirmed_at AS item_at, "
                        + "CASE WHEN t.kind = 'REPAIR' THEN 0 ELSE 1 END AS handled, "
                        + "CASE WHEN t.kind <> 'REPAIR' AND " + notReopened + " THEN 1 ELSE 0 END AS effective, "
                        + "CASE WHEN t.kind = 'REPAIR' AND t.cycle1_called_at IS NOT NULL THEN 1 ELSE 0 END AS called FROM "
                        + ticket + " t WHERE ").append(inPeriod("t.cycle1_confirmed_at")).append(scope())
                .append(" AND (t.kind = 'REPAIR' OR (t.kind = 'COMPLAINT' AND t.cycle1_validity = 'VALID'))");
        return summed(items, "SUM(b.effective) AS effective, SUM(b.handled) AS handled, SUM(b.called) AS called, "
                + "SUM(1 - b.handled) AS repairs");
    }

    /** Satisfaction (MS-3): callbacks recorded in the period with a score, in any cycle. */
    SqlText satisfaction() {
        SqlText items = new SqlText().append("SELECT " + groupColumns() + "s.step_at AS item_at, CASE WHEN s.satisfaction >= "
                        + query.settings().satisfiedFrom() + " THEN 1 ELSE 0 END AS satisfied FROM " + step
                        + " s JOIN " + ticket + " t ON t.id = s.ticket_id WHERE s.step = 'RECORD_CALLBACK'"
                        + " AND s.satisfaction IS NOT NULL AND ").append(inPeriod("s.step_at")).append(scope());
        return summed(items, "SUM(b.satisfied) AS satisfied, COUNT(*) AS scored");
    }

    /** The dissatisfied callbacks of the period (MS-3) with their rated aspects, newest first. */
    SqlText dissatisfied() {
        return new SqlText().append("SELECT t.id, t.kind, t.estate_id, t.building_id, t.responsible_department, "
                        + "s.step_at, s.callback_method, s.satisfaction, s.aspect_response_speed, s.aspect_attitude, "
                        + "s.aspect_result FROM " + step + " s JOIN " + ticket
                        + " t ON t.id = s.ticket_id WHERE s.step = 'RECORD_CALLBACK' AND s.satisfaction < "
                        + query.settings().satisfiedFrom() + " AND ").append(inPeriod("s.step_at")).append(scope())
                .append(" ORDER BY s.step_at DESC, t.id, s.seq");
    }

    List<String> groupAliases() {
        return groups;
    }
}
