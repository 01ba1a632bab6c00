package dev.aftersales.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The working time of one calendar year (local dates Jan 1 to Dec 31), as flat sorted arrays of
 * working intervals with cumulative working time, and per day its first interval and a running
 * count of working days. Positions are nanoseconds from the start of Jan 1. Immutable.
 */
final class YearTable {

    private static final long FAR_SECONDS = 9_000_000_000L;

    final int year;
    final Instant start;
    private final long startSecond;
    private final int startNano;
    final long length;
    private final long total;
    private final int workingDays;
    final long[] dayStart;
    final int[] dayFirst;
    final int[] workingDaysBefore;
    final long[] ivStart;
    final long[] ivEnd;
    final long[] cumEnd;
    final ResolvedDay[] days;

    private YearTable(int year, Instant start, long length, long[] dayStart, int[] dayFirst, int[] workingDaysBefore,
                      long[] ivStart, long[] ivEnd, long[] cumEnd, ResolvedDay[] days) {
        this.year = year;
        this.start = start;
        this.startSecond = start.getEpochSecond();
        this.startNano = start.getNano();
        this.length = length;
        this.total = cumEnd.length == 0 ? 0 : cumEnd[cumEnd.length - 1];
        this.workingDays = workingDaysBefore[days.length];
        this.dayStart = dayStart;
        this.dayFirst = dayFirst;
        this.workingDaysBefore = workingDaysBefore;
        this.ivStart = ivStart;
        this.ivEnd = ivEnd;
        this.cumEnd = cumEnd;
        this.days = days;
    }

    static YearTable build(int year, ZoneRules rules, Function<LocalDate, ResolvedDay> resolver) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        int n = jan1.lengthOfYear();
        Instant start = LocalTimes.firstInstant(jan1, 0, rules);
        long[] dayStart = new long[n + 1];
        int[] dayFirst = new int[n + 1];
        int[] workingBefore = new int[n + 1];
        ResolvedDay[] days = new ResolvedDay[n];
        long[] s = new long[n * 2];
        long[] e = new long[n * 2];
        int count = 0;
        for (int i = 0; i < n; i++) {
            LocalDate date = jan1.plusDays(i);
            dayStart[i] = offset(start, LocalTimes.firstInstant(date, 0, rules));
            dayFirst[i] = count;
            days[i] = resolver.apply(date);
            for (WorkingPeriod p : days[i].hours().periods()) {
                long ps = offset(start, LocalTimes.firstInstant(date, p.startNanoOfDay(), rules));
                long pe = offset(start, LocalTimes.firstInstant(date, p.endNanoOfDay(), rules));
                if (pe <= ps) {
                    continue; // the whole period falls into a daylight-saving gap
                }
                if (count > dayFirst[i] && ps <= e[count - 1]) {
                    e[count - 1] = Math.max(e[count - 1], pe); // touching periods merge
                    continue;
                }
                if (count == s.length) {
                    s = Arrays.copyOf(s, count * 2);
                    e = Arrays.copyOf(e, count * 2);
                }
                s[count] = ps;
                e[count] = pe;
                count++;
            }
            workingBefore[i + 1] = workingBefore[i] + (count > dayFirst[i] ? 1 : 0);
        }
        dayStart[n] = offset(start, LocalTimes.firstInstant(jan1.plusYears(1), 0, rules));
        dayFirst[n] = count;
        long[] cum = new long[count];
        long total = 0;
        for (int k = 0; k < count; k++) {
            total += e[k] - s[k];
            cum[k] = total;
        }
        return new YearTable(year, start, dayStart[n], dayStart, dayFirst, workingBefore,
                Arrays.copyOf(s, count), Arrays.copyOf(e, count), cum, days);
    }

    /** Nanoseconds from {@code origin} to {@code instant}, saturating beyond about 285 years. */
    static long offset(Instant origin, Instant instant) {
        long seconds = instant.getEpochSecond() - origin.getEpochSecond();
        if (seconds > FAR_SECONDS) {
            return Long.MAX_VALUE / 2;
        }
        if (seconds < -FAR_SECONDS) {
            return Long.MIN_VALUE / 2;
        }
        return seconds * 1_000_000_000L + (instant.getNano() - origin.getNano());
    }

    long offset(Instant instant) {
        long seconds = instant.getEpochSecond() - startSecond;
        if (seconds > FAR_SECONDS) {
            return Long.MAX_VALUE / 2;
        }
        if (seconds < -FAR_SECONDS) {
            return Long.MIN_VALUE / 2;
        }
        return seconds * 1_000_000_000L + (instant.getNano() - startNano);
    }

    Instant instant(long offset) {
        return start.plusNanos(offset);
    }

    boolean contains(Instant instant) {
        long o = offset(instant);
        return o >= 0 && o < length;
    }

    int intervalCount() {
        return ivStart.length;
    }

    long totalWorked() {
        return total;
    }

    int totalWorkingDays() {
        return workingDays;
    }

    /** The index of the last interval starting at or before {@code o}, or -1. */
    int intervalAtOrBefore(long o) {
        int lo = 0;
        int hi = ivStart.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ivStart[mid] <= o) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi;
    }

    /** The working time from the start of the year up to {@code o}. */
    long workedBefore(long o) {
        int k = intervalAtOrBefore(o);
        if (k < 0) {
            return 0;
        }
        long before = k == 0 ? 0 : cumEnd[k - 1];
        return before + Math.min(o, ivEnd[k]) - ivStart[k];
    }

    boolean isWorking(long o) {
        int k = intervalAtOrBefore(o);
        return k >= 0 && o < ivEnd[k];
    }

    /** The position at which exactly {@code target} (1 .. total) of working time has elapsed. */
    long positionOfWorked(long target) {
        int lo = 0;
        int hi = cumEnd.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumEnd[mid] >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return ivEnd[lo] - (cumEnd[lo] - target);
    }

    /** The index of the day containing position {@code o} (0 .. length). */
    int dayIndex(long o) {
        int lo = 0;
        int hi = days.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (dayStart[mid] <= o) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Math.max(hi, 0);
    }

    LocalDate date(int dayIndex) {
        return days[dayIndex].date();
    }

    boolean isWorkingDay(int dayIndex) {
        return dayFirst[dayIndex + 1] > dayFirst[dayIndex];
    }

    /** The index of the day that is the {@code k}-th working day of the year (k from 1). */
    int workingDayNumber(int k) {
        int lo = 1;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (workingDaysBefore[mid] >= k) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }
}
