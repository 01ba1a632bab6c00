package dev.aftersales.calendar;

import dev.aftersales.common.Identifiers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A business calendar (rule SL-1): a time zone, a {@link WeeklyPattern} of working periods, and
 * layers of dated exceptions ({@link DayOverrides}: official public holidays with their make-up
 * working days, a company's closures, an estate's own closures) that override the pattern, the
 * later layer winning on a date both mention. With exact working-time arithmetic:
 * <ul>
 *   <li>{@link #isWorkingTime}, {@link #nextWorkingInstant}: is an instant inside a working period
 *       (periods are half-open, {@code [start, end)});</li>
 *   <li>{@link #plus} (rule SL-3): a zero target is due at the start; otherwise counting starts at
 *       the start if it is working time, else at the next period's start, and the deadline is the
 *       instant at which exactly the target has elapsed; a target used up exactly at the end of a
 *       period is due at that end, not at the next period's start;</li>
 *   <li>{@link #between} (rule SL-4): the working time inside {@code [a, b)}; for every start
 *       {@code s} and target {@code d >= 0}, {@code between(s, plus(s, d)) = d}, {@code plus} is
 *       monotonic and {@code plus(plus(s, d1), d2) = plus(s, d1 + d2)};</li>
 *   <li>{@link #plusWorkingDays}, {@link #workingDaysBetween} (rule SL-5): the deadline of
 *       {@code n} working days is the end of the last working period of the {@code n}-th working
 *       day strictly after the local date of the start; a working day is a date with some working
 *       time;</li>
 *   <li>{@link #nonWorkingSpans}: the non-working spans between two instants, with their reasons
 *       and names, which explain deadlines (rule SL-15).</li>
 * </ul>
 *
 * <p><b>Daylight saving (rule SL-2).</b> Working time is elapsed real time, the difference of two
 * instants: a clock change inside a working period changes that period's length. A local time
 * {@code t} on a date becomes the first instant at which the zone's wall clock reads {@code t} or
 * later: in an overlap (clocks set back) that is the earlier offset, as
 * {@link java.time.ZonedDateTime#of} chooses; in a gap (clocks set forward) it is the end of the
 * gap, as {@link LocalDate#atStartOfDay(ZoneId)} chooses for midnight. So on the day Berlin sets
 * its clocks from 02:00 to 03:00, a period {@code 01:00-04:00} lasts two hours and a period
 * {@code 02:15-02:45} vanishes; when it sets them back from 03:00 to 02:00 the same period lasts
 * four hours. 24:00 is the start of the next day. Days are {@code [start of date, start of next
 * date)} under the same rule.
 *
 * <p><b>Coverage (rule SL-16).</b> Each layer knows the dates its exceptions cover; the calendar
 * covers their intersection ({@link #coverage()}); a layer that declares no coverage (an estate's
 * closures, usually) covers every date and so does not shrink it. A layer that
 * {@linkplain DayOverrides#extendsLayer() extends} another (next year's official holidays) is
 * folded into it ({@link DayOverrides#extendedBy}) and extends its coverage instead. A
 * computation that needs a date outside the coverage uses
 * the weekly pattern for that date; the {@code explain...} methods report such dates in
 * {@link WorkingTimeExplanation#uncoveredDates()}, and a {@linkplain #strict() strict} calendar
 * refuses with an {@link OutsideCoverageException} instead. The dates a computation needs: those
 * from the date of its start to the date of its last working (or skipped) instant; for working-day
 * counts the dates after the start date up to the deadline's date.
 *
 * <p><b>Identity (rules SL-14, SL-15).</b> A calendar has an {@link #id()} and a {@link #version()}:
 * the one supplied when built, or else a fingerprint of its data, so that a change of its exceptions
 * changes its version.
 *
 * <p><b>Limits.</b> Every operation answers bad input with a {@link CalendarArgumentException}
 * naming the parameter: a negative target, a working-days count below 1, an instant or a date
 * whose local date in the calendar's zone lies outside {@link #MIN_DATE}..{@link #MAX_DATE}, two
 * instants more than {@link #MAX_SPAN} apart, two dates more than its days apart, or a target
 * whose deadline would lie beyond those limits. So no computation walks more than five hundred
 * years, and none fails with a {@code DateTimeException} or an {@code ArithmeticException}.
 *
 * <p><b>Performance and memory.</b> Calendars are immutable values and safe for use by several
 * threads. Arithmetic is table-driven: per calendar year, the working intervals of each day with
 * cumulative working time, built lazily, so that {@code plus} and {@code between} cost about the
 * same for an hour and for a year. A calendar keeps at most {@link #YEAR_CACHE_SIZE} year tables:
 * a run of consecutive years (the years it is used for) and the least recently used others.
 *
 * <p>Usage:
 * <pre>{@code
 * BusinessCalendar office = BusinessCalendars.chinaOffice();           // Mon-Fri, official holidays
 * Instant reported = ZonedDateTime.of(2025, 1, 24, 20, 0, 0, 0, office.zone()).toInstant();
 * Instant due = office.plusWorkingDays(reported, 1);                   // Sun 2025-01-26 18:00, a make-up day
 * Instant answer = office.plus(reported, Duration.ofHours(24));        // 24 working hours later
 * WorkingTimeExplanation why = office.explainPlus(reported, Duration.ofHours(24)); // spans skipped, with names
 * Optional<LocalDate> known = office.coveredUntil(LocalDate.of(2026, 12, 4)); // 2026-12-31 as shipped
 * }</pre>
 */
public final class BusinessCalendar {

    /** The first date calendars compute on: 0001-01-01. Instants before its start are refused. */
    public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);

    /** The last date calendars compute on: 9999-12-31. Instants after its end are refused. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

    /**
     * The longest stretch one computation may span: 182,621 days, five hundred years. {@link #plus}
     * and {@link #explainPlus} refuse a target whose deadline would lie more than this after the
     * start (so any target longer than this), {@link #between}, {@link #explainBetween} and
     * {@link #nonWorkingSpans} two instants further apart, {@link #plusWorkingDays} a deadline
     * whose date lies more than its days after the start's date (so any count above 182,621),
     * {@link #workingDaysBetween} two dates further apart, and {@link #nextWorkingInstant} an
     * instant with no working time in this span. A commitment policy can refuse longer targets
     * when it is validated.
     */
    public static final Duration MAX_SPAN = Duration.ofDays(182_621);

    /**
     * The most year tables (one per calendar year used) a calendar keeps in memory: 128. Years
     * beyond them are rebuilt when needed again, the least recently used first dropped.
     */
    public static final int YEAR_CACHE_SIZE = 128;

    private final String id;
    private final String suppliedVersion;
    private final ZoneId zone;
    private final WeeklyPattern pattern;
    private final List<DayOverrides> layers;
    private final DayOfWeek makeUpHoursOf;
    private final boolean strict;
    private final DateCoverage coverage;
    private final String fingerprint;
    private final WorkingTimeEngine engine;

    private BusinessCalendar(String id, String suppliedVersion, ZoneId zone, WeeklyPattern pattern,
                             List<DayOverrides> layers, DayOfWeek makeUpHoursOf, boolean strict) {
        this.id = Identifiers.requireValid("calendar id", id);
        this.suppliedVersion = suppliedVersion;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.layers = fold(id, layers);
        this.makeUpHoursOf = Objects.requireNonNull(makeUpHoursOf, "makeUpHoursOf");
        this.strict = strict;
        if (pattern.isEmpty()) {
            throw new BilingualArgumentException("calendar " + id + ": the weekly pattern has no working period",
                    "日历 " + id + "：每周工作时间中没有任何工作时段");
        }
        if (suppliedVersion != null && (suppliedVersion.isBlank() || !suppliedVersion.strip().equals(suppliedVersion)
                || suppliedVersion.chars().anyMatch(Character::isWhitespace))) {
            throw new BilingualArgumentException("calendar " + id + ": a version is one word, got '" + suppliedVersion + "'",
                    "日历 " + id + "：版本须为一个词，实际是 '" + suppliedVersion + "'");
        }
        DateCoverage c = DateCoverage.ALL;
        for (DayOverrides layer : this.layers) {
            c = c.intersect(layer.coverage());
            for (DayOverride o : layer.entries()) {
                if (o instanceof MakeUpWorkday m) {
                    DayOfWeek like = m.hoursOf().orElse(makeUpHoursOf);
                    if (pattern.hoursOn(like).isEmpty()) {
                        throw new BilingualArgumentException("calendar " + id + ": make-up working day " + m.date()
                                + " in " + layer.id() + " takes the hours of " + like + ", which has none",
                                "日历 " + id + "：" + layer.id() + " 中的调休上班日 " + m.date() + " 按"
                                + Messages.weekdayZh(like) + "的工作时间上班，但" + Messages.weekdayZh(like) + "没有工作时间");
                    }
                }
            }
        }
        this.coverage = c;
        this.fingerprint = fingerprint(CalendarFormat.canonicalData(this));
        this.engine = new WorkingTimeEngine(zone, this::resolve);
    }

    /**
     * Folds each extension into the layer it extends (rule SL-16): the nearest earlier layer with
     * that id. Refuses an ordinary layer that would leave the calendar covering no date at all
     * although the layers before it cover some: a year meant to extend them, not declared so.
     */
    private static List<DayOverrides> fold(String id, List<DayOverrides> layers) {
        List<DayOverrides> out = new ArrayList<>();
        for (DayOverrides layer : layers) {
            Objects.requireNonNull(layer, "layer");
            Optional<String> base = layer.extendsLayer();
            if (base.isEmpty()) {
                String problem = disjointLayer(out, layer);
                if (problem != null) {
                    throw new BilingualArgumentException("calendar " + id + ": " + problem,
                            "日历 " + id + "：" + disjointLayer(out, layer, Locale.CHINESE));
                }
                out.add(layer);
                continue;
            }
            int at = out.size() - 1;
            while (at >= 0 && !out.get(at).id().equals(base.get())) {
                at--;
            }
            if (at < 0) {
                List<String> below = out.stream().map(DayOverrides::id).toList();
                throw new BilingualArgumentException("calendar " + id + ": layer " + layer.id() + " extends "
                        + base.get() + ", which is not among the layers before it " + below,
                        "日历 " + id + "：层 " + layer.id() + " 扩展了 " + base.get() + "，但 " + base.get() + " 不在该层之前的层 " + below
                        + " 中");
            }
            out.set(at, out.get(at).extendedBy(layer));
        }
        return List.copyOf(out);
    }

    /**
     * Describes the problem of a layer whose declared coverage shares no date with the non-empty
     * coverage of the layers below it, or returns null.
     */
    static String disjointLayer(List<DayOverrides> below, DayOverrides layer) {
        return disjointLayer(below, layer, Locale.ENGLISH);
    }

    /** As {@link #disjointLayer(List, DayOverrides)}, in English or (for a Chinese locale) Chinese. */
    static String disjointLayer(List<DayOverrides> below, DayOverrides layer, Locale locale) {
        DateCoverage c = DateCoverage.ALL;
        String lastDeclared = null;
        for (DayOverrides l : below) {
            c = c.intersect(l.coverage());
            if (!l.coverage().isAll()) {
                lastDeclared = l.id();
            }
        }
        DateCoverage mine = layer.coverage();
        if (c.isAll() || c.ranges().isEmpty() || mine.isAll() || mine.ranges().isEmpty()
                || !c.intersect(mine).ranges().isEmpty()) {
            return null;
        }
        if (Messages.chinese(locale)) {
            return "层 " + layer.id() + " 覆盖 " + mine + "，与其下各层覆盖的日期（" + c + "）没有交集，因此日历不会覆盖任何日期"
                    + "（规则 SL-16）。若要把这些日期加到 " + lastDeclared + "，请把该层声明为它的扩展："
                    + "DayOverrides.Builder.extendsLayer(\"" + lastDeclared + "\")、withExtendsLayer，或写一行 'extends "
                    + lastDeclared + "'";
        }
        return "layer " + layer.id() + " covers " + mine + ", none of the dates the layers below it cover (" + c
                + "), so the calendar would cover no date (rule SL-16). To add these dates to " + lastDeclared
                + ", declare the layer an extension of it: DayOverrides.Builder.extendsLayer(\"" + lastDeclared
                + "\"), withExtendsLayer, or the line 'extends " + lastDeclared + "'";
    }

    /**
     * Starts building a calendar.
     *
     * @param id   the calendar's identifier, e.g. {@code cn-office} ({@link Identifiers} rules)
     * @param zone the time zone its local times are in
     * @return a builder
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code id} is malformed
     */
    public static Builder builder(String id, ZoneId zone) {
        return new Builder(id, zone);
    }

    private static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    ResolvedDay resolve(LocalDate date) {
        boolean covered = coverage.covers(date);
        for (int i = layers.size() - 1; i >= 0; i--) {
            Optional<DayOverride> found = layers.get(i).find(date);
            if (found.isPresent()) {
                DayOverride o = found.get();
                if (o instanceof DayOff off) {
                    NonWorkingReason r = off.kind() == DayOffKind.PUBLIC_HOLIDAY
                            ? NonWorkingReason.PUBLIC_HOLIDAY : NonWorkingReason.CLOSURE;
                    return new ResolvedDay(date, WorkingHours.NONE, r, off.name(), covered);
                }
                if (o instanceof MakeUpWorkday m) {
                    return new ResolvedDay(date, pattern.hoursOn(m.hoursOf().orElse(makeUpHoursOf)),
                            NonWorkingReason.OUTSIDE_HOURS, m.name(), covered);
                }
                SpecialHours sh = (SpecialHours) o;
                return new ResolvedDay(date, sh.hours(), NonWorkingReason.OUTSIDE_HOURS, sh.name(), covered);
            }
        }
        WorkingHours h = pattern.hoursOn(date.getDayOfWeek());
        return new ResolvedDay(date, h, h.isEmpty() ? NonWorkingReason.REST_DAY : NonWorkingReason.OUTSIDE_HOURS,
                "", covered);
    }

    // ---- identity and data ---------------------------------------------------------------

    /**
     * Gets the identifier the commitment engine and the {@link CalendarRegistry} know it by.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Gets the version (rules SL-14, SL-15): the one supplied when built, or else
     * {@link #fingerprint()}.
     *
     * @return the version, one word
     */
    public String version() {
        return suppliedVersion != null ? suppliedVersion : fingerprint;
    }

    /**
     * Gets the fingerprint of the calendar's data (zone, pattern, make-up weekday and every layer's
     * id, coverage, sources and exceptions): it changes whenever any of them changes. The id,
     * the supplied version and strictness are not part of it.
     *
     * @return {@code sha256-} and 16 hex digits
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Gets the id and version as one value, as explanations record it.
     *
     * @return the reference
     */
    public CalendarRef ref() {
        return new CalendarRef(id, version());
    }

    /**
     * Gets the time zone of the calendar's local times (rule SL-2).
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Gets the weekly pattern (rule SL-1).
     *
     * @return the pattern
     */
    public WeeklyPattern weeklyPattern() {
        return pattern;
    }

    /**
     * Gets the layers of dated exceptions, in order; a later layer wins on a date both mention.
     *
     * @return the layers
     */
    public List<DayOverrides> overrideLayers() {
        return layers;
    }

    /**
     * Gets the weekday whose hours a make-up working day takes unless it names its own (rule SL-1).
     *
     * @return the weekday, Monday by default
     */
    public DayOfWeek makeUpHoursOf() {
        return makeUpHoursOf;
    }

    /**
     * Checks if the calendar refuses computations outside its coverage (rule SL-16).
     *
     * @return true if strict
     */
    public boolean strict() {
        return strict;
    }

    /**
     * Gets the dates the calendar's exceptions cover: the intersection of its layers' coverage
     * (rule SL-16).
     *
     * @return the coverage
     */
    public DateCoverage coverage() {
        return coverage;
    }

    /**
     * Checks if every date of a range is covered (rule SL-16).
     *
     * @param first the first date
     * @param last  the last date (inclusive)
     * @return true if all are covered
     * @throws NullPointerException     if a date is null
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public boolean coversDates(LocalDate first, LocalDate last) {
        return coverage.covers(first, last);
    }

    /**
     * Gets how long the calendar's exceptions are known from a date on (rule SL-16): the last
     * date of the covered run of dates starting there, e.g. 2026-12-31 for
     * {@link BusinessCalendars#chinaOffice()} as shipped. Deadlines needing later dates fall back
     * to the weekly pattern (or, strict, are refused).
     *
     * @param from the first date, e.g. today in the calendar's zone
     * @return the last covered date of the run from {@code from}; the day before {@code from} if
     *         it is not covered; empty if every date from {@code from} on is covered
     * @throws NullPointerException     if {@code from} is null
     * @throws IllegalArgumentException if {@code from} is {@link LocalDate#MIN}
     */
    public Optional<LocalDate> coveredUntil(LocalDate from) {
        return coverage.coveredUntil(from);
    }

    /**
     * Finds the exception that governs a date, from the last layer that has one.
     *
     * @param date the date
     * @return the exception, or empty if the weekly pattern applies
     * @throws NullPointerException if {@code date} is null
     */
    public Optional<DayOverride> overrideOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (int i = layers.size() - 1; i >= 0; i--) {
            Optional<DayOverride> o = layers.get(i).find(date);
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    /**
     * Gets the working hours of a date after applying the exceptions (rule SL-1).
     *
     * @param date the date
     * @return its hours, possibly none
     * @throws NullPointerException      if {@code date} is null
     * @throws CalendarArgumentException if the date is outside {@link #MIN_DATE}..{@link #MAX_DATE}
     * @throws OutsideCoverageException   if strict and the date is not covered
     */
    public WorkingHours hoursOn(LocalDate date) {
        supported("date", date);
        requireCovered(date, date);
        return engine.day(date).hours();
    }

    /**
     * Checks if a date is a working day: it has some working time (rule SL-5). A date whose only
     * period falls into a daylight-saving gap is not.
     *
     * @param date the date
     * @return true if the date has working time
     * @throws NullPointerException      if {@code date} is null
     * @throws CalendarArgumentException if the date is outside {@link #MIN_DATE}..{@link #MAX_DATE}
     * @throws OutsideCoverageException   if strict and the date is not covered
     */
    public boolean isWorkingDay(LocalDate date) {
        supported("date", date);
        requireCovered(date, date);
        YearTable t = engine.year(date.getYear());
        return t.isWorkingDay(date.getDayOfYear() - 1);
    }

    // ---- arithmetic ---------------------------------------------------------------------------

    /**
     * Checks if an instant is working time: inside a working period (rule SL-1).
     *
     * @param instant the instant
     * @return true if working
     * @throws NullPointerException      if {@code instant} is null
     * @throws CalendarArgumentException if its local date is outside {@link #MIN_DATE}..{@link #MAX_DATE}
     * @throws OutsideCoverageException   if strict and its date is not covered
     */
    public boolean isWorkingTime(Instant instant) {
        supported("instant", instant);
        if (strict) {
            LocalDate d = engine.dateAt(instant);
            requireCovered(d, d);
        }
        return engine.isWorkingTime(instant);
    }

    /**
     * Gets the first working instant at or after an instant (rule SL-3: where counting starts).
     *
     * @param instant the instant
     * @return the instant itself if it is working time, else the start of the next working period
     * @throws NullPointerException      if {@code instant} is null
     * @throws CalendarArgumentException if its local date is outside {@link #MIN_DATE}..{@link #MAX_DATE},
     *                                   or no working time follows within {@link #MAX_SPAN} before
     *                                   the end of {@link #MAX_DATE}
     * @throws OutsideCoverageException   if strict and a needed date is not covered
     */
    public Instant nextWorkingInstant(Instant instant) {
        supported("instant", instant);
        Instant next = engine.nextWorkingInstant(instant);
        if (strict) {
            requireCovered(engine.dateAt(instant), engine.dateAt(next));
        }
        return next;
    }

    /**
     * Gets the deadline of a business-time target (rules SL-3, SL-4): the instant at which exactly
     * {@code target} of working time has elapsed from {@code start}.
     *
     * @param start  the start
     * @param target the working time, zero or more
     * @return {@code start} if the target is zero, else the deadline
     * @throws NullPointerException      if an argument is null
     * @throws CalendarArgumentException if the start's local date is outside
     *                                   {@link #MIN_DATE}..{@link #MAX_DATE}, the target is negative,
     *                                   or the deadline would lie more than {@link #MAX_SPAN} after
     *                                   the start or after {@link #MAX_DATE}
     * @throws OutsideCoverageException   if strict and a needed date is not covered
     */
    public Instant plus(Instant start, Duration target) {
        supported("start", start);
        checkTarget(target);
        Instant end = engine.plus(start, target);
        if (strict && !target.isZero()) {
            requireCovered(neededDates(start, end));
        }
        return end;
    }

    /**
     * Gets the working time inside {@code [a, b)} (rule SL-4); negative when {@code b} is before
     * {@code a} ({@code between(a, b) = -between(b, a)}), so that
     * {@code between(a, b) + between(b, c) = between(a, c)} for all instants.
     *
     * @param a the start (inclusive)
     * @param b the end (exclusive)
     * @return the working time
     * @throws NullPointerException      if an argument is null
     * @throws CalendarArgumentException if an instant's local date is outside
     *                                   {@link #MIN_DATE}..{@link #MAX_DATE}, or they are more than
     *                                   {@link #MAX_SPAN} apart
     * @throws OutsideCoverageException   if strict and a needed date is not covered
     */
    public Duration between(Instant a, Instant b) {
        supported("a", a);
        supported("b", b);
        withinSpan("b", a, b);
        Duration d = engine.between(a, b);
        if (strict && !a.equals(b)) {
            requireCovered(a.isBefore(b) ? neededDates(a, b) : neededDates(b, a));
        }
        return d;
    }

    /**
     * Gets the deadline of a working-days target (rule SL-5): the end of the last working period of
     * the {@code n}-th working day strictly after the local date of {@code start} (the start date
     * never counts, working day or not). With the hours 09:00-12:00 and 13:30-18:00 Monday to
     * Friday: reported Monday 10:00, one working day: Tuesday 18:00; reported Friday 20:00 before a
     * normal weekend: Monday 18:00.
     *
     * @param start the start
     * @param n     the number of working days, at least 1
     * @return the deadline
     * @throws NullPointerException      if {@code start} is null
     * @throws CalendarArgumentException if the start's local date is outside
     *                                   {@link #MIN_DATE}..{@link #MAX_DATE}, {@code n} is less than 1,
     *                                   or the deadline's date would lie more than the days of
     *                                   {@link #MAX_SPAN} after the start's date or after {@link #MAX_DATE}
     * @throws OutsideCoverageException   if strict and a needed date is not covered
     */
    public Instant plusWorkingDays(Instant start, int n) {
        supported("start", start);
        checkWorkingDays(n);
        LocalDate startDate = start.atZone(zone).toLocalDate();
        Instant end = engine.plusWorkingDays(startDate, n);
        if (strict) {
            requireCovered(startDate.plusDays(1), engine.dateAt(end.minusNanos(1)));
        }
        return end;
    }

    /**
     * Counts the working days after one date up to and including another (rule SL-5): the dates
     * {@code d} with {@code afterExclusive < d <= untilInclusive} that have working time. So
     * {@code plusWorkingDays(s, n)} falls on the date {@code d} with
     * {@code workingDaysBetween(date of s, d) = n}. Negative when the dates are reversed.
     *
     * @param afterExclusive the date after which to count
     * @param untilInclusive the last date counted
     * @return the number of working days
     * @throws NullPointerException      if a date is null
     * @throws CalendarArgumentException if a date is outside {@link #MIN_DATE}..{@link #MAX_DATE},
     *                                   or they are more than the days of {@link #MAX_SPAN} apart
     * @throws OutsideCoverageException   if strict and a counted date is not covered
     */
    public long workingDaysBetween(LocalDate afterExclusive, LocalDate untilInclusive) {
        supported("afterExclusive", afterExclusive);
        supported("untilInclusive", untilInclusive);
        if (Math.abs(ChronoUnit.DAYS.between(afterExclusive, untilInclusive)) > MAX_SPAN.toDays()) {
            throw new CalendarArgumentException("untilInclusive", untilInclusive + " is more than " + MAX_SPAN.toDays()
                    + " days (BusinessCalendar.MAX_SPAN) from " + afterExclusive,
                    untilInclusive + " 距 " + afterExclusive + " 超过 " + MAX_SPAN.toDays() + " 天（BusinessCalendar.MAX_SPAN）");
        }
        if (strict && !afterExclusive.equals(untilInclusive)) {
            boolean forward = afterExclusive.isBefore(untilInclusive);
            LocalDate lo = forward ? afterExclusive : untilInclusive;
            LocalDate hi = forward ? untilInclusive : afterExclusive;
            requireCovered(lo.plusDays(1), hi);
        }
        return engine.workingDaysBetween(afterExclusive, untilInclusive);
    }

    /**
     * Lists the non-working spans inside {@code [from, to)} with their reasons and names (rules
     * SL-1, SL-15): sorted, disjoint, and covering exactly what is not working time; neighbours touch
     * only when their reason or name differ.
     *
     * @param from the start (inclusive)
     * @param to   the end (exclusive)
     * @return the spans, empty if {@code to} is not after {@code from}
     * @throws NullPointerException      if an argument is null
     * @throws CalendarArgumentException if an instant's local date is outside
     *                                   {@link #MIN_DATE}..{@link #MAX_DATE}, or they are more than
     *                                   {@link #MAX_SPAN} apart
     * @throws OutsideCoverageException   if strict and a needed date is not covered
     */
    public List<NonWorkingSpan> nonWorkingSpans(Instant from, Instant to) {
        supported("from", from);
        supported("to", to);
        withinSpan("to", from, to);
        if (strict && from.isBefore(to)) {
            requireCovered(neededDates(from, to));
        }
        return engine.nonWorkingSpans(from, to);
    }

    // ---- explained computations (rules SL-15, SL-16) ------------------------------------------

    /**
     * Computes a business-time deadline (rule SL-3) with its explanation: working time, skipped
     * spans and uncovered dates (rule SL-16).
     *
     * @param start  the start
     * @param target the working time, zero or more
     * @return the explained deadline
     * @throws NullPointerException      if an argument is null
     * @throws CalendarArgumentException as {@link #plus} does
     * @throws OutsideCoverageException   if strict and a needed date is not covered
     */
    public WorkingTimeExplanation explainPlus(Instant start, Duration target) {
        Instant end = plus(start, target);
        return explain(start, end, target.isZero() ? null : neededDates(start, end));
    }

    /**
     * Computes a working-days deadline (rule SL-5) with its explanation.
     *
     * @param start the start
     * @param n     the number of working days, at least 1
     * @return the explained deadline
     * @throws NullPointerException      if {@code start} is null
     * @throws CalendarArgumentException as {@link #plusWorkingDays} does
     * @throws OutsideCoverageException   if strict and a needed date is not covered
     */
    public WorkingTimeExplanation explainPlusWorkingDays(Instant start, int n) {
        Instant end = plusWorkingDays(start, n);
        LocalDate first = start.atZone(zone).toLocalDate().plusDays(1);
        return explain(start, end, new DateRange(first, engine.dateAt(end.minusNanos(1))));
    }

    /**
     * Measures the working time in {@code [from, to)} (rule SL-4) with its explanation.
     *
     * @param from the start (inclusive)
     * @param to   the end (exclusive), not before {@code from}
     * @return the explained measurement
     * @throws NullPointerException      if an argument is null
     * @throws CalendarArgumentException if {@code to} is before {@code from}, or as {@link #between} does
     * @throws OutsideCoverageException   if strict and a needed date is not covered
     */
    public WorkingTimeExplanation explainBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new CalendarArgumentException("to", "an interval ends before it starts: " + from + ".." + to,
                    "区间的结束早于开始：" + from + ".." + to);
        }
        supported("from", from);
        supported("to", to);
        withinSpan("to", from, to);
        between(from, to);
        return explain(from, to, from.equals(to) ? null : neededDates(from, to));
    }

    private WorkingTimeExplanation explain(Instant start, Instant end, DateRange needed) {
        List<DateRange> uncovered = needed == null ? List.of() : coverage.uncovered(needed.first(), needed.last());
        return new WorkingTimeExplanation(ref(), start, end, engine.between(start, end),
                engine.nonWorkingSpans(start, end), uncovered);
    }

    private DateRange neededDates(Instant from, Instant to) {
        LocalDate first = engine.dateAt(from);
        LocalDate last = from.equals(to) ? first : engine.dateAt(to.minusNanos(1));
        return new DateRange(first, last);
    }

    private void supported(String parameter, Instant instant) {
        Objects.requireNonNull(instant, parameter);
        if (!engine.supports(instant)) {
            throw new CalendarArgumentException(parameter, instant + " falls outside the supported dates " + MIN_DATE
                    + ".." + MAX_DATE + " in " + zone,
                    instant + " 在时区 " + zone + " 中超出支持的日期范围 " + MIN_DATE + ".." + MAX_DATE);
        }
    }

    private static void supported(String parameter, LocalDate date) {
        Objects.requireNonNull(date, parameter);
        if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
            throw new CalendarArgumentException(parameter, date + " is outside the supported dates " + MIN_DATE
                    + ".." + MAX_DATE, date + " 超出支持的日期范围 " + MIN_DATE + ".." + MAX_DATE);
        }
    }

    private static void withinSpan(String parameter, Instant a, Instant b) {
        if (WorkingTimeEngine.beyondSpan(a, b) || WorkingTimeEngine.beyondSpan(b, a)) {
            throw new CalendarArgumentException(parameter, a + " and " + b + " are more than " + MAX_SPAN.toDays()
                    + " days (BusinessCalendar.MAX_SPAN) apart",
                    a + " 与 " + b + " 相隔超过 " + MAX_SPAN.toDays() + " 天（BusinessCalendar.MAX_SPAN）");
        }
    }

    private static void checkTarget(Duration target) {
        Objects.requireNonNull(target, "target");
        if (target.isNegative()) {
            throw new CalendarArgumentException("target", "a business-time target is not negative, got " + target,
                    "工作时间目标不能为负，实际为 " + target);
        }
        if (target.compareTo(MAX_SPAN) > 0) {
            throw new CalendarArgumentException("target", target + " is longer than " + MAX_SPAN.toDays()
                    + " days (BusinessCalendar.MAX_SPAN)",
                    target + " 超过 " + MAX_SPAN.toDays() + " 天（BusinessCalendar.MAX_SPAN）");
        }
    }

    private static void checkWorkingDays(int n) {
        if (n < 1) {
            throw new CalendarArgumentException("n", "a working-days target is at least 1, got " + n,
                    "工作日目标至少为 1，实际为 " + n);
        }
        if (n > MAX_SPAN.toDays()) {
            throw new CalendarArgumentException("n", n + " working days need more than " + MAX_SPAN.toDays()
                    + " days (BusinessCalendar.MAX_SPAN)",
                    n + " 个工作日需要超过 " + MAX_SPAN.toDays() + " 天（BusinessCalendar.MAX_SPAN）");
        }
    }

    /** The number of year tables the calendar holds now, for tests of the memory bound. */
    int yearTablesHeld() {
        return engine.tablesHeld();
    }

    private void requireCovered(DateRange needed) {
        requireCovered(needed.first(), needed.last());
    }

    private void requireCovered(LocalDate first, LocalDate last) {
        if (strict && !last.isBefore(first)) {
            List<DateRange> missing = coverage.uncovered(first, last);
            if (!missing.isEmpty()) {
                throw new OutsideCoverageException(ref(), missing, coverage);
            }
        }
    }

    // ---- copies ------------------------------------------------------------------------------

    /**
     * Returns a copy with another id (and the same version rule).
     *
     * @param newId the id
     * @return the copy
     * @throws NullPointerException     if {@code newId} is null
     * @throws IllegalArgumentException if {@code newId} is malformed
     */
    public BusinessCalendar withId(String newId) {
        return new BusinessCalendar(newId, suppliedVersion, zone, pattern, layers, makeUpHoursOf, strict);
    }

    /**
     * Returns a copy with a supplied version, or with the fingerprint as version when null.
     *
     * @param newVersion one word, e.g. {@code 2025.2}, or null
     * @return the copy
     * @throws IllegalArgumentException if the version is blank or has blanks
     */
    public BusinessCalendar withVersion(String newVersion) {
        return new BusinessCalendar(id, newVersion, zone, pattern, layers, makeUpHoursOf, strict);
    }

    /**
     * Returns a copy with one more layer of exceptions on top (e.g. an estate's closures over the
     * official holidays), or, for a layer that {@linkplain DayOverrides#extendsLayer() extends}
     * one of this calendar's (e.g. next year's official holidays), with that layer extended by
     * it: its dates added and its coverage grown (rule SL-16). The copy's version is its new
     * fingerprint: its data changed.
     *
     * <pre>{@code
     * BusinessCalendar estate = BusinessCalendars.chinaOffice().withOverrides(estateClosures);
     * BusinessCalendar next = estate.withOverrides(HolidayCnFormat.parseYear(Path.of("2027.json")));
     * }</pre>
     *
     * @param layer the exceptions; they win over the existing layers (an extension wins over the
     *              layer it extends, on the dates it covers or lists)
     * @return the copy
     * @throws NullPointerException     if {@code layer} is null
     * @throws IllegalArgumentException if a make-up day in it takes hours of a weekday without any,
     *                                  it extends a layer the calendar does not have, or it is an
     *                                  ordinary layer covering none of the dates the calendar
     *                                  covers (so that the copy would cover no date)
     */
    public BusinessCalendar withOverrides(DayOverrides layer) {
        List<DayOverrides> more = new ArrayList<>(layers);
        more.add(Objects.requireNonNull(layer, "layer"));
        return new BusinessCalendar(id, null, zone, pattern, more, makeUpHoursOf, strict);
    }

    /**
     * Returns a copy with another weekly pattern (e.g. a company's own office hours on the
     * official holidays). The copy's version is its new fingerprint.
     *
     * @param newPattern the pattern
     * @return the copy
     * @throws NullPointerException     if {@code newPattern} is null
     * @throws IllegalArgumentException if the pattern is empty or lacks the make-up weekday's hours
     */
    public BusinessCalendar withWeeklyPattern(WeeklyPattern newPattern) {
        return new BusinessCalendar(id, null, zone, newPattern, layers, makeUpHoursOf, strict);
    }

    /**
     * Returns a copy that is strict or lenient about coverage (rule SL-16).
     *
     * @param newStrict true to refuse computations outside the coverage
     * @return the copy
     */
    public BusinessCalendar withStrict(boolean newStrict) {
        return new BusinessCalendar(id, suppliedVersion, zone, pattern, layers, makeUpHoursOf, newStrict);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar c && c.id.equals(id) && c.version().equals(version())
                && c.fingerprint.equals(fingerprint) && c.strict == strict;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version(), fingerprint, strict);
    }

    /**
     * Returns the id, version, zone and coverage.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "BusinessCalendar[" + id + "@" + version() + ", " + zone + ", covers " + coverage
                + (strict ? ", strict" : "") + "]";
    }

    /**
     * Builds a {@link BusinessCalendar} in code; the text format ({@link CalendarFormat}) is the
     * other way. Not thread-safe.
     */
    public static final class Builder {

        private final String id;
        private final ZoneId zone;
        private WeeklyPattern pattern = WeeklyPattern.none();
        private final List<DayOverrides> layers = new ArrayList<>();
        private DayOverrides.Builder own;
        private DayOfWeek makeUpHoursOf = DayOfWeek.MONDAY;
        private boolean strict;
        private String version;

        private Builder(String id, ZoneId zone) {
            this.id = Identifiers.requireValid("calendar id", id);
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        /**
         * Sets the weekly pattern.
         *
         * @param weeklyPattern the pattern
         * @return this builder
         * @throws NullPointerException if the pattern is null
         */
        public Builder weekly(WeeklyPattern weeklyPattern) {
            this.pattern = Objects.requireNonNull(weeklyPattern, "weeklyPattern");
            return this;
        }

        /**
         * Sets the hours of some weekdays.
         *
         * @param hours    the hours
         * @param weekdays the weekdays
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder hours(WorkingHours hours, DayOfWeek... weekdays) {
            this.pattern = pattern.with(java.util.Set.of(weekdays), hours);
            return this;
        }

        /**
         * Adds a layer of exceptions; later layers win on a date both mention. A layer that
         * {@linkplain DayOverrides#extendsLayer() extends} an earlier one is folded into it when
         * the calendar is built (rule SL-16).
         *
         * @param layer the exceptions
         * @return this builder
         * @throws NullPointerException if the layer is null
         */
        public Builder overrides(DayOverrides layer) {
            layers.add(Objects.requireNonNull(layer, "layer"));
            return this;
        }

        /**
         * Adds an exception to the calendar's own layer (id: the calendar's id), which sits on top
         * of all layers added with {@link #overrides}.
         *
         * @param override the exception
         * @return this builder
         * @throws NullPointerException     if the exception is null
         * @throws IllegalArgumentException if its date already has an exception in the own layer
         */
        public Builder add(DayOverride override) {
            if (own == null) {
                own = DayOverrides.builder(id);
            }
            own.add(override);
            return this;
        }

        /**
         * Adds a closure of one date to the calendar's own layer.
         *
         * @param date   the date
         * @param reason why
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if the date already has an exception or the reason is bad
         */
        public Builder closure(LocalDate date, String reason) {
            return add(DayOff.closure(date, reason));
        }

        /**
         * Sets the weekday whose hours make-up working days take (Monday by default).
         *
         * @param weekday the weekday
         * @return this builder
         * @throws NullPointerException if the weekday is null
         */
        public Builder makeUpHoursOf(DayOfWeek weekday) {
            this.makeUpHoursOf = Objects.requireNonNull(weekday, "weekday");
            return this;
        }

        /**
         * Makes the calendar strict: computations outside its coverage are refused (rule SL-16).
         *
         * @param value true for strict
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * Supplies a version; without one the version is the fingerprint of the data.
         *
         * @param value one word
         * @return this builder
         */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the immutable calendar
         * @throws IllegalArgumentException if the pattern is empty, the version malformed, a
         *                                  make-up day takes the hours of a weekday without any, a
         *                                  layer extends one that is not before it, or an ordinary
         *                                  layer covers none of the dates the layers before it
         *                                  cover
         */
        public BusinessCalendar build() {
            List<DayOverrides> all = new ArrayList<>(layers);
            if (own != null) {
                all.add(own.build());
            }
            return new BusinessCalendar(id, version, zone, pattern, all, makeUpHoursOf, strict);
        }
    }
}
