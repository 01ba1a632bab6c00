package dev.aftersales.calendar;

import dev.aftersales.common.AfterSalesException;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by a strict calendar when a computation needs dates outside the dates its exceptions
 * cover (rule SL-16): a lenient calendar would have used the weekly pattern for them and flagged
 * the result instead.
 */
public class OutsideCoverageException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final transient CalendarRef calendar;
    private final transient List<DateRange> uncovered;

    /**
     * Creates the exception.
     *
     * @param calendar  the strict calendar
     * @param uncovered the needed dates it does not cover, not empty
     * @param coverage  the dates it covers, for the message
     * @throws NullPointerException if an argument is null
     */
    public OutsideCoverageException(CalendarRef calendar, List<DateRange> uncovered, DateCoverage coverage) {
        super("calendar " + Objects.requireNonNull(calendar, "calendar") + " is strict and its exceptions do not cover "
                + String.join(", ", uncovered.stream().map(DateRange::toString).toList())
                + " (covered: " + Objects.requireNonNull(coverage, "coverage") + ")");
        this.calendar = calendar;
        this.uncovered = List.copyOf(uncovered);
    }

    /**
     * Gets the calendar that refused.
     *
     * @return its id and version
     */
    public CalendarRef calendar() {
        return calendar;
    }

    /**
     * Gets the needed dates that are not covered.
     *
     * @return the ranges, sorted
     */
    public List<DateRange> uncovered() {
        return uncovered;
    }
}
