package dev.aftersales.warranty;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A region's heating or cooling season as a month-day range, both ends included; a range whose
 * end is before its start runs into the next year (heating Nov 15 - Mar 15).
 *
 * @param start the first day
 * @param end   the last day
 */
public record SeasonRange(MonthDay start, MonthDay end) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public SeasonRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * Creates a range.
     *
     * @param startMonth month of the first day
     * @param startDay   day of the first day
     * @param endMonth   month of the last day
     * @param endDay     day of the last day
     * @return the range
     */
    public static SeasonRange of(int startMonth, int startDay, int endMonth, int endDay) {
        return new SeasonRange(MonthDay.of(startMonth, startDay), MonthDay.of(endMonth, endDay));
    }

    /**
     * Gets the first day of the season that begins in a year.
     *
     * @param year the year
     * @return the first day
     */
    public LocalDate startIn(int year) {
        return start.atYear(year);
    }

    /**
     * Gets the last day of the season that begins in a year.
     *
     * @param year the year the season begins in
     * @return the last day
     */
    public LocalDate lastDayOfSeasonStartingIn(int year) {
        return end.isBefore(start) ? end.atYear(year + 1) : end.atYear(year);
    }

    /**
     * Counts n whole seasons from a date: the n seasons that begin on or after it, and gives the
     * day after the last day of the last one (the exclusive end of the term).
     *
     * @param from    the first day of the term
     * @param seasons the number of seasons, at least 1
     * @return the exclusive end
     */
    public LocalDate endAfter(LocalDate from, int seasons) {
        int firstYear = startIn(from.getYear()).isBefore(from) ? from.getYear() + 1 : from.getYear();
        return lastDayOfSeasonStartingIn(firstYear + seasons - 1).plusDays(1);
    }
}
