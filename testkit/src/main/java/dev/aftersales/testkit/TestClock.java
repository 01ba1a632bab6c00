package dev.aftersales.testkit;

import dev.aftersales.common.AdjustableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A controllable {@link Clock} for tests: it stands still until it is {@linkplain #set set} or
 * {@linkplain #advance advanced}. Thread-safe: several threads may read and move it at once.
 * Copies made by {@link #withZone} share the same time, so moving one moves them all. It is a
 * standing {@link AdjustableClock} of the core module, which a production system can use without
 * the testkit (replays, "time travel" on staging); no JUnit or jqwik class is needed to use it.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at("2025-01-27T09:00:00Z", ZoneId.of("Asia/Shanghai"));
 * AfterSales desk = AfterSales.builder().clock(clock).build();
 * clock.advance(Duration.ofHours(25));
 * }</pre>
 */
public final class TestClock extends Clock {

    private final AdjustableClock clock;

    private TestClock(AdjustableClock clock) {
        this.clock = clock;
    }

    /**
     * Obtains a clock standing at an instant, in UTC.
     *
     * @param instant the instant
     * @return the clock
     * @throws NullPointerException if the instant is null
     */
    public static TestClock at(Instant instant) {
        return at(instant, ZoneOffset.UTC);
    }

    /**
     * Obtains a clock standing at an instant, in a zone.
     *
     * @param instant the instant
     * @param zone    the zone
     * @return the clock
     * @throws NullPointerException if an argument is null
     */
    public static TestClock at(Instant instant, ZoneId zone) {
        return new TestClock(AdjustableClock.standingAt(instant, zone));
    }

    /**
     * Obtains a clock standing at an instant given as ISO-8601 text, in a zone.
     *
     * @param isoInstant the instant, e.g. {@code 2025-01-27T09:00:00Z}
     * @param zone       the zone
     * @return the clock
     * @throws NullPointerException                      if an argument is null
     * @throws java.time.format.DateTimeParseException if the text is not an instant
     */
    public static TestClock at(String isoInstant, ZoneId zone) {
        return at(Instant.parse(isoInstant), zone);
    }

    /**
     * Moves the clock to an instant, forwards or backwards.
     *
     * @param instant the new time
     * @return this clock
     * @throws NullPointerException if the instant is null
     */
    public TestClock set(Instant instant) {
        clock.set(instant);
        return this;
    }

    /**
     * Moves the clock forward by a duration; zero leaves it where it is. Atomic: concurrent
     * advances add up.
     *
     * @param amount how far, zero or more
     * @return the new time
     * @throws NullPointerException     if the amount is null
     * @throws IllegalArgumentException if the amount is negative (use {@link #set} to go back)
     */
    public Instant advance(Duration amount) {
        return clock.advance(amount);
    }

    @Override
    public ZoneId getZone() {
        return clock.getZone();
    }

    /**
     * Returns a clock in another zone that shares this clock's time: moving either moves both.
     *
     * @param zone the zone
     * @return the clock in that zone
     */
    @Override
    public TestClock withZone(ZoneId zone) {
        return new TestClock(clock.withZone(Objects.requireNonNull(zone, "zone")));
    }

    @Override
    public Instant instant() {
        return clock.instant();
    }

    @Override
    public long millis() {
        return clock.millis();
    }

    @Override
    public String toString() {
        return "TestClock[" + clock.instant() + ", " + clock.getZone() + "]";
    }
}
