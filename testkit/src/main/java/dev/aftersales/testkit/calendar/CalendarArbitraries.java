package dev.aftersales.testkit.calendar;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.DayOff;
import dev.aftersales.calendar.DayOverride;
import dev.aftersales.calendar.DayOverrides;
import dev.aftersales.calendar.MakeUpWorkday;
import dev.aftersales.calendar.SpecialHours;
import dev.aftersales.calendar.WeeklyPattern;
import dev.aftersales.calendar.WorkingHours;
import dev.aftersales.calendar.WorkingPeriod;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for business calendars (rules SL-1 to SL-5, SL-16): split working hours with
 * boundaries near daylight-saving changes and at 24:00, weekly patterns, public holidays, closures,
 * make-up working days, special hours, coverage, layers, and zones with daylight saving. Every
 * boundary is a whole minute, so {@link MinuteSteppingCalendar} is exact on them. Public testkit API
 * for test teams; the shrinking of each arbitrary moves towards fewer periods and exceptions.
 */
public final class CalendarArbitraries {

    /** The zones calendars are generated in: three with daylight saving (one by half hours) and two without. */
    public static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("UTC"));

    /** The first date of the default range for exceptions and instants. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2024, 1, 1);

    /** The last date of the default range for exceptions and instants. */
    public static final LocalDate LAST_DATE = LocalDate.of(2026, 12, 31);

    /** Minutes of the day where periods like to start or end: around DST changes, office hours, midnight. */
    private static final List<Integer> FAVOURITE_MINUTES = List.of(0, 60, 90, 120, 135, 150, 165, 180, 210, 540, 720,
            810, 1080, 1380, 1440);

    private CalendarArbitraries() {
    }

    /**
     * Generates one of {@link #ZONES}.
     *
     * @return the zones
     */
    public static Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    private static Arbitrary<Integer> minutesOfDay() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 1440)),
                Tuple.of(2, Arbitraries.of(FAVOURITE_MINUTES)));
    }

    private static LocalTime time(int minuteOfDay) {
        return minuteOfDay == 1440 ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    /**
     * Generates the hours of a working day: one to four periods, separate or touching, on whole
     * minutes, possibly ending at 24:00.
     *
     * @return non-empty working hours
     */
    public static Arbitrary<WorkingHours> workingHours() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.of(true, false, false))
                .flatAs((k, touching) -> minutesOfDay().set().ofSize(touching ? k + 1 : 2 * k).map(points -> {
                    List<Integer> p = new ArrayList<>(new TreeSet<>(points));
                    List<WorkingPeriod> periods = new ArrayList<>();
                    for (int i = 0; i < k; i++) {
                        int from = touching ? p.get(i) : p.get(2 * i);
                        int to = touching ? p.get(i + 1) : p.get(2 * i + 1);
                        periods.add(WorkingPeriod.of(time(from), time(to)));
                    }
                    return new WorkingHours(periods);
                }));
    }

    /**
     * Generates weekly patterns with at least one working weekday: every day alike, Monday to
     * Friday, or each weekday on its own.
     *
     * @return the patterns
     */
    public static Arbitrary<WeeklyPattern> weeklyPatterns() {
        Arbitrary<WeeklyPattern> daily = workingHours().map(WeeklyPattern::everyDay);
        Arbitrary<WeeklyPattern> office = workingHours().map(WeeklyPattern::mondayToFriday);
        Arbitrary<WeeklyPattern> each = Arbitraries.frequencyOf(Tuple.of(2, workingHours()),
                Tuple.of(1, Arbitraries.just(WorkingHours.NONE))).list().ofSize(7)
                .filter(l -> l.stream().anyMatch(h -> !h.isEmpty()))
                .map(l -> {
                    Map<DayOfWeek, WorkingHours> m = new EnumMap<>(DayOfWeek.class);
                    for (DayOfWeek d : DayOfWeek.values()) {
                        m.put(d, l.get(d.getValue() - 1));
                    }
                    return WeeklyPattern.of(m);
                });
        return Arbitraries.frequencyOf(Tuple.of(1, daily), Tuple.of(2, office), Tuple.of(3, each));
    }

    /** One generated exception before it is placed: kind, first day offset, run length, details. */
    private record Spec(int kind, int offset, int length, WorkingHours hours, int weekdayIndex, int name) {
    }

    /**
     * Generates a layer of exceptions in a date range: runs of public holidays and closures,
     * make-up working days (with the calendar's make-up weekday or one of the given weekdays),
     * special hours, and sometimes a declared coverage inside the range.
     *
     * @param id                 the layer's id
     * @param first              the first date exceptions fall on
     * @param last               the last date exceptions fall on
     * @param weekdaysWithHours  weekdays a make-up day may take the hours of; empty for none named
     * @return the layers
     */
    public static Arbitrary<DayOverrides> dayOverrides(String id, LocalDate first, LocalDate last,
                                                       List<DayOfWeek> weekdaysWithHours) {
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        Arbitrary<Spec> spec = Combinators.combine(
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, days - 1),
                Arbitraries.integers().between(1, 9), workingHours(),
                Arbitraries.integers().between(-1, Math.max(0, weekdaysWithHours.size() - 1)),
                Arbitraries.integers().between(0, 3)).as(Spec::new);
        Arbitrary<Optional<int[]>> coverage = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Optional.empty())),
                Tuple.of(1, Arbitraries.integers().between(0, days - 1).list().ofSize(2)
                        .map(l -> Optional.of(new int[] {Math.min(l.get(0), l.get(1)), Math.max(l.get(0), l.get(1))}))));
        return Combinators.combine(spec.list().ofMaxSize(25), coverage).as((specs, cover) -> {
            DayOverrides.Builder b = DayOverrides.builder(id);
            cover.ifPresent(c -> b.covers(first.plusDays(c[0]), first.plusDays(c[1])));
            Set<LocalDate> used = new HashSet<>();
            String[] names = {"春节", "国庆节", "Boiler maintenance", "Open day"};
            for (Spec s : specs) {
                int length = s.kind() <= 1 ? s.length() : 1;
                for (int i = 0; i < length && s.offset() + i < days; i++) {
                    LocalDate d = first.plusDays(s.offset() + i);
                    if (!used.add(d)) {
                        continue;
                    }
                    String name = names[s.name()];
                    DayOverride o = switch (s.kind()) {
                        case 0 -> DayOff.holiday(d, name);
                        case 1 -> DayOff.closure(d, name);
                        case 2 -> s.weekdayIndex() < 0 || weekdaysWithHours.isEmpty()
                                ? MakeUpWorkday.of(d, s.name() == 0 ? "" : name)
                                : MakeUpWorkday.of(d, weekdaysWithHours.get(s.weekdayIndex()), name);
                        default -> new SpecialHours(d, s.hours(), s.name() == 3 ? "" : name);
                    };
                    b.add(o);
                }
            }
            return b.build();
        });
    }

    /**
     * Generates calendars over {@link #FIRST_DATE} to {@link #LAST_DATE}; see
     * {@link #calendars(LocalDate, LocalDate)}.
     *
     * @return the calendars
     */
    public static Arbitrary<BusinessCalendar> calendars() {
        return calendars(FIRST_DATE, LAST_DATE);
    }

    /**
     * Generates lenient calendars: a zone, a weekly pattern, a make-up weekday with hours, and
     * zero to two layers of exceptions in the range (the second may override the first; when
     * both declare coverage and share no date, the second extends the first, rule SL-16).
     *
     * @param first the first date exceptions fall on
     * @param last  the last date exceptions fall on
     * @return the calendars
     */
    public static Arbitrary<BusinessCalendar> calendars(LocalDate first, LocalDate last) {
        return Combinators.combine(zones(), weeklyPatterns()).flatAs((zone, pattern) -> {
            List<DayOfWeek> withHours = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                if (!pattern.hoursOn(d).isEmpty()) {
                    withHours.add(d);
                }
            }
            return Combinators.combine(Arbitraries.of(withHours),
                    dayOverrides("layer-1", first, last, withHours),
                    dayOverrides("layer-2", first, last, withHours),
                    Arbitraries.integers().between(0, 2))
                    .as((makeUp, l1, l2, layers) -> {
                        BusinessCalendar.Builder b = BusinessCalendar.builder("generated", zone).weekly(pattern)
                                .makeUpHoursOf(makeUp);
                        if (layers >= 1) {
                            b.overrides(l1);
                        }
                        if (layers == 2) {
                            // a second layer covering none of the first's dates adds dates to it (SL-16)
                            boolean disjoint = !l1.coverage().isAll() && !l2.coverage().isAll()
                                    && l1.coverage().intersect(l2.coverage()).ranges().isEmpty();
                            b.overrides(disjoint ? l2.withExtendsLayer(l1.id()) : l2);
                        }
                        return b.build();
                    });
        });
    }

    /**
     * Generates instants between the starts of two dates in a zone: whole minutes, whole seconds
     * and arbitrary nanoseconds.
     *
     * @param first the first date
     * @param last  the last date
     * @param zone  the zone the dates are in
     * @return the instants
     */
    public static Arbitrary<Instant> instants(LocalDate first, LocalDate last, ZoneId zone) {
        long from = first.atStartOfDay(zone).toEpochSecond();
        long to = last.plusDays(1).atStartOfDay(zone).toEpochSecond();
        Arbitrary<Long> seconds = Arbitraries.longs().between(from, to - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(3, seconds.map(s -> Instant.ofEpochSecond(Math.floorDiv(s, 60) * 60))),
                Tuple.of(1, seconds.map(Instant::ofEpochSecond)),
                Tuple.of(2, Combinators.combine(seconds, Arbitraries.integers().between(0, 999_999_999))
                        .as((s, n) -> Instant.ofEpochSecond(s, n))));
    }

    /**
     * Generates instants that like a calendar's edges: period boundaries of random dates, exactly or
     * a nanosecond, a minute or up to two hours away, mixed with instants anywhere in the range.
     *
     * @param calendar the calendar
     * @param first    the first date
     * @param last     the last date
     * @return the instants
     */
    public static Arbitrary<Instant> instantsNear(BusinessCalendar calendar, LocalDate first, LocalDate last) {
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        ZoneId zone = calendar.zone();
        Arbitrary<Long> shift = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(1, Arbitraries.of(-1L, 1L)),
                Tuple.of(1, Arbitraries.of(-60_000_000_000L, 60_000_000_000L)),
                Tuple.of(1, Arbitraries.longs().between(-7_200_000_000_000L, 7_200_000_000_000L)));
        Arbitrary<Instant> edges = Combinators.combine(Arbitraries.integers().between(0, days - 1),
                Arbitraries.integers().between(0, 7), Arbitraries.of(true, false), shift).as((day, k, atEnd, nanos) -> {
                    LocalDate d = first.plusDays(day);
                    List<WorkingPeriod> ps = calendar.weeklyPattern().hoursOn(d.getDayOfWeek()).periods();
                    long nanoOfDay = 0;
                    if (!ps.isEmpty()) {
                        WorkingPeriod p = ps.get(k % ps.size());
                        nanoOfDay = atEnd ? p.endNanoOfDay() : p.startNanoOfDay();
                    }
                    return d.atStartOfDay().plusNanos(nanoOfDay).atZone(zone).toInstant().plusNanos(nanos);
                });
        return Arbitraries.frequencyOf(Tuple.of(1, instants(first, last, zone)), Tuple.of(1, edges));
    }

    /**
     * Generates business-time targets from zero to more than a year (400 days): zero, minutes,
     * hours with nanoseconds, weeks and months, shrinking towards zero.
     *
     * @return the durations
     */
    public static Arbitrary<Duration> businessDurations() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Duration.ZERO)),
                Tuple.of(4, Arbitraries.longs().between(1, 600).map(Duration::ofMinutes)),
                Tuple.of(2, Arbitraries.longs().between(1, 36_000_000_000_000L).map(Duration::ofNanos)),
                Tuple.of(2, Arbitraries.longs().between(1, 60L * 86_400).map(Duration::ofSeconds)),
                Tuple.of(1, Arbitraries.longs().between(1, 400L * 86_400).map(Duration::ofSeconds)));
    }
}
