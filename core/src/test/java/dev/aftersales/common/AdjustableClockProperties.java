package dev.aftersales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Moving an adjustable clock is exact arithmetic on instants, standing or following. */
class AdjustableClockProperties {

    @Property
    void advancesAddUpExactly(@ForAll @LongRange(min = -4_000_000_000L, max = 4_000_000_000L) long startSecond,
                              @ForAll @Size(max = 20) List<@LongRange(min = 0, max = 400L * 86_400_000_000_000L) Long> nanos) {
        Instant start = Instant.ofEpochSecond(startSecond);
        AdjustableClock standing = AdjustableClock.standingAt(start, ZoneOffset.UTC);
        AdjustableClock following = AdjustableClock.following(AdjustableClock.standingAt(start, ZoneOffset.UTC));
        Duration total = Duration.ZERO;
        for (long n : nanos) {
            total = total.plusNanos(n);
            assertEquals(start.plus(total), standing.advance(Duration.ofNanos(n)));
            assertEquals(start.plus(total), following.advance(Duration.ofNanos(n)));
        }
        assertEquals(start.plus(total), standing.instant());
        assertEquals(start.plus(total), following.instant());
    }

    @Property
    void setThenReadGivesTheInstant(@ForAll @LongRange(min = -4_000_000_000L, max = 4_000_000_000L) long from,
                                    @ForAll @LongRange(min = -4_000_000_000L, max = 4_000_000_000L) long to) {
        AdjustableClock base = AdjustableClock.standingAt(Instant.ofEpochSecond(from), ZoneOffset.UTC);
        AdjustableClock following = AdjustableClock.following(base);
        assertEquals(Instant.ofEpochSecond(to), following.set(Instant.ofEpochSecond(to)).instant());
        assertEquals(Instant.ofEpochSecond(to), AdjustableClock.standingAt(Instant.ofEpochSecond(from), ZoneOffset.UTC)
                .set(Instant.ofEpochSecond(to)).instant());
    }
}
