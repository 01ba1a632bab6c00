package dev.aftersales.benchmarks.calendar;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.testkit.calendar.MinuteSteppingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Random;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The office week on the official Chinese calendar (09:00-12:00, 13:30-18:00, Monday to Friday,
 * holidays and make-up days of 2020-2026), its minute-stepping oracle, 256 starts spread over 2025
 * at random minutes, and the targets of the benchmarks. Tables and oracle caches are warmed in
 * the setup, so the benchmarks measure lookups, not table building.
 */
@State(Scope.Benchmark)
public class CalendarState {

    /** Three days of working time (72 working hours, about two calendar weeks on the office week). */
    static final Duration THREE_DAYS = Duration.ofDays(3);
    /** One hour of working time. */
    static final Duration ONE_HOUR = Duration.ofHours(1);
    /** A year of working time (365 x 24 working hours, several calendar years on the office week). */
    static final Duration ONE_YEAR = Duration.ofDays(365);
    /** The working time of calendar year 2025 on the office week: a deadline about a year away. */
    Duration oneCalendarYear;

    private static final int STARTS = 256;

    BusinessCalendar calendar;
    MinuteSteppingCalendar oracle;
    Instant[] starts;
    Instant[] endsThreeDays;
    Instant[] endsOneHour;
    Instant[] endsOneYear;
    Instant[] endsOneCalendarYear;
    private int next;

    /** Builds the calendar, the starts and their ends, and warms every table the benchmarks touch. */
    @Setup
    public void setUp() {
        calendar = BusinessCalendars.chinaOffice();
        oracle = MinuteSteppingCalendar.of(calendar);
        Random random = new Random(42);
        starts = new Instant[STARTS];
        endsThreeDays = new Instant[STARTS];
        endsOneHour = new Instant[STARTS];
        endsOneYear = new Instant[STARTS];
        endsOneCalendarYear = new Instant[STARTS];
        oneCalendarYear = calendar.between(LocalDate.of(2025, 1, 1).atStartOfDay(calendar.zone()).toInstant(),
                LocalDate.of(2026, 1, 1).atStartOfDay(calendar.zone()).toInstant());
        for (int i = 0; i < STARTS; i++) {
            LocalDate date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
            starts[i] = date.atTime(LocalTime.ofSecondOfDay(60L * random.nextInt(1440)))
                    .atZone(calendar.zone()).toInstant();
            endsThreeDays[i] = calendar.plus(starts[i], THREE_DAYS);
            endsOneHour[i] = calendar.plus(starts[i], ONE_HOUR);
            endsOneYear[i] = calendar.plus(starts[i], ONE_YEAR);
            endsOneCalendarYear[i] = calendar.plus(starts[i], oneCalendarYear);
            if (!oracle.plus(starts[i], THREE_DAYS).equals(endsThreeDays[i])) {
                throw new IllegalStateException("the oracle disagrees at " + starts[i]);
            }
        }
    }

    /** The index of the next start, cycling. */
    int nextIndex() {
        next = (next + 1) & (STARTS - 1);
        return next;
    }
}
