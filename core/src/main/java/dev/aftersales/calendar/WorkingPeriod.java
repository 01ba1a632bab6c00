package dev.aftersales.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One working period of a day (rule SL-1): the half-open local-time interval
 * {@code [start, end)}, for example {@code 09:00-12:00}. An {@code end} of {@link LocalTime#MIDNIGHT}
 * means 24:00, the end of the day: a period can never end at the start of its own day, so the
 * reading is unambiguous ({@code 00:00-24:00} is the whole day). Times are whole seconds.
 *
 * <p>How a local time becomes an instant on a given date, including in daylight-saving gaps and
 * overlaps, is described on {@link BusinessCalendar} (rule SL-2).
 *
 * @param start the first local time of the period (inclusive)
 * @param end   the local time the period ends (exclusive); {@code 00:00} means 24:00
 */
public record WorkingPeriod(LocalTime start, LocalTime end) implements Comparable<WorkingPeriod> {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    /**
     * Creates a period, checking that it starts before it ends.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code start} is not before {@code end}, or a time has
     *                                  a fraction of a second
     */
    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.getNano() != 0 || end.getNano() != 0) {
            throw new BilingualArgumentException("working periods are whole seconds, got " + start + "-" + end,
                    "工作时段须精确到整秒，实际是 " + start + "-" + end);
        }
        if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
            throw new BilingualArgumentException("a working period must start before it ends, got "
                    + format(start, false) + "-" + format(end, true),
                    "工作时段的开始须早于结束，实际是 " + format(start, false) + "-" + format(end, true));
        }
    }

    /**
     * Obtains a period from its start and end; an end of {@code 00:00} means 24:00.
     *
     * @param start the first local time (inclusive)
     * @param end   the end (exclusive), {@code 00:00} for 24:00
     * @return the period
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code start} is not before {@code end}
     */
    public static WorkingPeriod of(LocalTime start, LocalTime end) {
        return new WorkingPeriod(start, end);
    }

    /**
     * Obtains a period from hours and minutes; {@code endHour} 24 with {@code endMinute} 0 means
     * the end of the day.
     *
     * @param startHour   0 to 23
     * @param startMinute 0 to 59
     * @param endHour     0 to 24
     * @param endMinute   0 to 59, and 0 when {@code endHour} is 24
     * @return the period
     * @throws java.time.DateTimeException if a field is out of range
     * @throws IllegalArgumentException    if the period does not start before it ends
     */
    public static WorkingPeriod of(int startHour, int startMinute, int endHour, int endMinute) {
        LocalTime end = endHour == 24 && endMinute == 0 ? LocalTime.MIDNIGHT : LocalTime.of(endHour, endMinute);
        return new WorkingPeriod(LocalTime.of(startHour, startMinute), end);
    }

    /**
     * Obtains a period from text such as {@code 09:00-12:00}, {@code 22:00-24:00} or
     * {@code 08:30:15-09:00}; the form {@link #toString()} writes.
     *
     * @param text the period text
     * @return the period
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if the text is not a period, naming what is wrong
     */
    public static WorkingPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        int dash = s.indexOf('-');
        if (dash <= 0 || dash != s.lastIndexOf('-')) {
            throw new BilingualArgumentException("a working period is written HH:MM-HH:MM, got '" + s + "'",
                    "工作时段须写作 HH:MM-HH:MM，实际是 '" + s + "'");
        }
        LocalTime start = parseTime(s.substring(0, dash), false);
        LocalTime end = parseTime(s.substring(dash + 1), true);
        return new WorkingPeriod(start, end);
    }

    private static LocalTime parseTime(String text, boolean isEnd) {
        if (text.equals("24:00") || text.equals("24:00:00")) {
            if (!isEnd) {
                throw new BilingualArgumentException("24:00 can only end a working period", "24:00 只能作为工作时段的结束时间");
            }
            return LocalTime.MIDNIGHT;
        }
        if (!text.matches("\\d\\d:\\d\\d(:\\d\\d)?")) {
            throw new BilingualArgumentException("a time is written HH:MM or HH:MM:SS, got '" + text + "'",
                    "时间须写作 HH:MM 或 HH:MM:SS，实际是 '" + text + "'");
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new BilingualArgumentException("not a valid time: '" + text + "'", "不是有效的时间：'" + text + "'", e);
        }
    }

    /**
     * Checks if this period runs to 24:00, the end of its day.
     *
     * @return true if the end is 24:00
     */
    public boolean endsAtMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    /**
     * Gets the start as nanoseconds from the start of the (nominal, 24-hour) day.
     *
     * @return the start's nano-of-day
     */
    public long startNanoOfDay() {
        return start.toNanoOfDay();
    }

    /**
     * Gets the end as nanoseconds from the start of the (nominal, 24-hour) day; 24:00 gives
     * 86,400 seconds' worth.
     *
     * @return the end's nano-of-day, up to and including one day
     */
    public long endNanoOfDay() {
        return endsAtMidnight() ? NANOS_PER_DAY : end.toNanoOfDay();
    }

    /**
     * Gets the length on the clock face, ignoring daylight saving (which rule SL-2 applies when the
     * period is placed on a date in a zone).
     *
     * @return the nominal length
     */
    public Duration nominalLength() {
        return Duration.ofNanos(endNanoOfDay() - startNanoOfDay());
    }

    /**
     * Checks if this period shares some time with another (touching periods do not overlap).
     *
     * @param other the other period
     * @return true if the half-open intervals intersect
     * @throws NullPointerException if {@code other} is null
     */
    public boolean overlaps(WorkingPeriod other) {
        Objects.requireNonNull(other, "other");
        return startNanoOfDay() < other.endNanoOfDay() && other.startNanoOfDay() < endNanoOfDay();
    }

    /**
     * Compares by start, then by end.
     *
     * @param other the other period
     * @return the order
     */
    @Override
    public int compareTo(WorkingPeriod other) {
        int c = Long.compare(startNanoOfDay(), other.startNanoOfDay());
        return c != 0 ? c : Long.compare(endNanoOfDay(), other.endNanoOfDay());
    }

    /**
     * Returns the period as {@code HH:MM-HH:MM} (seconds only when present), which
     * {@link #parse(CharSequence)} reads back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return format(start, false) + "-" + format(end, true);
    }

    private static String format(LocalTime time, boolean isEnd) {
        if (isEnd && time.equals(LocalTime.MIDNIGHT)) {
            return "24:00";
        }
        String hm = String.format("%02d:%02d", time.getHour(), time.getMinute());
        return time.getSecond() == 0 ? hm : hm + String.format(":%02d", time.getSecond());
    }
}
