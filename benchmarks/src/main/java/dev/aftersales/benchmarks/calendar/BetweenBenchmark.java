package dev.aftersales.benchmarks.calendar;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * {@code BusinessCalendar.between} (rule SL-4) over the spans of the plus targets: table-driven
 * versus the minute-stepping oracle on the 3-day target's span, and the real implementation on the
 * 1-hour and 1-year targets' spans.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BetweenBenchmark {

    /**
     * The real between over a 3-day target's span.
     *
     * @param s the state
     * @return the working time
     */
    @Benchmark
    public Duration realThreeDays(CalendarState s) {
        int i = s.nextIndex();
        return s.calendar.between(s.starts[i], s.endsThreeDays[i]);
    }

    /**
     * The oracle's between over a 3-day target's span.
     *
     * @param s the state
     * @return the working time
     */
    @Benchmark
    public Duration oracleThreeDays(CalendarState s) {
        int i = s.nextIndex();
        return s.oracle.between(s.starts[i], s.endsThreeDays[i]);
    }

    /**
     * The real between over a 1-hour target's span.
     *
     * @param s the state
     * @return the working time
     */
    @Benchmark
    public Duration realOneHour(CalendarState s) {
        int i = s.nextIndex();
        return s.calendar.between(s.starts[i], s.endsOneHour[i]);
    }

    /**
     * The real between over a 1-year target's span.
     *
     * @param s the state
     * @return the working time
     */
    @Benchmark
    public Duration realOneYear(CalendarState s) {
        int i = s.nextIndex();
        return s.calendar.between(s.starts[i], s.endsOneYear[i]);
    }

    /**
     * The real between over a span of about one calendar year.
     *
     * @param s the state
     * @return the working time
     */
    @Benchmark
    public Duration realOneCalendarYear(CalendarState s) {
        int i = s.nextIndex();
        return s.calendar.between(s.starts[i], s.endsOneCalendarYear[i]);
    }

    /**
     * Baseline: {@code Duration.between} over the 1-hour target's span, no calendar at all: the
     * floor a calendar's between is compared with.
     *
     * @param s the state
     * @return the elapsed time
     */
    @Benchmark
    public Duration baselineDurationBetween(CalendarState s) {
        int i = s.nextIndex();
        return Duration.between(s.starts[i], s.endsOneHour[i]);
    }
}
