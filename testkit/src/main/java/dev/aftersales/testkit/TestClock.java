package dev.aftersales.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A controllable {@link Clock} for tests: it stands still until it is {@linkplain #set set} or
 * {@linkplain #advance advanced}. Thread-safe: several threads may read and move it at once.
 * Copies made by {@link #withZone} share the same time, so moving one moves them all.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at("2025-01-27T09:00:00Z", ZoneId.of("Asia/Shanghai"));
 * AfterSales desk = AfterSales.builder().clock(clock).build();
 * clock.advance(Duration.ofHours(25));
 * }</pre>
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
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
        return new TestClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")),
                Objects.requireNonNull(zone, "zone"));
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
        now.set(Objects.requireNonNull(instant, "instant"));
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
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a test clock advances by zero or more, got " + amount);
        }
        return now.updateAndGet(t -> t.plus(amount));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /**
     * Returns a clock in another zone that shares this clock's time: moving either moves both.
     *
     * @param zone the zone
     * @return the clock in that zone
     */
    @Override
    public TestClock withZone(ZoneId zone) {
        return new TestClock(now, Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public long millis() {
        return now.get().toEpochMilli();
    }

    @Override
    public String toString() {
        return "TestClock[" + now.get() + ", " + zone + "]";
    }
}
