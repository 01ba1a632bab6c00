package dev.aftersales.calendar;

import dev.aftersales.common.AfterSalesException;

import java.util.List;
import java.util.Locale;
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
    private final String covered;

    /**
     * Creates the exception.
     *
     * @param calendar  the strict calendar
     * @param uncovered the needed dates it does not cover, not empty
     * @param coverage  the dates it covers, for the message
     * @throws NullPointerException if an argument is null
     */
    public OutsideCoverageException(CalendarRef calendar, List<DateRange> uncovered, DateCoverage coverage) {
        super(Messages.text(Locale.ENGLISH, "outsideCoverage", Objects.requireNonNull(calendar, "calendar"),
                String.join(", ", uncovered.stream().map(DateRange::toString).toList()),
                Objects.requireNonNull(coverage, "coverage")));
        this.calendar = calendar;
        this.uncovered = List.copyOf(uncovered);
        this.covered = coverage.toString();
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g.
     * {@code 日历 cn@3 为严格日历，其例外日期不覆盖 2031-01-01..2031-01-02（已覆盖：...）}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the calendar and the dates
     */
    @Override
    public String message(Locale locale) {
        return Messages.text(locale, "outsideCoverage", calendar,
                String.join(Messages.chinese(locale) ? "、" : ", ", uncovered.stream().map(DateRange::toString).toList()),
                covered);
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
