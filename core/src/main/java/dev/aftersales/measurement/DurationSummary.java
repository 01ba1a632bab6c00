package dev.aftersales.measurement;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The median and 90th percentile of some durations (rule MS-1: time to first response, time to
 * closure), in calendar time. Percentiles are nearest-rank: the p-th percentile of n sorted
 * durations is the k-th smallest with k = ceil(p * n / 100), so the median of an even number is the
 * lower middle one and every figure is a duration that was measured.
 *
 * @param count  how many durations were measured
 * @param median the median, {@code null} when none was measured
 * @param p90    the 90th percentile, {@code null} when none was measured
 */
public record DurationSummary(long count, Duration median, Duration p90) {

    private static final DurationSummary EMPTY = new DurationSummary(0, null, null);

    /**
     * Creates a summary.
     *
     * @throws IllegalArgumentException if the count is negative, or the percentiles are missing
     *                                  for a positive count or present for none
     */
    public DurationSummary {
        if (count < 0 || (count == 0) != (median == null) || (count == 0) != (p90 == null)) {
            throw new IllegalArgumentException("a summary of " + count + " durations has both percentiles exactly when the count is positive");
        }
    }

    /**
     * Obtains the summary of nothing measured.
     *
     * @return the empty summary
     */
    public static DurationSummary empty() {
        return EMPTY;
    }

    /**
     * Obtains the summary of some durations in microseconds.
     *
     * @param micros the durations, in any order; not changed
     * @return the summary
     */
    public static DurationSummary ofMicros(long[] micros) {
        Objects.requireNonNull(micros, "micros");
        if (micros.length == 0) {
            return EMPTY;
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new DurationSummary(sorted.length, Duration.ofNanos(sorted[rank(50, sorted.length) - 1] * 1000),
                Duration.ofNanos(sorted[rank(90, sorted.length) - 1] * 1000));
    }

    /**
     * Returns the nearest rank of a percentile: ceil(p * n / 100).
     *
     * @param percentile p, 1 to 100
     * @param count      n, 1 or more
     * @return the rank, 1 to n
     */
    public static int rank(int percentile, long count) {
        return (int) ((percentile * count + 99) / 100);
    }

    /**
     * Returns the median, if any duration was measured.
     *
     * @return the median
     */
    public Optional<Duration> medianIfAny() {
        return Optional.ofNullable(median);
    }

    /**
     * Returns the 90th percentile, if any duration was measured.
     *
     * @return the 90th percentile
     */
    public Optional<Duration> p90IfAny() {
        return Optional.ofNullable(p90);
    }
}
