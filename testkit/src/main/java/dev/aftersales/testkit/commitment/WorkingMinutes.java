package dev.aftersales.testkit.commitment;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.testkit.calendar.MinuteSteppingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which minutes of a calendar are working time, asked of the minute-stepping oracle
 * ({@link MinuteSteppingCalendar}) one minute at a time and remembered: the reference simulation's
 * only view of a calendar. Counting forward minute by minute gives business-time offsets; working
 * days come from the oracle's dates (a date with some working time, the end of its last period).
 * For calendar time every minute counts.
 */
final class WorkingMinutes {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final int MAX_DAYS = 3 * 366;

    private final MinuteSteppingCalendar oracle;
    /** Per block of 1024 minutes: 0 not asked yet, 1 not working, 2 working. */
    private final Map<Long, byte[]> blocks = new HashMap<>();

    private WorkingMinutes(MinuteSteppingCalendar oracle) {
        this.oracle = oracle;
    }

    static WorkingMinutes of(BusinessCalendar calendar) {
        return new WorkingMinutes(MinuteSteppingCalendar.of(calendar));
    }

    static WorkingMinutes always() {
        return new WorkingMinutes(null);
    }

    /** Whether the minute starting at {@code t} is working time. */
    boolean working(Instant t) {
        if (oracle == null) {
            return true;
        }
        long minute = Math.floorDiv(t.getEpochSecond(), 60);
        byte[] block = blocks.computeIfAbsent(minute >> 10, k -> new byte[1024]);
        int i = (int) (minute & 1023);
        if (block[i] == 0) {
            block[i] = oracle.isWorkingTime(t) ? (byte) 2 : (byte) 1;
        }
        return block[i] == 2;
    }

    /** The instant at which {@code d} whole minutes of working time have passed since {@code from}. */
    Instant plus(Instant from, Duration d) {
        long left = d.toMinutes();
        Instant t = from;
        while (left > 0) {
            if (working(t)) {
                left--;
            }
            t = t.plus(MINUTE);
        }
        return t;
    }

    /** The working time in {@code [from, to)}, minute by minute. */
    Duration between(Instant from, Instant to) {
        long n = 0;
        for (Instant t = from; t.isBefore(to); t = t.plus(MINUTE)) {
            if (working(t)) {
                n++;
            }
        }
        return Duration.ofMinutes(n);
    }

    /**
     * The end of the last period of the n-th date with working time strictly after the date of
     * {@code from} (rule SL-5).
     */
    Instant plusWorkingDays(Instant from, int n) {
        LocalDate date = oracle.dayOf(from);
        int count = 0;
        for (int i = 0; i < MAX_DAYS; i++) {
            date = date.plusDays(1);
            if (oracle.isWorkingDay(date)) {
                count++;
                if (count == n) {
                    List<Instant[]> periods = oracle.periodsOn(date);
                    Instant end = null;
                    for (Instant[] p : periods) {
                        if (p[1].isAfter(p[0]) && (end == null || p[1].isAfter(end))) {
                            end = p[1];
                        }
                    }
                    return end;
                }
            }
        }
        throw new IllegalStateException("no " + n + " working days within " + MAX_DAYS + " days");
    }
}
