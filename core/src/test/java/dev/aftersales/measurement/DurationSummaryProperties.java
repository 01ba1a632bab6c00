package dev.aftersales.measurement;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The median and 90th percentile of durations (rule MS-1) are nearest-rank percentiles, checked
 * against their definition: the smallest measured value with at least p % of the values at or below it.
 */
class DurationSummaryProperties {

    @Property
    void ms1PercentilesAreNearestRank(@ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 10_000_000L) Long> micros) {
        long[] values = micros.stream().mapToLong(Long::longValue).toArray();
        DurationSummary s = DurationSummary.ofMicros(values);
        assertEquals(values.length, s.count());
        assertEquals(definition(micros, 50), s.median());
        assertEquals(definition(micros, 90), s.p90());
        assertTrue(s.median().compareTo(s.p90()) <= 0);
    }

    /** The smallest value v such that at least p % of the values are <= v. */
    private static Duration definition(List<Long> values, int p) {
        List<Long> candidates = new ArrayList<>(values);
        candidates.sort(null);
        for (long v : candidates) {
            long atOrBelow = values.stream().filter(x -> x <= v).count();
            if (atOrBelow * 100 >= (long) p * values.size()) {
                return Duration.ofNanos(v * 1000);
            }
        }
        throw new AssertionError("no percentile");
    }

    @Test
    void ms1MedianOfAnEvenCountIsTheLowerMiddle() {
        DurationSummary s = DurationSummary.ofMicros(new long[] {40, 10, 30, 20});
        assertEquals(Duration.ofNanos(20_000), s.median());
        assertEquals(Duration.ofNanos(40_000), s.p90());
        assertEquals(DurationSummary.empty(), DurationSummary.ofMicros(new long[0]));
    }
}
