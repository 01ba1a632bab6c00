package dev.aftersales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The clock a production system can set and move: replays, staging "time travel", tests. */
class AdjustableClockTest {

    private static final Instant T0 = Instant.parse("2025-01-27T09:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("a standing clock stays at its instant until set or advanced")
    void standingStaysPut() {
        AdjustableClock clock = AdjustableClock.standingAt(T0, SHANGHAI);
        assertEquals(T0, clock.instant());
        assertEquals(T0, clock.instant());
        assertEquals(T0.toEpochMilli(), clock.millis());
        assertEquals(SHANGHAI, clock.getZone());
        assertTrue(clock.isStanding());
    }

    @Test
    @DisplayName("advance moves forward by zero or more; set moves anywhere, also back")
    void advanceAndSet() {
        AdjustableClock clock = AdjustableClock.standingAt(T0, ZoneOffset.UTC);
        assertEquals(T0, clock.advance(Duration.ZERO));
        assertEquals(T0.plusSeconds(90), clock.advance(Duration.ofSeconds(90)));
        assertEquals(T0.minusSeconds(5), clock.set(T0.minusSeconds(5)).instant());
        IllegalArgumentException back = assertThrows(IllegalArgumentException.class,
                () -> clock.advance(Duration.ofSeconds(-1)));
        assertTrue(back.getMessage().contains("PT-1S"), back.getMessage());
        assertEquals(T0.minusSeconds(5), clock.instant(), "a refused advance does not move the clock");
        assertThrows(NullPointerException.class, () -> clock.set(null));
        assertThrows(NullPointerException.class, () -> clock.advance(null));
    }

    @Test
    @DisplayName("the zone decides 'today' (handover dates, working days); a copy in another zone shares the time")
    void zoneAwareCopiesShareTime() {
        AdjustableClock utc = AdjustableClock.standingAt(Instant.parse("2025-01-27T20:00:00Z"), ZoneOffset.UTC);
        AdjustableClock shanghai = utc.withZone(SHANGHAI);
        assertEquals(LocalDate.parse("2025-01-27"), LocalDate.now(utc));
        assertEquals(LocalDate.parse("2025-01-28"), LocalDate.now(shanghai));
        shanghai.advance(Duration.ofHours(1));
        assertEquals(Instant.parse("2025-01-27T21:00:00Z"), utc.instant());
        utc.set(T0);
        assertEquals(LocalDateTime.parse("2025-01-27T17:00"), LocalDateTime.now(shanghai));
    }

    @Test
    @DisplayName("a following clock runs with its base, and keeps running after it was set or advanced")
    void followingRunsWithItsBase() {
        AdjustableClock base = AdjustableClock.standingAt(T0, SHANGHAI);
        AdjustableClock clock = AdjustableClock.following(base);
        assertFalse(clock.isStanding());
        assertEquals(SHANGHAI, clock.getZone());
        assertEquals(T0, clock.instant());
        base.advance(Duration.ofMinutes(10));
        assertEquals(T0.plusSeconds(600), clock.instant(), "it runs with the base");

        Instant springFestival = Instant.parse("2025-01-28T01:00:00Z");
        clock.set(springFestival);
        assertEquals(springFestival, clock.instant());
        base.advance(Duration.ofMinutes(5));
        assertEquals(springFestival.plusSeconds(300), clock.instant(), "time travel keeps time running");
        assertEquals(springFestival.plusSeconds(300 + 86_400), clock.advance(Duration.ofDays(1)));
        assertEquals(T0.plusSeconds(900), base.instant(), "the base is never moved");
    }

    @Test
    @DisplayName("concurrent advances from several threads add up, each caller seeing its own new time")
    void concurrentAdvancesAddUp() throws Exception {
        AdjustableClock clock = AdjustableClock.standingAt(T0, ZoneOffset.UTC);
        int threads = 8;
        int perThread = 1_000;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Instant>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Instant>> work = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<Instant> seen = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        seen.add(clock.advance(Duration.ofSeconds(1)));
                    }
                    return seen;
                };
                results.add(pool.submit(work));
            }
            Set<Instant> distinct = new HashSet<>();
            for (Future<List<Instant>> f : results) {
                distinct.addAll(f.get(30, TimeUnit.SECONDS));
            }
            assertEquals(threads * perThread, distinct.size(), "no two advances returned the same time");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(T0.plusSeconds(threads * perThread), clock.instant());
    }

    @Test
    @DisplayName("toString names the kind, the time or shift, and the zone")
    void describesItself() {
        assertEquals("AdjustableClock[standing at 2025-01-27T09:00:00Z, Asia/Shanghai]",
                AdjustableClock.standingAt(T0, SHANGHAI).toString());
        AdjustableClock following = AdjustableClock.following(AdjustableClock.standingAt(T0, ZoneOffset.UTC));
        following.advance(Duration.ofHours(2));
        assertTrue(following.toString().contains("shifted by PT2H"), following.toString());
    }
}
