package dev.aftersales.measurement;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.TicketKind;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the counts of a measurement group by group and returns its rows: what a storage adapter
 * fills from its queries (one or several) and the {@link ReferenceMeasurement} from loaded records.
 * Not thread-safe.
 *
 * <p>The rows: one per group in which something was counted, in {@link GroupKey#ORDER}; an
 * ungrouped query always gets exactly one row, {@link GroupKey#TOTAL}, whose figures are empty when
 * nothing was counted.
 */
public final class KpiTable {

    private final MeasurementQuery query;
    private final Map<GroupKey, Counts> groups = new HashMap<>();

    /**
     * Creates an empty table for a query.
     *
     * @param query the query
     */
    public KpiTable(MeasurementQuery query) {
        this.query = Objects.requireNonNull(query, "query");
    }

    /**
     * Returns the key of a ticket's group: the components the query groups by, from the ticket's
     * location, responsible department and kind, and the month of the instant given.
     *
     * @param estate     the ticket's estate
     * @param building   the ticket's building, or {@code null}
     * @param department the ticket's responsible department, or {@code null}
     * @param kind       the ticket's kind
     * @param month      the month of the instant that puts the item in the period
     * @return the key
     */
    public GroupKey key(EstateId estate, BuildingId building, DepartmentId department, TicketKind kind, YearMonth month) {
        return new GroupKey(query.groups(Grouping.ESTATE) ? estate : null,
                query.groups(Grouping.BUILDING) ? building : null,
                query.groups(Grouping.DEPARTMENT) ? department : null,
                query.groups(Grouping.KIND) ? kind : null,
                query.groups(Grouping.MONTH) ? month : null);
    }

    /**
     * Returns the month, in the query's zone, of an instant.
     *
     * @param at the instant
     * @return the month
     */
    public YearMonth monthOf(Instant at) {
        return query.monthOf(at);
    }

    private Counts at(GroupKey key) {
        return groups.computeIfAbsent(Objects.requireNonNull(key, "key"), k -> new Counts());
    }

    /**
     * Adds response counts (rule MS-1).
     *
     * @param key     the group
     * @param met     tickets whose response commitments were all met
     * @param decided tickets whose response commitments all have an outcome
     * @param pending tickets with a response commitment still open
     * @return this table
     */
    public KpiTable addResponse(GroupKey key, long met, long decided, long pending) {
        Counts c = at(key);
        c.met += met;
        c.decided += decided;
        c.pending += pending;
        return this;
    }

    /**
     * Adds handling counts (rule MS-1).
     *
     * @param key       the group
     * @param effective valid complaints not reopened within the window
     * @param confirmed valid complaints whose closure was confirmed in the period
     * @return this table
     */
    public KpiTable addHandling(GroupKey key, long effective, long confirmed) {
        Counts c = at(key);
        c.effective += effective;
        c.confirmedComplaints += confirmed;
        return this;
    }

    /**
     * Adds satisfaction counts (rule MS-3).
     *
     * @param key       the group
     * @param satisfied callbacks with a satisfied score
     * @param scored    callbacks with a score
     * @return this table
     */
    public KpiTable addSatisfaction(GroupKey key, long satisfied, long scored) {
        Counts c = at(key);
        c.satisfied += satisfied;
        c.scored += scored;
        return this;
    }

    /**
     * Adds callback-coverage counts (rule RP-6).
     *
     * @param key       the group
     * @param called    repairs that got a callback
     * @param confirmed repairs whose closure was confirmed in the period
     * @return this table
     */
    public KpiTable addCallbacks(GroupKey key, long called, long confirmed) {
        Counts c = at(key);
        c.called += called;
        c.confirmedRepairs += confirmed;
        return this;
    }

    /**
     * Adds one measured time to first response, in microseconds.
     *
     * @param key    the group
     * @param micros the duration
     * @return this table
     */
    public KpiTable addFirstResponse(GroupKey key, long micros) {
        at(key).firstResponse.add(micros);
        return this;
    }

    /**
     * Adds one measured time to closure, in microseconds.
     *
     * @param key    the group
     * @param micros the duration
     * @return this table
     */
    public KpiTable addClosure(GroupKey key, long micros) {
        at(key).closure.add(micros);
        return this;
    }

    /**
     * Sets the time to first response of a group from a summary the store computed.
     *
     * @param key     the group
     * @param summary the summary
     * @return this table
     */
    public KpiTable firstResponse(GroupKey key, DurationSummary summary) {
        at(key).firstResponseSummary = Objects.requireNonNull(summary, "summary");
        return this;
    }

    /**
     * Sets the time to closure of a group from a summary the store computed.
     *
     * @param key     the group
     * @param summary the summary
     * @return this table
     */
    public KpiTable closure(GroupKey key, DurationSummary summary) {
        at(key).closureSummary = Objects.requireNonNull(summary, "summary");
        return this;
    }

    /**
     * Returns the rows, in {@link GroupKey#ORDER}.
     *
     * @return the rows
     */
    public List<KpiRow> rows() {
        List<KpiRow> rows = new ArrayList<>();
        groups.forEach((key, c) -> rows.add(new KpiRow(key, c.kpis())));
        if (query.groupBy().isEmpty() && rows.isEmpty()) {
            rows.add(new KpiRow(GroupKey.TOTAL, Kpis.none()));
        }
        rows.sort((a, b) -> GroupKey.ORDER.compare(a.group(), b.group()));
        return List.copyOf(rows);
    }

    private static final class Counts {
        long met;
        long decided;
        long pending;
        long effective;
        long confirmedComplaints;
        long satisfied;
        long scored;
        long called;
        long confirmedRepairs;
        final LongList firstResponse = new LongList();
        final LongList closure = new LongList();
        DurationSummary firstResponseSummary;
        DurationSummary closureSummary;

        Kpis kpis() {
            return new Kpis(Figure.of(met, decided), pending, Figure.of(effective, confirmedComplaints),
                    Figure.of(satisfied, scored), Figure.of(called, confirmedRepairs),
                    firstResponseSummary != null ? firstResponseSummary : DurationSummary.ofMicros(firstResponse.toArray()),
                    closureSummary != null ? closureSummary : DurationSummary.ofMicros(closure.toArray()));
        }
    }

    private static final class LongList {
        private long[] values = new long[4];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
