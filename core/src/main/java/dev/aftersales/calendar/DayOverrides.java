package dev.aftersales.calendar;

import dev.aftersales.common.Identifiers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A named set of dated exceptions (rule SL-1) with the dates it covers (rule SL-16) and its source
 * notes: the official public holidays of a year, a company's closures, an estate's own closures.
 * A {@link BusinessCalendar} layers several of them over its weekly pattern. At most one exception
 * per date: a date cannot be both off and worked. Immutable; build with {@link #builder(String)} or
 * load with {@link CalendarFormat#parseOverrides} or {@link HolidayCnFormat#parseYear}.
 *
 * <p><b>Extensions (rule SL-16).</b> A set may declare that it {@linkplain #extendsLayer() extends}
 * another, e.g. the holidays of 2027 ({@code cn-public-holidays-2027}) extend the official
 * calendar ({@value ChinaPublicHolidays#ID}). A calendar folds such a set into the layer it
 * extends ({@link #extendedBy}): the layer keeps its place and its id, gains the new dates, and its
 * coverage grows by the extension's, instead of being cut down to what both cover. An extension
 * declares the dates it covers.
 *
 * <pre>{@code
 * DayOverrides y2027 = DayOverrides.builder("cn-public-holidays-2027")
 *         .extendsLayer(ChinaPublicHolidays.ID)
 *         .covers(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))
 *         .holidays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), "元旦")
 *         // ... the rest of the notice
 *         .build();
 * BusinessCalendar office = BusinessCalendars.chinaOffice().withOverrides(y2027); // covers 2020..2027
 * }</pre>
 */
public final class DayOverrides {

    /**
     * The most dates one range of days off may hold when added with {@link Builder#holidays} or
     * {@link Builder#closures} (or a {@code holiday}, {@code closure} or {@code workday} line of
     * the text format): 3,653, ten years. Longer ranges are refused rather than filling memory.
     */
    public static final int MAX_RANGE_DAYS = 3_653;

    private final String id;
    private final DateCoverage coverage;
    private final List<String> sources;
    private final NavigableMap<LocalDate, DayOverride> entries;
    private final String extendsLayer;

    private DayOverrides(String id, DateCoverage coverage, List<String> sources,
                         NavigableMap<LocalDate, DayOverride> entries, String extendsLayer) {
        this.id = id;
        this.coverage = coverage;
        this.sources = List.copyOf(sources);
        this.entries = Collections.unmodifiableNavigableMap(new TreeMap<>(entries));
        this.extendsLayer = extendsLayer;
        if (extendsLayer != null) {
            if (extendsLayer.equals(id)) {
                throw new BilingualArgumentException("overrides " + id + " cannot extend itself",
                        "例外日期集 " + id + " 不能扩展自身");
            }
            if (coverage.isAll()) {
                throw new BilingualArgumentException("overrides " + id + " extends " + extendsLayer
                        + " and so must declare the dates it covers (e.g. covers 2027-01-01 2027-12-31)",
                        "例外日期集 " + id + " 扩展了 " + extendsLayer
                        + "，因此必须声明其覆盖的日期（例如 covers 2027-01-01 2027-12-31）");
            }
        }
    }

    /**
     * Starts building a set of exceptions.
     *
     * @param id the set's identifier, e.g. {@code cn-public-holidays} ({@link Identifiers} rules)
     * @return a builder
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is malformed
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Obtains an empty set covering every date.
     *
     * @param id the set's identifier
     * @return the empty set
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is malformed
     */
    public static DayOverrides empty(String id) {
        return builder(id).build();
    }

    /**
     * Gets the identifier.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Gets the dates for which this set is complete (rule SL-16); {@link DateCoverage#ALL} when no
     * coverage was declared.
     *
     * @return the coverage
     */
    public DateCoverage coverage() {
        return coverage;
    }

    /**
     * Gets the id of the layer this set adds dates to (e.g. {@value ChinaPublicHolidays#ID} for a
     * year of official holidays), if it is an extension (rule SL-16).
     *
     * @return the extended layer's id, or empty for an ordinary layer
     */
    public Optional<String> extendsLayer() {
        return Optional.ofNullable(extendsLayer);
    }

    /**
     * Gets the source notes, e.g. the State Council notice a year's holidays come from.
     *
     * @return the notes, in the order given
     */
    public List<String> sources() {
        return sources;
    }

    /**
     * Gets every exception, sorted by date.
     *
     * @return the exceptions
     */
    public List<DayOverride> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Gets the exceptions between two dates, both included, sorted by date.
     *
     * @param first the first date
     * @param last  the last date
     * @return the exceptions in the range
     * @throws NullPointerException     if a date is null
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public List<DayOverride> entries(LocalDate first, LocalDate last) {
        DateRange r = DateRange.of(first, last);
        return List.copyOf(entries.subMap(r.first(), true, r.last(), true).values());
    }

    /**
     * Finds the exception for a date.
     *
     * @param date the date
     * @return the exception, or empty if the date follows the weekly pattern
     * @throws NullPointerException if {@code date} is null
     */
    public Optional<DayOverride> find(LocalDate date) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(date, "date")));
    }

    /**
     * Returns a set holding this set's exceptions and another's (e.g. a newly published year of
     * official holidays), with the union of both coverages and source notes; keeps this id.
     *
     * @param other the other set
     * @return the merged set
     * @throws NullPointerException     if {@code other} is null
     * @throws IllegalArgumentException if a date has different exceptions in the two sets
     */
    public DayOverrides merge(DayOverrides other) {
        Objects.requireNonNull(other, "other");
        Builder b = new Builder(id);
        b.extendsLayer = extendsLayer;
        b.coverage = coverage.union(other.coverage);
        b.sources.addAll(sources);
        other.sources.stream().filter(s -> !b.sources.contains(s)).forEach(b.sources::add);
        b.entries.putAll(entries);
        for (DayOverride o : other.entries.values()) {
            DayOverride mine = entries.get(o.date());
            if (mine == null) {
                b.entries.put(o.date(), o);
            } else if (!mine.equals(o)) {
                throw new BilingualArgumentException(o.date() + " has different exceptions in " + id
                        + " (" + describe(mine) + ") and " + other.id + " (" + describe(o) + ")",
                        o.date() + " 在 " + id + "（" + describeZh(mine) + "）与 " + other.id + "（"
                        + describeZh(o) + "）中的例外不同");
            }
        }
        return b.build();
    }

    /**
     * Returns this set extended by a newer one (rule SL-16), e.g. the official calendar by the
     * holidays of a newly published year: the extension governs the dates it covers and the dates
     * it lists (its exceptions replace this set's there, so a corrected year replaces the old
     * one), this set keeps the others; the coverage is the union of both, the source notes are
     * this set's followed by the extension's new ones. The id and {@link #extendsLayer()} stay
     * this set's. The extension's own {@link #extendsLayer()} is not checked: a calendar checks it
     * when it folds layers.
     *
     * @param extension the newer set; it must declare the dates it covers
     * @return the extended set
     * @throws NullPointerException     if {@code extension} is null
     * @throws IllegalArgumentException if the extension declares no coverage (it would claim every date)
     */
    public DayOverrides extendedBy(DayOverrides extension) {
        Objects.requireNonNull(extension, "extension");
        if (extension.coverage.isAll()) {
            throw new BilingualArgumentException("overrides " + extension.id + " declares no coverage, so it cannot extend "
                    + id + ": an extension names the dates it covers", "例外日期集 " + extension.id
                    + " 未声明覆盖的日期，因此不能扩展 " + id + "：扩展须写明其覆盖的日期");
        }
        Builder b = new Builder(id);
        b.extendsLayer = extendsLayer;
        b.coverage = coverage.union(extension.coverage);
        b.sources.addAll(sources);
        extension.sources.stream().filter(s -> !b.sources.contains(s)).forEach(b.sources::add);
        for (DayOverride o : entries.values()) {
            if (!extension.coverage.covers(o.date()) && !extension.entries.containsKey(o.date())) {
                b.entries.put(o.date(), o);
            }
        }
        b.entries.putAll(extension.entries);
        return b.build();
    }

    /**
     * Returns a copy with another identifier.
     *
     * @param newId the identifier
     * @return the copy
     * @throws NullPointerException     if {@code newId} is null
     * @throws IllegalArgumentException if {@code newId} is malformed or the id of the layer it extends
     */
    public DayOverrides withId(String newId) {
        return new DayOverrides(Identifiers.requireValid("overrides id", newId), coverage, sources, entries,
                extendsLayer);
    }

    /**
     * Returns a copy that extends another layer, or an ordinary layer for null (rule SL-16).
     *
     * @param layerId the id of the layer it adds dates to, e.g. {@value ChinaPublicHolidays#ID}; or null
     * @return the copy
     * @throws IllegalArgumentException if the id is malformed or this set's own, or if this set
     *                                  declares no coverage
     */
    public DayOverrides withExtendsLayer(String layerId) {
        return new DayOverrides(id, coverage, sources, entries,
                layerId == null ? null : Identifiers.requireValid("extended layer id", layerId));
    }

    /**
     * Checks a range of dates that is to be filled one date at a time.
     *
     * @param first the first date
     * @param last  the last date
     * @return the range
     * @throws IllegalArgumentException if it is reversed or holds more than {@link #MAX_RANGE_DAYS} dates
     */
    static DateRange boundedRange(LocalDate first, LocalDate last) {
        DateRange r = DateRange.of(first, last);
        if (r.lengthInDays() > MAX_RANGE_DAYS) {
            throw new BilingualArgumentException("the range " + r + " holds " + r.lengthInDays() + " dates, more than "
                    + MAX_RANGE_DAYS + " (ten years): split it or check its dates", "范围 " + r + " 含 "
                    + r.lengthInDays() + " 个日期，超过 " + MAX_RANGE_DAYS + " 个（十年）：请拆分范围或检查其日期");
        }
        return r;
    }

    static String describe(DayOverride o) {
        if (o instanceof DayOff off) {
            return (off.kind() == DayOffKind.PUBLIC_HOLIDAY ? "holiday " : "closure ") + off.name();
        }
        if (o instanceof MakeUpWorkday m) {
            return "make-up working day" + m.hoursOf().map(d -> " like " + d).orElse("");
        }
        return "special hours " + ((SpecialHours) o).hours();
    }

    /** Describes an exception in Chinese, as {@link #describe} does in English, e.g. {@code 法定节假日 春节}. */
    static String describeZh(DayOverride o) {
        if (o instanceof DayOff off) {
            return (off.kind() == DayOffKind.PUBLIC_HOLIDAY ? "法定节假日 " : "停业 ") + off.name();
        }
        if (o instanceof MakeUpWorkday m) {
            return "调休上班日" + m.hoursOf().map(d -> "（按" + Messages.weekdayZh(d) + "的工作时间）").orElse("");
        }
        return "特殊工作时间 " + ((SpecialHours) o).hours();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DayOverrides d && d.id.equals(id) && d.coverage.equals(coverage)
                && d.sources.equals(sources) && d.entries.equals(entries) && Objects.equals(d.extendsLayer, extendsLayer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, coverage, sources, entries, extendsLayer);
    }

    /**
     * Returns the id, the layer it extends if any, the coverage and the number of exceptions.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "DayOverrides[" + id + (extendsLayer == null ? "" : " extends " + extendsLayer) + ", covers " + coverage
                + ", " + entries.size() + " exceptions]";
    }

    /**
     * Builds a {@link DayOverrides}. Not thread-safe.
     */
    public static final class Builder {

        private final String id;
        private DateCoverage coverage;
        private String extendsLayer;
        private final List<String> sources = new ArrayList<>();
        private final NavigableMap<LocalDate, DayOverride> entries = new TreeMap<>();

        private Builder(String id) {
            this.id = Identifiers.requireValid("overrides id", id);
        }

        /**
         * Declares the set an extension of another layer (rule SL-16): a calendar that has that
         * layer adds this set's dates and coverage to it ({@link DayOverrides#extendedBy}). The set
         * must then declare its coverage with {@link #covers}.
         *
         * @param layerId the id of the extended layer, e.g. {@value ChinaPublicHolidays#ID}
         * @return this builder
         * @throws NullPointerException     if {@code layerId} is null
         * @throws IllegalArgumentException if the id is malformed
         */
        public Builder extendsLayer(String layerId) {
            this.extendsLayer = Identifiers.requireValid("extended layer id", layerId);
            return this;
        }

        /**
         * Adds a source note, e.g. {@code 国办发明电〔2019〕16号}.
         *
         * @param note the note, one line
         * @return this builder
         * @throws NullPointerException     if {@code note} is null
         * @throws IllegalArgumentException if the note is blank or has line breaks
         */
        public Builder source(String note) {
            DayOverride.checkName(note, true);
            sources.add(note);
            return this;
        }

        /**
         * Declares a range of dates as covered (rule SL-16); may be called several times. Without
         * any call the set covers every date.
         *
         * @param first the first covered date
         * @param last  the last covered date
         * @return this builder
         * @throws NullPointerException     if a date is null
         * @throws IllegalArgumentException if {@code last} is before {@code first}
         */
        public Builder covers(LocalDate first, LocalDate last) {
            DateCoverage more = DateCoverage.of(first, last);
            coverage = coverage == null ? more : coverage.union(more);
            return this;
        }

        /**
         * Adds an exception.
         *
         * @param override the exception
         * @return this builder
         * @throws NullPointerException     if {@code override} is null
         * @throws IllegalArgumentException if its date already has an exception, naming both
         */
        public Builder add(DayOverride override) {
            Objects.requireNonNull(override, "override");
            DayOverride before = entries.putIfAbsent(override.date(), override);
            if (before != null) {
                throw new BilingualArgumentException(override.date() + " has two exceptions: "
                        + describe(before) + " and " + describe(override), override.date() + " 有两个例外："
                        + describeZh(before) + " 和 " + describeZh(override));
            }
            return this;
        }

        /**
         * Adds public holidays on every date of a range.
         *
         * @param first the first date off
         * @param last  the last date off
         * @param name  the holiday's name
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if a date already has an exception, the name is bad or the
         *                                  range holds more than {@link #MAX_RANGE_DAYS} dates
         */
        public Builder holidays(LocalDate first, LocalDate last, String name) {
            DateRange r = boundedRange(first, last);
            for (LocalDate d = r.first(); !d.isAfter(r.last()); d = d.plusDays(1)) {
                add(DayOff.holiday(d, name));
            }
            return this;
        }

        /**
         * Adds closures on every date of a range.
         *
         * @param first  the first date closed
         * @param last   the last date closed
         * @param reason why
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if a date already has an exception, the reason is bad or
         *                                  the range holds more than {@link #MAX_RANGE_DAYS} dates
         */
        public Builder closures(LocalDate first, LocalDate last, String reason) {
            DateRange r = boundedRange(first, last);
            for (LocalDate d = r.first(); !d.isAfter(r.last()); d = d.plusDays(1)) {
                add(DayOff.closure(d, reason));
            }
            return this;
        }

        /**
         * Adds a make-up working day with the calendar's make-up hours.
         *
         * @param date the date worked
         * @param name what it makes up for; may be empty
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if the date already has an exception or the name is bad
         */
        public Builder makeUpWorkday(LocalDate date, String name) {
            return add(MakeUpWorkday.of(date, name));
        }

        /**
         * Adds a make-up working day with the hours of a given weekday.
         *
         * @param date    the date worked
         * @param hoursOf the weekday whose hours apply
         * @param name    what it makes up for; may be empty
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if the date already has an exception or the name is bad
         */
        public Builder makeUpWorkday(LocalDate date, DayOfWeek hoursOf, String name) {
            return add(MakeUpWorkday.of(date, hoursOf, name));
        }

        /**
         * Adds special hours for one date.
         *
         * @param date  the date
         * @param hours the hours worked, not empty
         * @param name  why; may be empty
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if the date already has an exception, the hours are
         *                                  empty or the name is bad
         */
        public Builder specialHours(LocalDate date, WorkingHours hours, String name) {
            return add(new SpecialHours(date, hours, name));
        }

        /**
         * Builds the set.
         *
         * @return the immutable set
         * @throws IllegalArgumentException if it extends a layer (its own id, or) without declaring
         *                                  the dates it covers
         */
        public DayOverrides build() {
            return new DayOverrides(id, coverage == null ? DateCoverage.ALL : coverage, sources, entries, extendsLayer);
        }
    }
}
