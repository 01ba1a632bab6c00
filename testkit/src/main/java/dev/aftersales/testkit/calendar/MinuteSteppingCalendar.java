package dev.aftersales.testkit.calendar;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.DayOff;
import dev.aftersales.calendar.DayOffKind;
import dev.aftersales.calendar.DayOverride;
import dev.aftersales.calendar.DayOverrides;
import dev.aftersales.calendar.MakeUpWorkday;
import dev.aftersales.calendar.NonWorkingReason;
import dev.aftersales.calendar.NonWorkingSpan;
import dev.aftersales.calendar.SpecialHours;
import dev.aftersales.calendar.WorkingHours;
import dev.aftersales.calendar.WorkingPeriod;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference implementation of a {@link BusinessCalendar}'s arithmetic (rules SL-1 to SL-5):
 * obviously right and slow. It reads the calendar's data only (zone, weekly pattern, layers of
 * exceptions, make-up weekday), resolves each date itself, places each period on the time line
 * straight from the definition of rule SL-2, and then walks time one step (a minute by default)
 * at a time, asking of each step whether it lies inside some period.
 *
 * <p><b>Why stepping is exact.</b> When every period boundary is a whole minute of local time and
 * every zone offset and transition is a whole minute (true of Asia/Shanghai, Europe/Berlin,
 * America/New_York, Australia/Lord_Howe and UTC in the modern era), every boundary instant is a
 * whole minute of the epoch. Working time is then constant on each epoch minute {@code [m, m+1min)},
 * so summing whole and cut minutes gives exact nanosecond answers for any instants. The oracle checks
 * this: a boundary off its step grid throws {@link IllegalStateException} (use a finer step, e.g.
 * one second, for calendars with seconds in their periods).
 *
 * <p><b>What it skips.</b> Every working instant lies inside a period of some date, hence inside
 * that date's window (from its first period's start to its last period's end); windows never go
 * backwards in time, because boundaries never do. So the oracle steps only through windows and
 * jumps the gaps between them; inside a window it still tests every step against every period of
 * the neighbouring dates. Working-day questions (SL-5) look at whole dates.
 *
 * <p>Not thread-safe (it caches each date's periods). Searches give up after
 * {@value #MAX_YEARS} years with an {@link IllegalStateException}.
 */
public final class MinuteSteppingCalendar {

    /** How far a search walks before giving up. */
    public static final int MAX_YEARS = 30;

    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final ZoneRules rules;
    private final long stepSeconds;
    private final Map<LocalDate, List<Instant[]>> periods = new HashMap<>();

    private MinuteSteppingCalendar(BusinessCalendar calendar, Duration step) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(step, "step");
        if (step.getNano() != 0 || step.getSeconds() <= 0 || 86_400 % step.getSeconds() != 0) {
            throw new IllegalArgumentException("the step is whole seconds dividing a day, got " + step);
        }
        this.zone = calendar.zone();
        this.rules = zone.getRules();
        this.stepSeconds = step.getSeconds();
    }

    /**
     * Obtains the oracle of a calendar, stepping minute by minute.
     *
     * @param calendar the calendar whose data to use
     * @return the oracle
     * @throws NullPointerException if {@code calendar} is null
     */
    public static MinuteSteppingCalendar of(BusinessCalendar calendar) {
        return new MinuteSteppingCalendar(calendar, Duration.ofMinutes(1));
    }

    /**
     * Obtains the oracle of a calendar with another step.
     *
     * @param calendar the calendar whose data to use
     * @param step     whole seconds that divide a day, e.g. one second
     * @return the oracle
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the step is not whole seconds dividing a day
     */
    public static MinuteSteppingCalendar of(BusinessCalendar calendar, Duration step) {
        return new MinuteSteppingCalendar(calendar, step);
    }

    // ---- dates, straight from SL-1 -------------------------------------------------------------

    /**
     * Finds the exception governing a date: the one in the last layer that has the date.
     *
     * @param date the date
     * @return the exception, or empty
     */
    public Optional<DayOverride> governing(LocalDate date) {
        List<DayOverrides> layers = calendar.overrideLayers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Optional<DayOverride> o = layers.get(i).find(date);
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    /**
     * Gets the hours of a date: a day off has none, a make-up day those of its weekday (or the
     * calendar's make-up weekday), special hours their own, any other date the pattern's.
     *
     * @param date the date
     * @return the hours
     */
    public WorkingHours hoursOn(LocalDate date) {
        Optional<DayOverride> o = governing(date);
        if (o.isEmpty()) {
            return calendar.weeklyPattern().hoursOn(date.getDayOfWeek());
        }
        if (o.get() instanceof DayOff) {
            return WorkingHours.NONE;
        }
        if (o.get() instanceof MakeUpWorkday m) {
            return calendar.weeklyPattern().hoursOn(m.hoursOf().orElse(calendar.makeUpHoursOf()));
        }
        return ((SpecialHours) o.get()).hours();
    }

    /**
     * Places a local time of a date on the time line (rule SL-2): the first instant at which the
     * wall clock reads that date and time or later.
     *
     * @param date      the date
     * @param nanoOfDay the local time, 24:00 being a whole day
     * @return the instant
     */
    public Instant boundary(LocalDate date, long nanoOfDay) {
        LocalDateTime ldt = nanoOfDay == 86_400_000_000_000L ? date.plusDays(1).atStartOfDay()
                : date.atTime(LocalTime.ofNanoOfDay(nanoOfDay));
        ZoneOffsetTransition t = rules.getTransition(ldt);
        if (t != null && t.isGap()) {
            return t.getInstant(); // the wall clock jumps over ldt: it first reads later at the jump
        }
        return ldt.atZone(zone).toInstant(); // in an overlap: the earlier offset, the first reading
    }

    /**
     * Gets the periods of a date on the time line, leaving out those a gap swallowed.
     *
     * @param date the date
     * @return the non-empty intervals {@code [start, end)}, in order
     * @throws IllegalStateException if a boundary is off the step grid
     */
    public List<Instant[]> periodsOn(LocalDate date) {
        List<Instant[]> cached = periods.get(date);
        if (cached != null) {
            return cached;
        }
        List<Instant[]> out = new ArrayList<>();
        for (WorkingPeriod p : hoursOn(date).periods()) {
            Instant s = onGrid(boundary(date, p.startNanoOfDay()));
            Instant e = onGrid(boundary(date, p.endNanoOfDay()));
            if (e.isAfter(s)) {
                out.add(new Instant[] {s, e});
            }
        }
        periods.put(date, out);
        return out;
    }

    private Instant onGrid(Instant i) {
        if (i.getNano() != 0 || Math.floorMod(i.getEpochSecond(), stepSeconds) != 0) {
            throw new IllegalStateException("period boundary " + i + " is off the oracle's " + stepSeconds
                    + "-second grid; use a finer step");
        }
        return i;
    }

    /**
     * Gets the first instant of a date: its midnight placed by {@link #boundary}.
     *
     * @param date the date
     * @return the instant the date starts
     */
    public Instant dayStart(LocalDate date) {
        return boundary(date, 0);
    }

    /**
     * Gets the date whose day {@code [dayStart(d), dayStart(d + 1))} holds an instant.
     *
     * @param instant the instant
     * @return the date
     */
    public LocalDate dayOf(Instant instant) {
        LocalDate d = instant.atZone(zone).toLocalDate();
        while (dayStart(d).isAfter(instant)) {
            d = d.minusDays(1);
        }
        while (!dayStart(d.plusDays(1)).isAfter(instant)) {
            d = d.plusDays(1);
        }
        return d;
    }

    // ---- instants, by stepping ---------------------------------------------------------------

    /**
     * Checks if an instant lies inside some period of its date or a neighbouring date.
     *
     * @param instant the instant
     * @return true if working time
     */
    public boolean isWorkingTime(Instant instant) {
        return inPeriodNear(instant, instant.atZone(zone).toLocalDate());
    }

    private boolean inPeriodNear(Instant instant, LocalDate date) {
        for (int k = -1; k <= 1; k++) {
            for (Instant[] p : periodsOn(date.plusDays(k))) {
                if (!instant.isBefore(p[0]) && instant.isBefore(p[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Receives the steps of the windows, in order; returns false to stop. */
    private interface StepVisitor {
        boolean visit(Instant stepStart, Instant stepEnd, boolean working);
    }

    private Instant floor(Instant i) {
        return Instant.ofEpochSecond(Math.floorDiv(i.getEpochSecond(), stepSeconds) * stepSeconds);
    }

    private void walk(Instant from, Instant limit, StepVisitor visitor) {
        Instant m = floor(from);
        for (LocalDate d = dayOf(from).minusDays(1); dayStart(d).isBefore(limit); d = d.plusDays(1)) {
            List<Instant[]> ps = periodsOn(d);
            if (ps.isEmpty()) {
                continue;
            }
            Instant windowStart = ps.get(0)[0];
            Instant windowEnd = ps.get(ps.size() - 1)[1];
            if (m.isBefore(windowStart)) {
                m = windowStart;
            }
            while (m.isBefore(windowEnd) && m.isBefore(limit)) {
                Instant next = m.plusSeconds(stepSeconds);
                if (!visitor.visit(m, next, inPeriodNear(m, d))) {
                    return;
                }
                m = next;
            }
        }
    }

    private Instant horizon(Instant from) {
        return from.atZone(zone).plusYears(MAX_YEARS).toInstant();
    }

    /**
     * Gets the working time in {@code [a, b)} by summing the working steps (rule SL-4); negative
     * when reversed.
     *
     * @param a the start
     * @param b the end
     * @return the working time
     */
    public Duration between(Instant a, Instant b) {
        if (b.isBefore(a)) {
            return between(b, a).negated();
        }
        Duration[] total = {Duration.ZERO};
        walk(a, b, (s, e, working) -> {
            if (working) {
                Instant lo = s.isBefore(a) ? a : s;
                Instant hi = e.isAfter(b) ? b : e;
                if (hi.isAfter(lo)) {
                    total[0] = total[0].plus(Duration.between(lo, hi));
                }
            }
            return true;
        });
        return total[0];
    }

    /**
     * Gets the instant at which {@code target} of working time has elapsed from {@code start}
     * (rule SL-3), stepping until it is used up.
     *
     * @param start  the start
     * @param target zero or more
     * @return the deadline
     * @throws IllegalStateException if not reached within {@value #MAX_YEARS} years
     */
    public Instant plus(Instant start, Duration target) {
        if (target.isNegative()) {
            throw new IllegalArgumentException("negative target " + target);
        }
        if (target.isZero()) {
            return start;
        }
        Duration[] remaining = {target};
        Instant[] result = {null};
        walk(start, horizon(start), (s, e, working) -> {
            Instant lo = s.isBefore(start) ? start : s;
            if (working && e.isAfter(lo)) {
                Duration available = Duration.between(lo, e);
                if (remaining[0].compareTo(available) <= 0) {
                    result[0] = lo.plus(remaining[0]);
                    return false;
                }
                remaining[0] = remaining[0].minus(available);
            }
            return true;
        });
        if (result[0] == null) {
            throw new IllegalStateException("target not reached within " + MAX_YEARS + " years of " + start);
        }
        return result[0];
    }

    /**
     * Gets the first working instant at or after an instant.
     *
     * @param instant the instant
     * @return the instant itself if working, else the start of the next working step
     * @throws IllegalStateException if none within {@value #MAX_YEARS} years
     */
    public Instant nextWorkingInstant(Instant instant) {
        Instant[] result = {null};
        walk(instant, horizon(instant), (s, e, working) -> {
            if (working && e.isAfter(instant)) {
                result[0] = s.isBefore(instant) ? instant : s;
                return false;
            }
            return true;
        });
        if (result[0] == null) {
            throw new IllegalStateException("no working time within " + MAX_YEARS + " years of " + instant);
        }
        return result[0];
    }

    // ---- working days, date by date (SL-5) -------------------------------------------------------

    /**
     * Checks if a date has working time.
     *
     * @param date the date
     * @return true if some period of it is not swallowed by a gap
     */
    public boolean isWorkingDay(LocalDate date) {
        return !periodsOn(date).isEmpty();
    }

    /**
     * Gets the end of the last period of the {@code n}-th working day after the local date of
     * {@code start} (rule SL-5).
     *
     * @param start the start
     * @param n     at least 1
     * @return the deadline
     * @throws IllegalStateException if not reached within {@value #MAX_YEARS} years
     */
    public Instant plusWorkingDays(Instant start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n < 1");
        }
        LocalDate d = start.atZone(zone).toLocalDate();
        int found = 0;
        for (int i = 0; i < MAX_YEARS * 366; i++) {
            d = d.plusDays(1);
            if (isWorkingDay(d) && ++found == n) {
                List<Instant[]> ps = periodsOn(d);
                return ps.get(ps.size() - 1)[1];
            }
        }
        throw new IllegalStateException("fewer than " + n + " working days within " + MAX_YEARS + " years");
    }

    /**
     * Counts the working days {@code d} with {@code afterExclusive < d <= untilInclusive}; negative
     * when reversed.
     *
     * @param afterExclusive the date after which to count
     * @param untilInclusive the last date counted
     * @return the count
     */
    public long workingDaysBetween(LocalDate afterExclusive, LocalDate untilInclusive) {
        if (untilInclusive.isBefore(afterExclusive)) {
            return -workingDaysBetween(untilInclusive, afterExclusive);
        }
        long n = 0;
        for (LocalDate d = afterExclusive.plusDays(1); !d.isAfter(untilInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    // ---- spans -------------------------------------------------------------------------------

    /**
     * Lists the non-working spans in {@code [from, to)}: every step that is not working time gets
     * the reason of the day holding it (outside hours on a day with hours, else the day off's kind
     * or a rest day) and the governing exception's name; touching pieces with the same reason and
     * name are joined. Days without working time are taken whole.
     *
     * @param from the start
     * @param to   the end
     * @return the spans
     */
    public List<NonWorkingSpan> nonWorkingSpans(Instant from, Instant to) {
        List<NonWorkingSpan> out = new ArrayList<>();
        if (!from.isBefore(to)) {
            return out;
        }
        for (LocalDate d = dayOf(from); dayStart(d).isBefore(to); d = d.plusDays(1)) {
            Instant ds = max(dayStart(d), from);
            Instant de = min(dayStart(d.plusDays(1)), to);
            NonWorkingReason reason = reasonOn(d);
            String name = governing(d).map(DayOverride::name).orElse("");
            if (periodsOn(d).isEmpty()) {
                add(out, ds, de, reason, name);
                continue;
            }
            for (Instant m = floor(ds); m.isBefore(de); m = m.plusSeconds(stepSeconds)) {
                Instant lo = max(m, ds);
                Instant hi = min(m.plusSeconds(stepSeconds), de);
                if (hi.isAfter(lo) && !inPeriodNear(m, d)) {
                    add(out, lo, hi, reason, name);
                }
            }
        }
        return out;
    }

    private NonWorkingReason reasonOn(LocalDate d) {
        if (!hoursOn(d).isEmpty()) {
            return NonWorkingReason.OUTSIDE_HOURS;
        }
        Optional<DayOverride> o = governing(d);
        if (o.isPresent() && o.get() instanceof DayOff off) {
            return off.kind() == DayOffKind.PUBLIC_HOLIDAY ? NonWorkingReason.PUBLIC_HOLIDAY : NonWorkingReason.CLOSURE;
        }
        return NonWorkingReason.REST_DAY;
    }

    private static void add(List<NonWorkingSpan> out, Instant s, Instant e, NonWorkingReason reason, String name) {
        if (!e.isAfter(s)) {
            return;
        }
        if (!out.isEmpty()) {
            NonWorkingSpan last = out.get(out.size() - 1);
            if (last.end().equals(s) && last.reason() == reason && last.name().equals(name)) {
                out.set(out.size() - 1, last.withEnd(e));
                return;
            }
        }
        out.add(new NonWorkingSpan(s, e, reason, name));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
