package dev.aftersales.measurement;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A period of measurement (rule MS-1): the instants from {@code from} inclusive to {@code to}
 * exclusive, e.g. a month or a year in the company's time zone.
 *
 * @param from the first instant of the period (inclusive)
 * @param to   the end of the period (exclusive)
 */
public record Period(Instant from, Instant to) {

    /**
     * Creates a period.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends at or after its start, got " + from + " to " + to);
        }
    }

    /**
     * Obtains the period [fromInclusive, toExclusive).
     *
     * @param fromInclusive the first instant
     * @param toExclusive   the end, excluded
     * @return the period
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public static Period of(Instant fromInclusive, Instant toExclusive) {
        return new Period(fromInclusive, toExclusive);
    }

    /**
     * Obtains a calendar month in a time zone, from its first midnight to the next month's.
     *
     * @param month the month
     * @param zone  the time zone
     * @return the period
     * @throws NullPointerException if an argument is null
     */
    public static Period month(YearMonth month, ZoneId zone) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
        return new Period(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /**
     * Obtains a calendar year in a time zone (rule MS-1: the rates are analysed per year).
     *
     * @param year the year
     * @param zone the time zone
     * @return the period
     * @throws NullPointerException if the zone is null
     */
    public static Period year(int year, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new Period(YearMonth.of(year, 1).atDay(1).atStartOfDay(zone).toInstant(),
                YearMonth.of(year + 1, 1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /**
     * Checks if an instant lies in the period.
     *
     * @param instant the instant
     * @return true if {@code from <= instant < to}
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    /**
     * Checks if the period is empty.
     *
     * @return true if it starts where it ends
     */
    public boolean isEmpty() {
        return from.equals(to);
    }

    @Override
    public String toString() {
        return "[" + from + ", " + to + ")";
    }
}
