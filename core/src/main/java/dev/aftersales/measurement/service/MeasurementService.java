package dev.aftersales.measurement.service;

import dev.aftersales.measurement.BreachCount;
import dev.aftersales.measurement.Grouping;
import dev.aftersales.measurement.KpiRow;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.MeasurementReport;
import dev.aftersales.measurement.MeasurementSettings;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.Scope;
import dev.aftersales.measurement.ScoredCallback;
import dev.aftersales.step.StepContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Measuring the service (rules MS-1, MS-3, RP-6): the timely-response, effective-handling,
 * satisfaction and callback-coverage rates, the times to first response and to closure, and the
 * breaches per term and department, for a period and scope, computed by the store's aggregate
 * queries ({@link dev.aftersales.spi.MeasurementRepository}). Months are those of the injected
 * clock's time zone. Reads only.
 */
public final class MeasurementService {

    private static final Logger LOG = LoggerFactory.getLogger(MeasurementService.class);

    private final StepContext context;
    private final MeasurementSettings settings;

    /**
     * Creates the service with the default settings (the presets' response terms, a 30-day
     * reopening window, satisfied from a score of 4).
     *
     * @param context the store, clock and the rest
     */
    public MeasurementService(StepContext context) {
        this(context, MeasurementSettings.defaults());
    }

    /**
     * Creates the service with given settings.
     *
     * @param context  the store, clock and the rest
     * @param settings the response terms, reopening window and satisfaction threshold
     */
    public MeasurementService(StepContext context, MeasurementSettings settings) {
        this.context = Objects.requireNonNull(context, "context");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Returns the settings the service's queries use.
     *
     * @return the settings
     */
    public MeasurementSettings settings() {
        return settings;
    }

    /**
     * Returns a copy of this service whose queries use other settings, e.g. other response terms
     * or a satisfaction threshold of 5.
     *
     * @param newSettings the settings
     * @return the copy
     */
    public MeasurementService withSettings(MeasurementSettings newSettings) {
        return new MeasurementService(context, newSettings);
    }

    /**
     * Obtains the query of a calendar month in the clock's zone, with this service's settings.
     *
     * @param month   the month
     * @param scope   the tickets covered
     * @param groupBy what the figures are broken down by
     * @return the query
     */
    public MeasurementQuery monthQuery(YearMonth month, Scope scope, Grouping... groupBy) {
        return new MeasurementQuery(Period.month(month, context.clock().getZone()), scope, Set.of(groupBy),
                context.clock().getZone(), settings);
    }

    /**
     * Returns the month before the current one on the clock, the usual month to report.
     *
     * @return last month
     */
    public YearMonth lastMonth() {
        return YearMonth.now(context.clock()).minusMonths(1);
    }

    /**
     * Computes the figures of a query.
     *
     * @param query the query
     * @return one row per group
     */
    public List<KpiRow> kpis(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        return context.store().measurements().kpis(query);
    }

    /**
     * Counts the breaches of a period per term and department.
     *
     * @param period the period
     * @param scope  the scope
     * @return the counts
     */
    public List<BreachCount> breaches(Period period, Scope scope) {
        return context.store().measurements().breaches(period, scope);
    }

    /**
     * Computes a report: the figures and breaches of a query, read in one unit of work.
     *
     * @param query the query
     * @return the report
     */
    public MeasurementReport report(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        MeasurementReport report = context.store().inTransaction(() -> new MeasurementReport(query,
                context.store().measurements().kpis(query),
                context.store().measurements().breaches(query.period(), query.scope())));
        LOG.debug("KPI report for {} grouped by {}: {} rows, {} breach rows", query.period(), query.groupBy(),
                report.rows().size(), report.breaches().size());
        return report;
    }

    /**
     * Computes the report of a calendar month in the clock's zone.
     *
     * @param month   the month
     * @param scope   the tickets covered
     * @param groupBy what the figures are broken down by
     * @return the report
     */
    public MeasurementReport monthReport(YearMonth month, Scope scope, Grouping... groupBy) {
        return report(monthQuery(month, scope, groupBy));
    }

    /**
     * Lists the dissatisfied callbacks of a query's period and scope (score below the service's
     * threshold), with their tickets' department and kind, for a review (rule MS-3).
     *
     * @param query the query; its groupings are ignored
     * @return the callbacks, oldest first
     */
    public List<ScoredCallback> dissatisfied(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        return context.store().measurements().dissatisfied(query);
    }
}
