package dev.aftersales.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The table-driven working-time arithmetic of one calendar (rules SL-2 to SL-5): year tables are
 * built lazily and shared by all threads; consecutive years form a run with prefix sums, so that
 * {@code plus} and {@code between} are a few binary searches for one hour and for years alike.
 * Other years are kept in a small cache of the least recently used, so that the memory a calendar
 * holds is bounded ({@link BusinessCalendar#YEAR_CACHE_SIZE} tables) however far its computations
 * reach. Computations are bounded too: no result lies more than {@link BusinessCalendar#MAX_SPAN}
 * after its start, nor after {@link BusinessCalendar#MAX_DATE}; the callers check the arguments,
 * this class refuses results beyond those limits with a {@link CalendarArgumentException} naming
 * the parameter that asked for them.
 */
final class WorkingTimeEngine {

    /** How many years the contiguous run holds at most. */
    static final int MAX_RUN = BusinessCalendar.YEAR_CACHE_SIZE / 2;
    /** How many other years the cache of the least recently used holds at most. */
    static final int MAX_CACHED = BusinessCalendar.YEAR_CACHE_SIZE - MAX_RUN;
    /** How far beyond its ends a run grows in one step; farther years are cached alone. */
    private static final int MAX_GAP = 16;
    /** The mean Gregorian year in seconds, to guess a year's place in the run. */
    private static final long SECONDS_PER_YEAR = 31_556_952L;
    private static final long MAX_SPAN_SECONDS = BusinessCalendar.MAX_SPAN.getSeconds();
    private static final long MAX_SPAN_DAYS = BusinessCalendar.MAX_SPAN.toDays();
    private static final int LAST_YEAR = BusinessCalendar.MAX_DATE.getYear();
    /** Targets up to this are counted in a long of nanoseconds (which holds about 292 years). */
    private static final Duration LONG_NANOS = Duration.ofDays(200 * 366);

    private final ZoneId zone;
    private final ZoneRules rules;
    private final Function<LocalDate, ResolvedDay> resolver;
    /** The first supported instant: the start of {@link BusinessCalendar#MIN_DATE}. */
    private final Instant minInstant;
    /** The first instant after the supported ones: the start of the day after {@link BusinessCalendar#MAX_DATE}. */
    private final Instant maxExclusive;
    /** Years outside the run, least recently used first; guarded by itself. */
    private final LinkedHashMap<Integer, YearTable> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, YearTable> eldest) {
            return size() > MAX_CACHED;
        }
    };
    /**
     * The table used last: a hint only, so a plain field; a racy read sees a complete table or
     * null, since a table's fields are final and it is immutable.
     */
    private YearTable recent;
    /**
     * The table of the far end of the last span that crossed years (a span's end is often "now",
     * or the same year as the last one's): a hint like {@link #recent}.
     */
    private YearTable recentFar;
    /** The contiguous run of built years with prefix sums, replaced whole when it grows. */
    private volatile Run run;

    /**
     * Consecutive years' tables with the working time before each, counted from the first: a span
     * or a target across years inside the run costs one subtraction or one binary search.
     */
    private record Run(int first, YearTable[] tables, long[] before) {
        boolean has(int year) {
            return year >= first && year - first < tables.length;
        }

        int last() {
            return tables.length - 1;
        }

        long end() {
            return before[last()] + tables[last()].totalWorked();
        }
    }

    WorkingTimeEngine(ZoneId zone, Function<LocalDate, ResolvedDay> resolver) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.resolver = resolver;
        this.minInstant = LocalTimes.firstInstant(BusinessCalendar.MIN_DATE, 0, rules);
        this.maxExclusive = LocalTimes.firstInstant(BusinessCalendar.MAX_DATE.plusDays(1), 0, rules);
    }

    // ---- limits -------------------------------------------------------------------------------

    /** Checks if an instant's local date lies between MIN_DATE and MAX_DATE. */
    boolean supports(Instant instant) {
        return instant.compareTo(minInstant) >= 0 && instant.compareTo(maxExclusive) < 0;
    }

    /** Checks if {@code end} lies more than MAX_SPAN after {@code start}. */
    static boolean beyondSpan(Instant start, Instant end) {
        long seconds = end.getEpochSecond() - start.getEpochSecond();
        return seconds > MAX_SPAN_SECONDS || seconds == MAX_SPAN_SECONDS && end.getNano() > start.getNano();
    }

    /** Checks if a result may be returned: supported and at most MAX_SPAN after its start. */
    private boolean beyond(Instant start, Instant end) {
        return end.compareTo(maxExclusive) >= 0 || beyondSpan(start, end);
    }

    private static CalendarArgumentException tooFar(String parameter, String what, String chineseWhat, Object from) {
        return new CalendarArgumentException(parameter, what + " from " + from + " would lie more than "
                + MAX_SPAN_DAYS + " days (BusinessCalendar.MAX_SPAN) after it or after " + BusinessCalendar.MAX_DATE,
                "自 " + from + " 起的" + chineseWhat + "将晚于其后 " + MAX_SPAN_DAYS + " 天（BusinessCalendar.MAX_SPAN）或晚于 "
                        + BusinessCalendar.MAX_DATE);
    }

    // ---- tables -------------------------------------------------------------------------------

    YearTable year(int year) {
        Run r = run;
        if (r != null && r.has(year)) {
            return r.tables[year - r.first];
        }
        YearTable t = cached(year);
        extendRun(year, t);
        return t;
    }

    private YearTable cached(int year) {
        synchronized (cache) {
            YearTable t = cache.get(year);
            if (t != null) {
                return t;
            }
        }
        YearTable built = YearTable.build(year, rules, resolver); // outside the lock: a race builds twice, harmlessly
        synchronized (cache) {
            YearTable raced = cache.putIfAbsent(year, built);
            return raced != null ? raced : built;
        }
    }

    private synchronized void extendRun(int year, YearTable table) {
        Run r = run;
        if (r == null) {
            run = new Run(year, new YearTable[] {table}, new long[] {0});
            return;
        }
        if (r.has(year)) {
            return;
        }
        int oldLast = r.first + r.last();
        if (year < r.first - MAX_GAP || year > oldLast + MAX_GAP
                || Math.max(oldLast, year) - Math.min(r.first, year) + 1 > MAX_RUN) {
            return;
        }
        int first = Math.min(r.first, year);
        int last = Math.max(oldLast, year);
        YearTable[] tables = new YearTable[last - first + 1];
        long[] before = new long[tables.length];
        for (int i = 0; i < tables.length; i++) {
            int y = first + i;
            tables[i] = r.has(y) ? r.tables[y - r.first] : y == year ? table : cached(y);
            before[i] = i == 0 ? 0 : before[i - 1] + tables[i - 1].totalWorked();
        }
        run = new Run(first, tables, before);
    }

    /** The number of distinct year tables the engine holds: at most {@link BusinessCalendar#YEAR_CACHE_SIZE}. */
    int tablesHeld() {
        Map<YearTable, Boolean> held = new IdentityHashMap<>();
        synchronized (cache) {
            cache.values().forEach(t -> held.put(t, Boolean.TRUE));
        }
        Run r = run;
        if (r != null) {
            for (YearTable t : r.tables) {
                held.put(t, Boolean.TRUE);
            }
        }
        return held.size();
    }

    YearTable tableFor(Instant instant) {
        YearTable t = recent;
        if (t != null && t.contains(instant)) {
            return t;
        }
        t = locate(instant);
        recent = t;
        return t;
    }

    /** Finds the table holding a supported instant: by arithmetic in the run, else by its local year. */
    private YearTable locate(Instant instant) {
        Run r = run;
        if (r != null) {
            long guess = Math.floorDiv(instant.getEpochSecond() - r.tables[0].start.getEpochSecond(), SECONDS_PER_YEAR);
            if (guess >= -1 && guess <= r.last() + 1) {
                int i = (int) Math.max(0, Math.min(r.last(), guess));
                for (int step = 0; step < 3; step++) {
                    YearTable t = r.tables[i];
                    long o = t.offset(instant);
                    if (o >= 0 && o < t.length) {
                        return t;
                    }
                    i += o < 0 ? -1 : 1;
                    if (i < 0 || i > r.last()) {
                        break;
                    }
                }
            }
        }
        int y = instant.atZone(zone).getYear();
        YearTable t = year(y);
        if (!t.contains(instant)) {
            t = t.offset(instant) < 0 ? year(y - 1) : year(y + 1);
        }
        return t;
    }

    LocalDate dateAt(Instant instant) {
        YearTable t = tableFor(instant);
        return t.date(t.dayIndex(t.offset(instant)));
    }

    ResolvedDay day(LocalDate date) {
        return year(date.getYear()).days[date.getDayOfYear() - 1];
    }

    // ---- arithmetic ---------------------------------------------------------------------------

    boolean isWorkingTime(Instant instant) {
        YearTable t = tableFor(instant);
        return t.isWorking(t.offset(instant));
    }

    /** The first working instant at or after a supported instant, at most MAX_SPAN later. */
    Instant nextWorkingInstant(Instant instant) {
        YearTable t = tableFor(instant);
        long o = t.offset(instant);
        int k = t.intervalAtOrBefore(o);
        if (k >= 0 && o < t.ivEnd[k]) {
            return instant;
        }
        Instant found;
        if (k + 1 < t.intervalCount()) {
            found = t.instant(t.ivStart[k + 1]);
        } else {
            while (true) {
                if (beyond(instant, t.instant(t.length))) {
                    throw tooFar("instant", "the next working time", "下一个工作时间", instant);
                }
                t = year(t.year + 1);
                if (t.intervalCount() > 0) {
                    found = t.instant(t.ivStart[0]);
                    break;
                }
            }
        }
        if (beyond(instant, found)) {
            throw tooFar("instant", "the next working time", "下一个工作时间", instant);
        }
        return found;
    }

    /** The working time in {@code [a, b)}: both supported, at most MAX_SPAN apart (checked by the caller). */
    Duration between(Instant a, Instant b) {
        int c = a.compareTo(b);
        if (c == 0) {
            return Duration.ZERO;
        }
        if (c > 0) {
            return between(b, a).negated();
        }
        YearTable t = tableFor(a);
        long wa = t.workedBefore(t.offset(a));
        if (t.contains(b)) {
            return Duration.ofNanos(t.workedBefore(t.offset(b)) - wa);
        }
        return acrossYears(t, wa, b);
    }

    /** The working time from {@code wa} into the year of {@code t} to {@code b}, in a later year. */
    private Duration acrossYears(YearTable t, long wa, Instant b) {
        YearTable tb = recentFar;
        if (tb == null || !tb.contains(b)) {
            tb = locate(b);
            recentFar = tb;
        }
        Run r = run;
        if (r != null && r.has(t.year) && r.has(tb.year)) {
            long before = r.before[tb.year - r.first] - r.before[t.year - r.first];
            return Duration.ofNanos(before + tb.workedBefore(tb.offset(b)) - wa);
        }
        // year by year; a Duration, since centuries of working time overflow a long of nanoseconds
        Duration total = Duration.ofNanos(-wa);
        while (!t.contains(b)) {
            total = total.plusNanos(t.totalWorked());
            t = year(t.year + 1);
        }
        return total.plusNanos(t.workedBefore(t.offset(b)));
    }

    /**
     * The business-time deadline (rule SL-3) of a non-negative target of at most MAX_SPAN from a
     * supported start (checked by the caller).
     */
    Instant plus(Instant start, Duration duration) {
        if (duration.isZero()) {
            return start;
        }
        // a run's prefix sums stay far below a long of nanoseconds; longer targets are walked
        long remaining = duration.compareTo(LONG_NANOS) <= 0 ? duration.toNanos() : Long.MAX_VALUE;
        YearTable t = tableFor(start);
        long base = t.workedBefore(t.offset(start));
        Instant end;
        Run r;
        // within the start's year or the run (at most MAX_RUN years) only MAX_DATE's end can be passed
        if (remaining <= t.totalWorked() - base) {
            end = t.instant(t.positionOfWorked(base + remaining));
            if (t.year == LAST_YEAR && beyond(start, end)) {
                throw tooFar("target", "the deadline of " + duration, " " + duration + " 的期限", start);
            }
            return end;
        } else if ((r = run) != null && r.has(t.year) && remaining <= r.end() - r.before[t.year - r.first] - base) {
            long absolute = r.before[t.year - r.first] + base + remaining;
            int lo = t.year - r.first;
            int hi = r.last();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (r.before[mid] + r.tables[mid].totalWorked() >= absolute) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            YearTable due = r.tables[lo];
            end = due.instant(due.positionOfWorked(absolute - r.before[lo]));
            if (due.year == LAST_YEAR && beyond(start, end)) {
                throw tooFar("target", "the deadline of " + duration, " " + duration + " 的期限", start);
            }
            return end;
        } else {
            Duration left = duration;
            while (true) {
                long available = t.totalWorked() - base;
                if (left.compareTo(Duration.ofNanos(available)) <= 0) {
                    end = t.instant(t.positionOfWorked(base + left.toNanos()));
                    break;
                }
                left = left.minusNanos(available);
                if (beyond(start, t.instant(t.length))) {
                    throw tooFar("target", "the deadline of " + duration, " " + duration + " 的期限", start);
                }
                t = year(t.year + 1);
                base = 0;
            }
        }
        if (beyond(start, end)) {
            throw tooFar("target", "the deadline of " + duration, " " + duration + " 的期限", start);
        }
        return end;
    }

    /**
     * The end of the last working period of the {@code n}-th working day after {@code date} (rule
     * SL-5), on a date at most MAX_SPAN's days after it.
     */
    Instant plusWorkingDays(LocalDate date, int n) {
        YearTable t = year(date.getYear());
        int already = t.workingDaysBefore[date.getDayOfYear()];
        long remaining = n;
        while (true) {
            int available = t.totalWorkingDays() - already;
            if (remaining <= available) {
                int day = t.workingDayNumber((int) (already + remaining));
                Instant end = t.instant(t.ivEnd[t.dayFirst[day + 1] - 1]);
                if (ChronoUnit.DAYS.between(date, t.date(day)) > MAX_SPAN_DAYS || end.compareTo(maxExclusive) >= 0) {
                    throw tooFar("n", n + " working days", " " + n + " 个工作日", date);
                }
                return end;
            }
            remaining -= available;
            if (t.year >= BusinessCalendar.MAX_DATE.getYear()
                    || ChronoUnit.DAYS.between(date, LocalDate.of(t.year + 1, 1, 1)) > MAX_SPAN_DAYS) {
                throw tooFar("n", n + " working days", " " + n + " 个工作日", date);
            }
            t = year(t.year + 1);
            already = 0;
        }
    }

    /** The working days in {@code (afterExclusive, untilInclusive]}: supported dates at most MAX_SPAN's days apart. */
    long workingDaysBetween(LocalDate afterExclusive, LocalDate untilInclusive) {
        int c = afterExclusive.compareTo(untilInclusive);
        if (c == 0) {
            return 0;
        }
        if (c > 0) {
            return -workingDaysBetween(untilInclusive, afterExclusive);
        }
        YearTable ta = year(afterExclusive.getYear());
        long before = ta.workingDaysBefore[afterExclusive.getDayOfYear()];
        long through = 0;
        for (int y = ta.year; y < untilInclusive.getYear(); y++) {
            through += year(y).totalWorkingDays();
        }
        through += year(untilInclusive.getYear()).workingDaysBefore[untilInclusive.getDayOfYear()];
        return through - before;
    }

    /** The non-working spans in {@code [from, to)}: both supported, at most MAX_SPAN apart (checked by the caller). */
    List<NonWorkingSpan> nonWorkingSpans(Instant from, Instant to) {
        List<NonWorkingSpan> out = new ArrayList<>();
        if (!from.isBefore(to)) {
            return out;
        }
        YearTable t = tableFor(from);
        long o = t.offset(from);
        int day = t.dayIndex(o);
        while (true) {
            long dayEnd = t.dayStart[day + 1];
            long limit = Math.min(dayEnd, t.offset(to));
            ResolvedDay rd = t.days[day];
            long cursor = o;
            for (int k = t.dayFirst[day]; k < t.dayFirst[day + 1] && cursor < limit; k++) {
                if (t.ivEnd[k] <= cursor) {
                    continue;
                }
                if (t.ivStart[k] > cursor) {
                    add(out, t, cursor, Math.min(t.ivStart[k], limit), rd);
                }
                cursor = t.ivEnd[k];
            }
            if (cursor < limit) {
                add(out, t, cursor, limit, rd);
            }
            if (limit >= t.offset(to)) {
                return out;
            }
            o = dayEnd;
            day++;
            if (day == t.days.length) {
                t = year(t.year + 1);
                day = 0;
                o = 0;
            }
        }
    }

    private static void add(List<NonWorkingSpan> out, YearTable t, long from, long to, ResolvedDay day) {
        Instant start = t.instant(from);
        Instant end = t.instant(to);
        if (!out.isEmpty()) {
            NonWorkingSpan last = out.get(out.size() - 1);
            if (last.end().equals(start) && last.reason() == day.offReason() && last.name().equals(day.name())) {
                out.set(out.size() - 1, last.withEnd(end));
                return;
            }
        }
        out.add(new NonWorkingSpan(start, end, day.offReason(), day.name()));
    }
}
