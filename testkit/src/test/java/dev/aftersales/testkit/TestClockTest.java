package dev.aftersales.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The controllable test clock. */
class TestClockTest {

    private static final Instant T0 = Instant.parse("2025-01-27T09:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("stands still until set or advanced")
    void standsStill() {
        TestClock clock = TestClock.at(T0);
        assertEquals(T0, clock.instant());
        assertEquals(T0, clock.instant());
        assertEquals(T0.toEpochMilli(), clock.millis());
        assertEquals(ZoneOffset.UTC, clock.getZone());
    }

    @Test
    @DisplayName("advances by any amount including zero; set moves it anywhere")
    void advanceAndSet() {
        TestClock clock = TestClock.at("2025-01-27T09:00:00Z", SHANGHAI);
        assertEquals(T0, clock.advance(Duration.ZERO));
        assertEquals(T0.plusSeconds(90), clock.advance(Duration.ofSeconds(90)));
        clock.set(T0.minusSeconds(5));
        assertEquals(T0.minusSeconds(5), clock.instant());
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
        assertEquals(SHANGHAI, clock.getZone());
    }

    @Test
    @DisplayName("a copy in another zone shares the time")
    void withZoneSharesTime() {
        TestClock clock = TestClock.at(T0);
        TestClock shanghai = clock.withZone(SHANGHAI);
        clock.advance(Duration.ofHours(1));
        assertEquals(T0.plusSeconds(3600), shanghai.instant());
        assertEquals(SHANGHAI, shanghai.getZone());
        assertEquals("2025-01-27T18:00", java.time.LocalDateTime.now(shanghai).toString());
    }

    @Test
    @DisplayName("concurrent advances from several threads add up")
    void threadSafe() throws Exception {
        TestClock clock = TestClock.at(T0);
        int threads = 8;
        int perThread = 1000;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    for (int k = 0; k < perThread; k++) {
                        clock.advance(Duration.ofMillis(1));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(T0.plusMillis((long) threads * perThread), clock.instant());
    }
}
