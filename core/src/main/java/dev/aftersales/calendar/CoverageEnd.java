package dev.aftersales.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Where a registered calendar's coverage ends (rule SL-16): the last date its dated exceptions
 * (official holidays, make-up days, closures) are known for, as listed by
 * {@link CalendarRegistry#coverageEndingBefore}. Deadlines that need later dates fall back to the
 * weekly pattern, or are refused by a strict calendar, until the next year is added
 * ({@link CalendarRegistry#addOfficialYear}).
 *
 * @param calendar     the calendar's id and version
 * @param coveredUntil the last covered date of the run from the date asked about; the day before
 *                     that date if it was not covered at all
 */
public record CoverageEnd(CalendarRef calendar, LocalDate coveredUntil) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is null
     */
    public CoverageEnd {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(coveredUntil, "coveredUntil");
    }

    /**
     * Gets the number of dates from a date that are still covered.
     *
     * @param from the date, e.g. today
     * @return the days from {@code from} to {@link #coveredUntil()}, both included; 0 or less if
     *         the coverage has ended
     * @throws NullPointerException if {@code from} is null
     */
    public long daysLeft(LocalDate from) {
        return ChronoUnit.DAYS.between(Objects.requireNonNull(from, "from"), coveredUntil) + 1;
    }

    /**
     * Returns the calendar and the date, e.g. {@code cn-office@sha256-… covered until 2026-12-31}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return calendar + " covered until " + coveredUntil;
    }
}
