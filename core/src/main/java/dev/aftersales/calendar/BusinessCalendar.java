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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
 * covers their intersection ({@link #coverage()}). A computation that needs a date outside it uses
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
 * <p>Calendars are immutable values and safe for use by several threads. Arithmetic is
 * table-driven: per calendar year, the working intervals of each day with cumulative working time,
 * built lazily once and cached, so that {@code plus} and {@code between} cost about the same for
 * an hour and for a year. Supported instants are those whose local year fits a {@link LocalDate};
 * working-time results are limited to what a {@link Duration} of nanoseconds in a {@code long} holds
 * (about 292 years).
 */
public final class BusinessCalendar {

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
        this.layers = List.copyOf(layers);
        this.makeUpHoursOf = Objects.requireNonNull(makeUpHoursOf, "makeUpHoursOf");
        this.strict = strict;
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("calendar " + id + ": the weekly pattern has no working period");
        }
        if (suppliedVersion != null && (suppliedVersion.isBlank() || !suppliedVersion.strip().equals(suppliedVersion)
                || suppliedVersion.chars().anyMatch(Character::isWhitespace))) {
            throw new IllegalArgumentException("calendar " + id + ": a version is one word, got '" + suppliedVersion + "'");
        }
        DateCoverage c = DateCoverage.ALL;
        for (DayOverrides layer : this.layers) {
            c = c.intersect(layer.coverage());
            for (DayOverride o : layer.entries()) {
                if (o instanceof MakeUpWorkday m) {
                    DayOfWeek like = m.hoursOf().orElse(makeUpHoursOf);
                    if (pattern.hoursOn(like).isEmpty()) {
                        throw new IllegalArgumentException("calendar " + id + ": make-up working day " + m.date()
                                + " in " + layer.id() + " takes the hours of " + like + ", which has none");
                    }
                }
            }
        }
        this.coverage = c;
        this.fingerprint = fingerprint(CalendarFormat.canonicalData(this));
        this.engine = new WorkingTimeEngine(zone, this::resolve);
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
     * @throws NullPointerException    if {@code date} is null
     * @throws OutsideCoverageException if strict and the date is not covered
     */
    public WorkingHours hoursOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        requireCovered(date, date);
        return engine.day(date).hours();
    }

    /**
     * Checks if a date is a working day: it has some working time (rule SL-5). A date whose only
     * period falls into a daylight-saving gap is not.
     *
     * @param date the date
     * @return true if the date has working time
     * @throws NullPointerException    if {@code date} is null
     * @throws OutsideCoverageException if strict and the date is not covered
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
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
     * @throws NullPointerException    if {@code instant} is null
     * @throws OutsideCoverageException if strict and its date is not covered
     */
    public boolean isWorkingTime(Instant instant) {
        Objects.requireNonNull(instant, "instant");
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
     * @throws NullPointerException    if {@code instant} is null
     * @throws OutsideCoverageException if strict and a needed date is not covered
     */
    public Instant nextWorkingInstant(Instant instant) {
        Objects.requireNonNull(instant, "instant");
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
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the target is negative
     * @throws ArithmeticException      if the target exceeds about 292 years
     * @throws OutsideCoverageException  if strict and a needed date is not covered
     */
    public Instant plus(Instant start, Duration target) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(target, "target");
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
     * @throws NullPointerException    if an argument is null
     * @throws ArithmeticException     if the result exceeds about 292 years
     * @throws OutsideCoverageException if strict and a needed date is not covered
     */
    public Duration between(Instant a, Instant b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
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
     * @throws NullPointerException     if {@code start} is null
     * @throws IllegalArgumentException if {@code n} is less than 1
     * @throws OutsideCoverageException  if strict and a needed date is not covered
     */
    public Instant plusWorkingDays(Instant start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 1) {
            throw new IllegalArgumentException("a working-days target is at least 1, got " + n);
        }
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
     * @throws NullPointerException    if a date is null
     * @throws OutsideCoverageException if strict and a counted date is not covered
     */
    public long workingDaysBetween(LocalDate afterExclusive, LocalDate untilInclusive) {
        Objects.requireNonNull(afterExclusive, "afterExclusive");
        Objects.requireNonNull(untilInclusive, "untilInclusive");
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
     * @throws NullPointerException    if an argument is null
     * @throws OutsideCoverageException if strict and a needed date is not covered
     */
    public List<NonWorkingSpan> nonWorkingSpans(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
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
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the target is negative
     * @throws ArithmeticException      if the target exceeds about 292 years
     * @throws OutsideCoverageException  if strict and a needed date is not covered
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
     * @throws NullPointerException     if {@code start} is null
     * @throws IllegalArgumentException if {@code n} is less than 1
     * @throws OutsideCoverageException  if strict and a needed date is not covered
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
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     * @throws OutsideCoverageException  if strict and a needed date is not covered
     */
    public WorkingTimeExplanation explainBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an interval ends before it starts: " + from + ".." + to);
        }
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
     * official holidays). The copy's version is its new fingerprint: its data changed.
     *
     * @param layer the exceptions; they win over the existing layers
     * @return the copy
     * @throws NullPointerException     if {@code layer} is null
     * @throws IllegalArgumentException if a make-up day in it takes hours of a weekday without any
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
         * Adds a layer of exceptions; later layers win on a date both mention.
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
         * @throws IllegalArgumentException if the pattern is empty, the version malformed, or a
         *                                  make-up day takes the hours of a weekday without any
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
