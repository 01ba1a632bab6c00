package dev.aftersales.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The table-driven working-time arithmetic of one calendar (rules SL-2 to SL-5): year tables are
 * built lazily, once, and shared by all threads; consecutive years form a run with prefix sums, so
 * that {@code plus} and {@code between} are a few binary searches for one hour and for years alike.
 * Far years (beyond the run) are walked one year at a time.
 */
final class WorkingTimeEngine {

    /** How many consecutive years without any working time end a search. */
    private static final int MAX_EMPTY_YEARS = 400;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final Function<LocalDate, ResolvedDay> resolver;
    private final ConcurrentHashMap<Integer, YearTable> years = new ConcurrentHashMap<>();
    /**
     * The table used last: a hint only, so a plain field; a racy read sees a complete table or
     * null, since a table's fields are final and it is immutable.
     */
    private YearTable recent;
    /** The built tables sorted by start, replaced whole when one is added: lookups need no lock. */
    private volatile YearTable[] sorted = new YearTable[0];
    /** The contiguous run of built years with prefix sums, replaced whole when it grows. */
    private volatile Run run;

    /** The mean Gregorian year in seconds, to guess a year's place in the run. */
    private static final long SECONDS_PER_YEAR = 31_556_952L;
    /** How many years a run holds at most: its prefix sums of nanoseconds stay far from overflow. */
    private static final int MAX_RUN = 200;
    /** How far beyond its ends a run grows in one step; farther years are built alone. */
    private static final int MAX_GAP = 64;

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
    }

    YearTable year(int year) {
        Run r = run;
        if (r != null && r.has(year)) {
            return r.tables[year - r.first];
        }
        YearTable t = built(year);
        extendRun(year);
        return t;
    }

    private YearTable built(int year) {
        YearTable t = years.get(year);
        if (t == null) {
            t = years.computeIfAbsent(year, y -> YearTable.build(y, rules, resolver));
            publish(t);
        }
        return t;
    }

    private synchronized void extendRun(int year) {
        Run r = run;
        if (r != null && r.has(year)) {
            return;
        }
        int first = year;
        int last = year;
        if (r != null) {
            int oldLast = r.first + r.last();
            if (year < r.first - MAX_GAP || year > oldLast + MAX_GAP
                    || Math.max(oldLast, year) - Math.min(r.first, year) + 1 > MAX_RUN) {
                return;
            }
            first = Math.min(r.first, year);
            last = Math.max(oldLast, year);
        }
        YearTable[] tables = new YearTable[last - first + 1];
        long[] before = new long[tables.length];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = built(first + i);
            before[i] = i == 0 ? 0 : before[i - 1] + tables[i - 1].totalWorked();
        }
        run = new Run(first, tables, before);
    }

    private synchronized void publish(YearTable t) {
        YearTable[] old = sorted;
        int at = 0;
        while (at < old.length && old[at].year < t.year) {
            at++;
        }
        if (at < old.length && old[at].year == t.year) {
            return;
        }
        YearTable[] grown = new YearTable[old.length + 1];
        System.arraycopy(old, 0, grown, 0, at);
        grown[at] = t;
        System.arraycopy(old, at, grown, at + 1, old.length - at);
        sorted = grown;
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

    /** Finds the table holding an instant: by arithmetic in the run, else by search, else built. */
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
        YearTable[] built = sorted;
        int lo = 0;
        int hi = built.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (built[mid].start.compareTo(instant) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (hi >= 0 && built[hi].contains(instant)) {
            return built[hi];
        }
        int y = instant.atZone(zone).getYear();
        YearTable t = year(y);
        if (!t.contains(instant)) {
            t = t.offset(instant) < 0 ? year(y - 1) : year(y + 1);
        }
        return t;
    }

    YearTable next(YearTable t) {
        return year(Math.addExact(t.year, 1));
    }

    LocalDate dateAt(Instant instant) {
        YearTable t = tableFor(instant);
        return t.date(t.dayIndex(t.offset(instant)));
    }

    ResolvedDay day(LocalDate date) {
        return year(date.getYear()).days[date.getDayOfYear() - 1];
    }

    boolean isWorkingTime(Instant instant) {
        YearTable t = tableFor(instant);
        return t.isWorking(t.offset(instant));
    }

    Instant nextWorkingInstant(Instant instant) {
        YearTable t = tableFor(instant);
        long o = t.offset(instant);
        int k = t.intervalAtOrBefore(o);
        if (k >= 0 && o < t.ivEnd[k]) {
            return instant;
        }
        if (k + 1 < t.intervalCount()) {
            return t.instant(t.ivStart[k + 1]);
        }
        for (int empty = 0; empty < MAX_EMPTY_YEARS; empty++) {
            t = next(t);
            if (t.intervalCount() > 0) {
                return t.instant(t.ivStart[0]);
            }
        }
        throw new IllegalStateException("no working time in " + MAX_EMPTY_YEARS + " years after " + instant);
    }

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
        YearTable tb = locate(b);
        Run r = run;
        if (r != null && r.has(t.year) && r.has(tb.year)) {
            long before = r.before[tb.year - r.first] - r.before[t.year - r.first];
            return Duration.ofNanos(before + tb.workedBefore(tb.offset(b)) - wa);
        }
        long nanos = -wa;
        while (!t.contains(b)) {
            nanos = Math.addExact(nanos, t.totalWorked());
            t = next(t);
        }
        return Duration.ofNanos(Math.addExact(nanos, t.workedBefore(t.offset(b))));
    }

    Instant plus(Instant start, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a business-time target is not negative, got " + duration);
        }
        if (duration.isZero()) {
            return start;
        }
        long remaining = duration.toNanos();
        YearTable t = tableFor(start);
        long base = t.workedBefore(t.offset(start));
        if (remaining <= t.totalWorked() - base) {
            return t.instant(t.positionOfWorked(base + remaining));
        }
        Run r = run;
        if (r != null && r.has(t.year) && remaining <= r.end() - r.before[t.year - r.first] - base) {
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
            return due.instant(due.positionOfWorked(absolute - r.before[lo]));
        }
        int empty = 0;
        while (true) {
            long available = t.totalWorked() - base;
            if (remaining <= available) {
                return t.instant(t.positionOfWorked(base + remaining));
            }
            remaining -= available;
            empty = available == 0 ? empty + 1 : 0;
            if (empty > MAX_EMPTY_YEARS) {
                throw new IllegalStateException("no working time in " + MAX_EMPTY_YEARS + " years after " + start);
            }
            t = next(t);
            base = 0;
        }
    }

    /** The end of the last working period of the {@code n}-th working day after {@code date}. */
    Instant plusWorkingDays(LocalDate date, int n) {
        YearTable t = year(date.getYear());
        int already = t.workingDaysBefore[date.getDayOfYear()];
        long remaining = n;
        int empty = 0;
        while (true) {
            int available = t.totalWorkingDays() - already;
            if (remaining <= available) {
                int day = t.workingDayNumber((int) (already + remaining));
                return t.instant(t.ivEnd[t.dayFirst[day + 1] - 1]);
            }
            remaining -= available;
            empty = available == 0 ? empty + 1 : 0;
            if (empty > MAX_EMPTY_YEARS) {
                throw new IllegalStateException("no working day in " + MAX_EMPTY_YEARS + " years after " + date);
            }
            t = next(t);
            already = 0;
        }
    }

    long workingDaysBetween(LocalDate afterExclusive, LocalDate untilInclusive) {
        int c = afterExclusive.compareTo(untilInclusive);
        if (c == 0) {
            return 0;
        }
        if (c > 0) {
            return -workingDaysBetween(untilInclusive, afterExclusive);
        }
        YearTable ta = year(afterExclusive.getYear());
        YearTable tb = year(untilInclusive.getYear());
        long through = tb.workingDaysBefore[untilInclusive.getDayOfYear()];
        long before = ta.workingDaysBefore[afterExclusive.getDayOfYear()];
        for (int y = ta.year; y < tb.year; y++) {
            through += year(y).totalWorkingDays();
        }
        return through - before;
    }

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
                t = next(t);
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
