package dev.aftersales.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of one calendar computation with what explains it (rules SL-3, SL-5, SL-15, SL-16):
 * the end instant (a deadline, or the end of a measured interval), the working time from start to
 * end, each non-working span in between, and the dates the computation needed that the calendar's
 * exceptions do not cover (computed on the weekly pattern). Returned by
 * {@link BusinessCalendar#explainPlus}, {@link BusinessCalendar#explainPlusWorkingDays} and
 * {@link BusinessCalendar#explainBetween}.
 *
 * @param calendar       the calendar and its version
 * @param start          where the computation started
 * @param end            the deadline, or the end of the measured interval
 * @param workingTime    the working time in {@code [start, end)}
 * @param skipped        the non-working spans in {@code [start, end)}, sorted
 * @param uncoveredDates the needed dates outside the calendar's coverage; empty if none
 */
public record WorkingTimeExplanation(CalendarRef calendar, Instant start, Instant end, Duration workingTime,
                                     List<NonWorkingSpan> skipped, List<DateRange> uncoveredDates) {

    /**
     * Creates an explanation.
     *
     * @throws NullPointerException if an argument is null
     */
    public WorkingTimeExplanation {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(workingTime, "workingTime");
        skipped = List.copyOf(skipped);
        uncoveredDates = List.copyOf(uncoveredDates);
    }

    /**
     * Checks if the computation needed dates outside the calendar's coverage (rule SL-16), which
     * then followed the weekly pattern.
     *
     * @return true if some needed date is not covered
     */
    public boolean outsideCoverage() {
        return !uncoveredDates.isEmpty();
    }
}
