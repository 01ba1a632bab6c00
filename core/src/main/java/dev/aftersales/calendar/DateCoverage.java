package dev.aftersales.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dates for which a calendar's dated exceptions are known to be complete (rule SL-16). A
 * computation that needs a date outside the coverage falls back to the weekly pattern and is
 * flagged (or, in strict mode, refused). Either every date ({@link #ALL}) or a set of date
 * ranges, kept sorted and merged.
 */
public final class DateCoverage {

    /** Every date is covered: a calendar whose exceptions are complete, or that has none. */
    public static final DateCoverage ALL = new DateCoverage(true, List.of());

    private static final DateCoverage NONE = new DateCoverage(false, List.of());

    private final boolean all;
    private final List<DateRange> ranges;

    private DateCoverage(boolean all, List<DateRange> ranges) {
        this.all = all;
        this.ranges = ranges;
    }

    /**
     * Obtains the coverage of no date at all.
     *
     * @return the empty coverage
     */
    public static DateCoverage none() {
        return NONE;
    }

    /**
     * Obtains the coverage of some date ranges; overlapping and adjacent ranges are merged.
     *
     * @param ranges the covered ranges
     * @return the coverage
     * @throws NullPointerException if the list or a range is null
     */
    public static DateCoverage of(List<DateRange> ranges) {
        Objects.requireNonNull(ranges, "ranges");
        List<DateRange> sorted = new ArrayList<>(ranges);
        sorted.forEach(r -> Objects.requireNonNull(r, "range"));
        sorted.sort(Comparator.comparing(DateRange::first));
        List<DateRange> merged = new ArrayList<>();
        for (DateRange r : sorted) {
            if (!merged.isEmpty()) {
                DateRange last = merged.get(merged.size() - 1);
                if (last.last().equals(LocalDate.MAX) || !r.first().isAfter(last.last().plusDays(1))) {
                    LocalDate end = r.last().isAfter(last.last()) ? r.last() : last.last();
                    merged.set(merged.size() - 1, DateRange.of(last.first(), end));
                    continue;
                }
            }
            merged.add(r);
        }
        return new DateCoverage(false, List.copyOf(merged));
    }

    /**
     * Obtains the coverage of one range of dates.
     *
     * @param first the first covered date
     * @param last  the last covered date
     * @return the coverage
     * @throws NullPointerException     if a date is null
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public static DateCoverage of(LocalDate first, LocalDate last) {
        return of(List.of(DateRange.of(first, last)));
    }

    /**
     * Checks if every date is covered.
     *
     * @return true for {@link #ALL}
     */
    public boolean isAll() {
        return all;
    }

    /**
     * Gets the covered ranges, sorted and merged; empty for {@link #ALL} and for no coverage.
     *
     * @return the ranges
     */
    public List<DateRange> ranges() {
        return ranges;
    }

    /**
     * Checks if a date is covered.
     *
     * @param date the date
     * @return true if the date's exceptions are known
     * @throws NullPointerException if {@code date} is null
     */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (all) {
            return true;
        }
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            DateRange r = ranges.get(mid);
            if (date.isBefore(r.first())) {
                hi = mid - 1;
            } else if (date.isAfter(r.last())) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks if every date of a range is covered.
     *
     * @param first the first date
     * @param last  the last date (inclusive)
     * @return true if no date in {@code [first, last]} is outside the coverage
     * @throws NullPointerException     if a date is null
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public boolean covers(LocalDate first, LocalDate last) {
        return uncovered(first, last).isEmpty();
    }

    /**
     * Gets the last date of the covered run of dates that starts at a date: how long the
     * exceptions are known from then on (rule SL-16), e.g. 2026-12-31 from any date of 2026 for
     * the official calendar as shipped.
     *
     * @param from the first date, e.g. today; after {@link LocalDate#MIN}
     * @return the last date {@code d} such that every date from {@code from} to {@code d} is
     *         covered; the day before {@code from} if {@code from} itself is not covered; empty if
     *         every date from {@code from} on is covered
     * @throws NullPointerException     if {@code from} is null
     * @throws IllegalArgumentException if {@code from} is {@link LocalDate#MIN}
     */
    public Optional<LocalDate> coveredUntil(LocalDate from) {
        Objects.requireNonNull(from, "from");
        if (from.equals(LocalDate.MIN)) {
            throw new IllegalArgumentException("from: LocalDate.MIN has no day before it");
        }
        if (all) {
            return Optional.empty();
        }
        for (DateRange r : ranges) {
            if (r.contains(from)) {
                return r.last().equals(LocalDate.MAX) ? Optional.empty() : Optional.of(r.last());
            }
            if (r.first().isAfter(from)) {
                break;
            }
        }
        return Optional.of(from.minusDays(1));
    }

    /**
     * Gets the parts of a date range that are not covered.
     *
     * @param first the first date
     * @param last  the last date (inclusive)
     * @return the uncovered ranges inside {@code [first, last]}, sorted; empty if all are covered
     * @throws NullPointerException     if a date is null
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public List<DateRange> uncovered(LocalDate first, LocalDate last) {
        DateRange wanted = DateRange.of(first, last);
        if (all) {
            return List.of();
        }
        List<DateRange> out = new ArrayList<>();
        LocalDate cursor = wanted.first();
        for (DateRange r : ranges) {
            if (r.last().isBefore(cursor)) {
                continue;
            }
            if (r.first().isAfter(wanted.last())) {
                break;
            }
            if (r.first().isAfter(cursor)) {
                out.add(DateRange.of(cursor, r.first().minusDays(1)));
            }
            if (!r.last().isBefore(wanted.last())) {
                return List.copyOf(out);
            }
            cursor = r.last().plusDays(1);
        }
        out.add(DateRange.of(cursor, wanted.last()));
        return List.copyOf(out);
    }

    /**
     * Returns the dates covered by this coverage or by another.
     *
     * @param other the other coverage
     * @return the union
     * @throws NullPointerException if {@code other} is null
     */
    public DateCoverage union(DateCoverage other) {
        Objects.requireNonNull(other, "other");
        if (all || other.all) {
            return ALL;
        }
        List<DateRange> both = new ArrayList<>(ranges);
        both.addAll(other.ranges);
        return of(both);
    }

    /**
     * Returns the dates covered by both this coverage and another: the coverage of a calendar
     * composed of several layers of exceptions is the intersection of theirs.
     *
     * @param other the other coverage
     * @return the intersection
     * @throws NullPointerException if {@code other} is null
     */
    public DateCoverage intersect(DateCoverage other) {
        Objects.requireNonNull(other, "other");
        if (all) {
            return other;
        }
        if (other.all) {
            return this;
        }
        List<DateRange> out = new ArrayList<>();
        for (DateRange a : ranges) {
            for (DateRange b : other.ranges) {
                LocalDate first = a.first().isAfter(b.first()) ? a.first() : b.first();
                LocalDate last = a.last().isBefore(b.last()) ? a.last() : b.last();
                if (!last.isBefore(first)) {
                    out.add(DateRange.of(first, last));
                }
            }
        }
        return of(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateCoverage c && c.all == all && c.ranges.equals(ranges);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(all) * 31 + ranges.hashCode();
    }

    /**
     * Returns {@code all dates}, {@code no dates} or the ranges separated by commas.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (all) {
            return "all dates";
        }
        return ranges.isEmpty() ? "no dates" : ranges.stream().map(DateRange::toString).collect(Collectors.joining(", "));
    }
}
