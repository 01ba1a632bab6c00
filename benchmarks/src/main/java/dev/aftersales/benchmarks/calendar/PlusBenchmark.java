package dev.aftersales.benchmarks.calendar;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * {@code BusinessCalendar.plus} (rule SL-3): table-driven versus the minute-stepping oracle on a
 * 3-day target, and the real implementation on 1-hour and 1-year targets.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PlusBenchmark {

    /**
     * The real plus, 3 days of working time.
     *
     * @param s the state
     * @return the deadline
     */
    @Benchmark
    public Instant realThreeDays(CalendarState s) {
        return s.calendar.plus(s.starts[s.nextIndex()], CalendarState.THREE_DAYS);
    }

    /**
     * The oracle's plus, 3 days of working time.
     *
     * @param s the state
     * @return the deadline
     */
    @Benchmark
    public Instant oracleThreeDays(CalendarState s) {
        return s.oracle.plus(s.starts[s.nextIndex()], CalendarState.THREE_DAYS);
    }

    /**
     * The real plus, 1 hour of working time.
     *
     * @param s the state
     * @return the deadline
     */
    @Benchmark
    public Instant realOneHour(CalendarState s) {
        return s.calendar.plus(s.starts[s.nextIndex()], CalendarState.ONE_HOUR);
    }

    /**
     * The real plus, 1 year (365 x 24 hours) of working time.
     *
     * @param s the state
     * @return the deadline
     */
    @Benchmark
    public Instant realOneYear(CalendarState s) {
        return s.calendar.plus(s.starts[s.nextIndex()], CalendarState.ONE_YEAR);
    }

    /**
     * The real plus, the working time of one calendar year (deadline about a year away).
     *
     * @param s the state
     * @return the deadline
     */
    @Benchmark
    public Instant realOneCalendarYear(CalendarState s) {
        return s.calendar.plus(s.starts[s.nextIndex()], s.oneCalendarYear);
    }

    /**
     * Baseline: {@code Instant.plus} of one hour, no calendar at all: the floor a calendar's plus
     * is compared with.
     *
     * @param s the state
     * @return the instant an hour later
     */
    @Benchmark
    public Instant baselineInstantPlus(CalendarState s) {
        return s.starts[s.nextIndex()].plus(CalendarState.ONE_HOUR);
    }

    /**
     * Baseline: {@code ZonedDateTime.plusHours(1)} in the calendar's zone, from the instant (time
     * zone rules, no working hours): what a hand-written deadline in {@code java.time} costs.
     *
     * @param s the state
     * @return the instant an hour later
     */
    @Benchmark
    public Instant baselineZonedPlusHours(CalendarState s) {
        return s.starts[s.nextIndex()].atZone(s.calendar.zone()).plusHours(1).toInstant();
    }
}
