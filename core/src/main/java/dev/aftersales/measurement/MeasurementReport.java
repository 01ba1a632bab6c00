package dev.aftersales.measurement;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The service's figures of one period and scope as an embedding system shows them (rules MS-1,
 * MS-3, RP-6): one block per group with each rate as "37 / 40 (92.5 %)", the median and 90th
 * percentile of the time to first response and to closure (in calendar time, and in working time
 * where the store supplies the tickets' times), and the breaches per term and department; the dissatisfied callbacks with their rated aspects for a review (rule MS-3) and the
 * two-monthly callback rounds (rule MS-2); in English or Chinese ({@link #render(Locale)}) and as CSV
 * ({@link #toCsv(Locale)}, {@link #dissatisfiedCsv(Locale)}, {@link #roundsCsv(Locale)}).
 * Holds identifiers and counts only, no personal data.
 *
 * @param query        what was measured
 * @param rows         the figures, one row per group
 * @param breaches     the breaches of the period per term and department
 * @param dissatisfied the dissatisfied callbacks of the period, newest first (rule MS-3)
 * @param rounds       the callback rounds shown with the figures (rule MS-2)
 * @param workingTimes the times to first response and to closure in working time, per group (rule
 *                     MS-1); empty when the store does not supply them
 */
public record MeasurementReport(MeasurementQuery query, List<KpiRow> rows, List<BreachCount> breaches,
                                List<ScoredCallback> dissatisfied, List<CallbackRound> rounds,
                                List<WorkingTimes> workingTimes) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if an argument is null
     */
    public MeasurementReport {
        Objects.requireNonNull(query, "query");
        rows = List.copyOf(rows);
        breaches = List.copyOf(breaches);
        dissatisfied = dissatisfied.stream().sorted(ScoredCallback.ORDER).toList();
        rounds = List.copyOf(rounds);
        workingTimes = workingTimes.stream().sorted(Comparator.comparing(WorkingTimes::group, GroupKey.ORDER)).toList();
    }

    /**
     * Creates a report without working times.
     *
     * @param query        what was measured
     * @param rows         the figures, one row per group
     * @param breaches     the breaches of the period per term and department
     * @param dissatisfied the dissatisfied callbacks of the period (rule MS-3)
     * @param rounds       the callback rounds shown with the figures (rule MS-2)
     * @throws NullPointerException if an argument is null
     */
    public MeasurementReport(MeasurementQuery query, List<KpiRow> rows, List<BreachCount> breaches,
                             List<ScoredCallback> dissatisfied, List<CallbackRound> rounds) {
        this(query, rows, breaches, dissatisfied, rounds, List.of());
    }

    /**
     * Creates a report of the figures and breaches only, without a review or rounds.
     *
     * @param query    what was measured
     * @param rows     the figures, one row per group
     * @param breaches the breaches of the period per term and department
     * @throws NullPointerException if an argument is null
     */
    public MeasurementReport(MeasurementQuery query, List<KpiRow> rows, List<BreachCount> breaches) {
        this(query, rows, breaches, List.of(), List.of(), List.of());
    }

    /**
     * Returns a copy with the dissatisfied callbacks to review (rule MS-3).
     *
     * @param callbacks the callbacks
     * @return the copy
     */
    public MeasurementReport withDissatisfied(List<ScoredCallback> callbacks) {
        return new MeasurementReport(query, rows, breaches, callbacks, rounds, workingTimes);
    }

    /**
     * Returns a copy with the callback rounds to show (rule MS-2).
     *
     * @param callbackRounds the rounds
     * @return the copy
     */
    public MeasurementReport withRounds(List<CallbackRound> callbackRounds) {
        return new MeasurementReport(query, rows, breaches, dissatisfied, callbackRounds, workingTimes);
    }

    /**
     * Returns a copy with the times in working time (rule MS-1).
     *
     * @param times the working times, per group
     * @return the copy
     */
    public MeasurementReport withWorkingTimes(List<WorkingTimes> times) {
        return new MeasurementReport(query, rows, breaches, dissatisfied, rounds, times);
    }

    /**
     * Finds the working times of a group.
     *
     * @param group the group
     * @return the working times, or empty when none of its tickets had a response commitment
     */
    public Optional<WorkingTimes> workingTimesOf(GroupKey group) {
        Objects.requireNonNull(group, "group");
        return workingTimes.stream().filter(w -> w.group().equals(group)).findFirst();
    }

    /**
     * Returns the figures of all groups together: numerators and denominators added (durations are
     * not additive and are left out).
     *
     * @return the totals
     */
    public Kpis totals() {
        Figure response = Figure.empty();
        Figure handling = Figure.empty();
        Figure satisfaction = Figure.empty();
        Figure coverage = Figure.empty();
        long pending = 0;
        for (KpiRow r : rows) {
            response = response.plus(r.kpis().timelyResponse());
            handling = handling.plus(r.kpis().effectiveHandling());
            satisfaction = satisfaction.plus(r.kpis().satisfaction());
            coverage = coverage.plus(r.kpis().callbackCoverage());
            pending += r.kpis().responsePending();
        }
        return new Kpis(response, pending, handling, satisfaction, coverage, DurationSummary.empty(),
                DurationSummary.empty());
    }

    /**
     * Renders the report as text in English or Chinese (any other language gets English).
     *
     * @param locale the language
     * @return the text, lines separated by {@code \n}
     */
    public String render(Locale locale) {
        ReportLabels l = new ReportLabels(locale);
        StringBuilder b = new StringBuilder();
        LocalDate first = query.period().from().atZone(query.zone()).toLocalDate();
        LocalDate last = query.period().to().atZone(query.zone()).minusNanos(1).toLocalDate();
        b.append(l.format("title", first.toString(), last.toString(), query.zone().getId())).append('\n');
        b.append(l.format("scope", scopeText(l))).append('\n');
        for (KpiRow row : rows) {
            b.append('\n').append(groupText(row.group(), l)).append('\n');
            Kpis k = row.kpis();
            line(b, l.get("timelyResponse"), l.figure(k.timelyResponse())
                    + (k.responsePending() > 0 ? ", " + l.format("pending", k.responsePending()) : ""));
            line(b, l.get("effectiveHandling"), l.figure(k.effectiveHandling()));
            line(b, l.get("satisfaction"), l.figure(k.satisfaction()));
            line(b, l.get("callbackCoverage"), l.figure(k.callbackCoverage()));
            line(b, l.get("firstResponse"), durations(k.firstResponse(), l));
            line(b, l.get("closure"), durations(k.closure(), l));
            Optional<WorkingTimes> working = workingTimesOf(row.group());
            if (working.isPresent()) {
                line(b, l.get("firstResponse.working"), durations(working.get().firstResponse(), l));
                line(b, l.get("closure.working"), durations(working.get().closure(), l));
                if (working.get().notMeasured() > 0) {
                    line(b, l.get("notMeasured"), Long.toString(working.get().notMeasured()));
                }
            }
        }
        b.append('\n').append(l.get("breaches")).append('\n');
        if (breaches.isEmpty()) {
            b.append("  ").append(l.get("breaches.none")).append('\n');
        }
        for (BreachCount c : breaches) {
            b.append("  ").append(l.format("breach", c.termKey(),
                    c.department() == null ? l.get("none") : c.department().value(), c.breaches())).append('\n');
        }
        ReviewSections review = new ReviewSections(l, query.zone());
        review.dissatisfied(b, dissatisfied, query.settings().satisfiedFrom());
        review.rounds(b, rounds);
        return b.toString();
    }

    /**
     * Exports the dissatisfied callbacks as CSV (as {@link #toCsv(Locale)}): time (ISO-8601), ticket,
     * kind, estate, building, department, method, score and the three rated aspects (empty when
     * not rated), newest first (rule MS-3).
     *
     * @param locale the language of the header and of kind names
     * @return the CSV text
     */
    public String dissatisfiedCsv(Locale locale) {
        StringBuilder b = new StringBuilder();
        new ReviewSections(new ReportLabels(locale), query.zone()).dissatisfiedCsv(dissatisfied)
                .forEach(f -> csvLine(b, f));
        return b.toString();
    }

    /**
     * Exports the entries of the callback rounds as CSV (as {@link #toCsv(Locale)}): the round's
     * period, the owner, the number of tickets, the last closure, the status, the method and when it
     * was tracked (rule MS-2).
     *
     * @param locale the language of the header
     * @return the CSV text
     */
    public String roundsCsv(Locale locale) {
        StringBuilder b = new StringBuilder();
        new ReviewSections(new ReportLabels(locale), query.zone()).roundsCsv(rounds).forEach(f -> csvLine(b, f));
        return b.toString();
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append("  ").append(label).append(": ").append(value).append('\n');
    }

    private static String durations(DurationSummary s, ReportLabels l) {
        if (s.count() == 0) {
            return l.get("durations.none");
        }
        return l.format("durations", l.duration(s.median()), l.duration(s.p90()), s.count());
    }

    private String scopeText(ReportLabels l) {
        Scope s = query.scope();
        List<String> parts = new ArrayList<>();
        s.estates().stream().map(EstateId::value).sorted().forEach(v -> parts.add(l.get("estate") + " " + v));
        s.buildings().stream().map(BuildingId::value).sorted().forEach(v -> parts.add(l.get("building") + " " + v));
        s.departments().stream().map(DepartmentId::value).sorted().forEach(v -> parts.add(l.get("department") + " " + v));
        s.kinds().stream().sorted().forEach(k -> parts.add(l.get("kind") + " " + k.displayName(l.locale())));
        return parts.isEmpty() ? l.get("scope.all") : String.join(", ", parts);
    }

    private String groupText(GroupKey g, ReportLabels l) {
        StringJoiner j = new StringJoiner(", ");
        if (query.groups(Grouping.ESTATE)) {
            j.add(l.get("estate") + " " + (g.estate() == null ? l.get("none") : g.estate().value()));
        }
        if (query.groups(Grouping.BUILDING)) {
            j.add(l.get("building") + " " + (g.building() == null ? l.get("none") : g.building().value()));
        }
        if (query.groups(Grouping.DEPARTMENT)) {
            j.add(l.get("department") + " " + (g.department() == null ? l.get("none") : g.department().value()));
        }
        if (query.groups(Grouping.KIND)) {
            j.add(l.get("kind") + " " + (g.kind() == null ? l.get("none") : g.kind().displayName(l.locale())));
        }
        if (query.groups(Grouping.MONTH)) {
            j.add(l.get("month") + " " + g.month());
        }
        return j.length() == 0 ? l.get("group.total") : j.toString();
    }

    /**
     * Exports the rows as CSV (RFC 4180: comma-separated, fields quoted where needed, CRLF line
     * ends), with a header row in English or Chinese: the group columns the query groups by, then
     * numerator, denominator and percent (empty when nothing was measured) of each rate, the pending
     * count, and count, median and 90th percentile (ISO-8601 durations) of each time: to first
     * response and to closure in calendar time, then both in working time (empty where the report
     * has none for the group), and the tickets not measured in working time.
     *
     * @param locale the language of the header and of kind names
     * @return the CSV text
     */
    public String toCsv(Locale locale) {
        ReportLabels l = new ReportLabels(locale);
        List<String> header = new ArrayList<>();
        for (Grouping g : Grouping.values()) {
            if (query.groups(g)) {
                header.add(l.get(g.name().toLowerCase(Locale.ROOT)));
            }
        }
        for (String rate : List.of("timelyResponse", "effectiveHandling", "satisfaction", "callbackCoverage")) {
            header.add(l.get(rate) + " " + l.get("csv.numerator"));
            header.add(l.get(rate) + " " + l.get("csv.denominator"));
            header.add(l.get(rate) + " " + l.get("csv.percent"));
            if (rate.equals("timelyResponse")) {
                header.add(l.format("pending", "").trim());
            }
        }
        for (String time : List.of("firstResponse", "closure", "firstResponse.working", "closure.working")) {
            header.add(l.get(time) + " " + l.get("csv.count"));
            header.add(l.get(time) + " " + l.get("csv.median"));
            header.add(l.get(time) + " " + l.get("csv.p90"));
        }
        header.add(l.get("notMeasured"));
        StringBuilder b = new StringBuilder();
        csvLine(b, header);
        for (KpiRow row : rows) {
            List<String> f = new ArrayList<>();
            GroupKey g = row.group();
            if (query.groups(Grouping.ESTATE)) {
                f.add(g.estate() == null ? "" : g.estate().value());
            }
            if (query.groups(Grouping.BUILDING)) {
                f.add(g.building() == null ? "" : g.building().value());
            }
            if (query.groups(Grouping.DEPARTMENT)) {
                f.add(g.department() == null ? "" : g.department().value());
            }
            if (query.groups(Grouping.KIND)) {
                f.add(g.kind() == null ? "" : g.kind().displayName(l.locale()));
            }
            if (query.groups(Grouping.MONTH)) {
                f.add(g.month().toString());
            }
            Kpis k = row.kpis();
            figure(f, k.timelyResponse());
            f.add(Long.toString(k.responsePending()));
            figure(f, k.effectiveHandling());
            figure(f, k.satisfaction());
            figure(f, k.callbackCoverage());
            summary(f, k.firstResponse());
            summary(f, k.closure());
            Optional<WorkingTimes> working = workingTimesOf(g);
            summary(f, working.map(WorkingTimes::firstResponse).orElse(DurationSummary.empty()));
            summary(f, working.map(WorkingTimes::closure).orElse(DurationSummary.empty()));
            f.add(Long.toString(working.map(WorkingTimes::notMeasured).orElse(0L)));
            csvLine(b, f);
        }
        return b.toString();
    }

    private static void figure(List<String> f, Figure figure) {
        f.add(Long.toString(figure.numerator()));
        f.add(Long.toString(figure.denominator()));
        f.add(figure.percent().map(p -> p.toPlainString()).orElse(""));
    }

    private static void summary(List<String> f, DurationSummary s) {
        f.add(Long.toString(s.count()));
        f.add(s.medianIfAny().map(Duration::toString).orElse(""));
        f.add(s.p90IfAny().map(Duration::toString).orElse(""));
    }

    private static void csvLine(StringBuilder b, List<String> fields) {
        StringJoiner j = new StringJoiner(",");
        for (String field : fields) {
            boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
            j.add(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        b.append(j).append("\r\n");
    }
}
