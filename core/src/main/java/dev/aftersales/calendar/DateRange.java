package dev.aftersales.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A range of local dates, both ends included, e.g. the dates a calendar's exceptions cover
 * (rule SL-16) or a holiday of several days. Written {@code 2025-01-28..2025-02-04}.
 *
 * @param first the first date of the range
 * @param last  the last date of the range, not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

    /**
     * Creates a range.
     *
     * @throws NullPointerException     if a date is null
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new BilingualArgumentException("a date range ends before it starts: " + first + ".." + last,
                    "日期范围的结束早于开始：" + first + ".." + last);
        }
    }

    /**
     * Obtains a range from its first and last dates, both included.
     *
     * @param first the first date
     * @param last  the last date
     * @return the range
     * @throws NullPointerException     if a date is null
     * @throws IllegalArgumentException if {@code last} is before {@code first}
     */
    public static DateRange of(LocalDate first, LocalDate last) {
        return new DateRange(first, last);
    }

    /**
     * Obtains a range of one date.
     *
     * @param date the date
     * @return the range
     * @throws NullPointerException if {@code date} is null
     */
    public static DateRange ofDate(LocalDate date) {
        return new DateRange(date, date);
    }

    /**
     * Obtains a range from {@code 2025-01-28..2025-02-04} or a single date {@code 2025-01-28}.
     *
     * @param text the text
     * @return the range
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if the text is not a date or a range of dates
     */
    public static DateRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        int dots = s.indexOf("..");
        try {
            if (dots < 0) {
                return ofDate(LocalDate.parse(s));
            }
            return of(LocalDate.parse(s.substring(0, dots)), LocalDate.parse(s.substring(dots + 2)));
        } catch (DateTimeParseException e) {
            throw new BilingualArgumentException("not a date (yyyy-MM-dd) or a date range (yyyy-MM-dd..yyyy-MM-dd): '"
                    + s + "'", "须为日期（yyyy-MM-dd）或日期范围（yyyy-MM-dd..yyyy-MM-dd），实际是 '" + s + "'", e);
        }
    }

    /**
     * Checks if a date is in the range.
     *
     * @param date the date
     * @return true if {@code first <= date <= last}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /**
     * Gets the number of dates in the range.
     *
     * @return at least 1
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /**
     * Returns {@code first..last}, or the single date; {@link #parse} reads it back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
