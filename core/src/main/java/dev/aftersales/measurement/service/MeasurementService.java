package dev.aftersales.measurement.service;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.measurement.BreachCount;
import dev.aftersales.measurement.CallbackRound;
import dev.aftersales.measurement.Grouping;
import dev.aftersales.measurement.KpiRow;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.MeasurementReport;
import dev.aftersales.measurement.MeasurementSettings;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.RoundEntryStatus;
import dev.aftersales.measurement.Scope;
import dev.aftersales.measurement.ScoredCallback;
import dev.aftersales.measurement.WorkingTimes;
import dev.aftersales.property.OwnerId;
import dev.aftersales.spi.UnsupportedRepositoryException;
import dev.aftersales.step.StepContext;
import dev.aftersales.ticket.CallbackMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Measuring the service (rules MS-1, MS-2, MS-3, RP-6): the timely-response, effective-handling,
 * satisfaction and callback-coverage rates, the times to first response and to closure, and the
 * breaches per term and department, for a period and scope, computed by the store's aggregate
 * queries ({@link dev.aftersales.spi.MeasurementRepository}). Months are those of the injected
 * clock's time zone. Reads only, but for the two-monthly callback rounds (rule MS-2), which it
 * generates and tracks.
 */
public final class MeasurementService {

    private static final Logger LOG = LoggerFactory.getLogger(MeasurementService.class);

    private final StepContext context;
    private final MeasurementSettings settings;
    private final CalendarRegistry calendars;

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
        this(context, settings, CalendarRegistry.withReadyCalendars());
    }

    /**
     * Creates the service with given settings, measuring working time on the given calendars.
     *
     * @param context   the store, clock and the rest
     * @param settings  the response terms, reopening window and satisfaction threshold
     * @param calendars the business calendars the response commitments name (rule MS-1, working time)
     */
    public MeasurementService(StepContext context, MeasurementSettings settings, CalendarRegistry calendars) {
        this.context = Objects.requireNonNull(context, "context");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
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
        return new MeasurementService(context, newSettings, calendars);
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
     * Computes the median and 90th percentile of the time to first response and to closure in
     * working time, per group of a query (rule MS-1): each ticket on the current version of the
     * business calendar its response commitments name ({@link WorkingTimes}). The store supplies the
     * tickets' instants; the working time is computed here, on the desk's calendars.
     *
     * @param query the query
     * @return one entry per group with a ticket that has a response commitment, in group order
     * @throws dev.aftersales.spi.UnsupportedRepositoryException if the store does not supply the
     *                                                           tickets' times
     */
    public List<WorkingTimes> workingTimes(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        return WorkingTimes.summarize(context.store().measurements().ticketTimes(query), calendars::find);
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
     * Computes a report: the figures, breaches and dissatisfied callbacks (rule MS-3) of a query,
     * read in one unit of work.
     *
     * @param query the query
     * @return the report
     */
    public MeasurementReport report(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        MeasurementReport report = context.effects().read(() -> new MeasurementReport(query,
                context.store().measurements().kpis(query),
                context.store().measurements().breaches(query.period(), query.scope()),
                context.store().measurements().dissatisfied(query), List.of(), workingTimesIfSupplied(query)));
        LOG.debug("KPI report for {} grouped by {}: {} rows, {} breach rows", query.period(), query.groupBy(),
                report.rows().size(), report.breaches().size());
        return report;
    }

    private List<WorkingTimes> workingTimesIfSupplied(MeasurementQuery query) {
        try {
            return workingTimes(query);
        } catch (UnsupportedRepositoryException noTimes) {
            LOG.debug("the store supplies no ticket times; the report of {} has no working times", query.period());
            return List.of();
        }
    }

    /**
     * Computes the report of a calendar month in the clock's zone, with the two-monthly callback
     * rounds that cover the month (those starting in it or in the month before) if they were
     * generated (rule MS-2).
     *
     * @param month   the month
     * @param scope   the tickets covered
     * @param groupBy what the figures are broken down by
     * @return the report
     */
    public MeasurementReport monthReport(YearMonth month, Scope scope, Grouping... groupBy) {
        MeasurementReport report = report(monthQuery(month, scope, groupBy));
        List<CallbackRound> rounds = new ArrayList<>();
        try {
            findCallbackRound(month.minusMonths(1)).ifPresent(rounds::add);
            findCallbackRound(month).ifPresent(rounds::add);
        } catch (UnsupportedRepositoryException noRounds) {
            LOG.debug("the store keeps no callback rounds; the report of {} shows none", month);
        }
        return report.withRounds(rounds);
    }

    /**
     * Lists the dissatisfied callbacks of a query's period and scope (score below the service's
     * threshold), with their tickets' department and kind and the rated aspects, for a review
     * (rule MS-3).
     *
     * @param query the query; its groupings are ignored
     * @return the callbacks, newest first
     */
    public List<ScoredCallback> dissatisfied(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        return context.store().measurements().dissatisfied(query);
    }

    /**
     * Generates the two-monthly callback round that starts in a month (rule MS-2): the round covers
     * that month and the next one in the clock's zone, and lists the customers whose tickets closed
     * in the two months two months earlier, one entry each. Generating it again gives the same round.
     *
     * @param firstMonth the round's first month
     * @return the round
     * @throws dev.aftersales.spi.UnsupportedRepositoryException if the store keeps no rounds
     */
    public CallbackRound callbackRound(YearMonth firstMonth) {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Period period = roundPeriod(firstMonth);
        CallbackRound round = context.effects().<DomainEvent, CallbackRound>run(published -> context.store()
                .callbackRounds().generate(period, CallbackRound.windowOf(period, context.clock().getZone()),
                        context.clock().instant()));
        LOG.debug("callback round {}: {} customers", period, round.entries().size());
        return round;
    }

    /**
     * Finds the two-monthly callback round that starts in a month, if it was generated (rule MS-2).
     *
     * @param firstMonth the round's first month
     * @return the round, or empty
     */
    public Optional<CallbackRound> findCallbackRound(YearMonth firstMonth) {
        Period period = roundPeriod(Objects.requireNonNull(firstMonth, "firstMonth"));
        return context.effects().read(() -> context.store().callbackRounds().find(period));
    }

    /**
     * Tracks a customer of a two-monthly callback round to done or not reached, now on the clock
     * (rule MS-2).
     *
     * @param firstMonth the round's first month
     * @param owner      the customer
     * @param outcome    {@link RoundEntryStatus#DONE} or {@link RoundEntryStatus#NOT_REACHED}
     * @param method     phone, email or visit
     * @return the round after tracking
     * @throws dev.aftersales.measurement.CallbackRoundException if the round or the customer's entry
     *                                                           does not exist, or the entry is done
     */
    public CallbackRound trackCallbackRound(YearMonth firstMonth, OwnerId owner, RoundEntryStatus outcome,
                                            CallbackMethod method) {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Period period = roundPeriod(firstMonth);
        return context.effects().<DomainEvent, CallbackRound>run(published -> context.store().callbackRounds()
                .track(period, owner, outcome, method, context.clock().instant()));
    }

    private Period roundPeriod(YearMonth firstMonth) {
        return Period.of(Period.month(firstMonth, context.clock().getZone()).from(),
                Period.month(firstMonth.plusMonths(1), context.clock().getZone()).to());
    }
}
