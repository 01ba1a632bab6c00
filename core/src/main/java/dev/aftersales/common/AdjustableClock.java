package dev.aftersales.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that can be set and moved while the system runs: for replaying recorded ticket
 * events at their original instants, for an administrator's "time travel" on a staging system
 * (see the next morning's sweep, SL-8, or a deadline across the Spring Festival, SL-5, without
 * waiting), and for tests. The library reads the time only from the clock it is given, so every
 * deadline, warning and breach follows this clock.
 *
 * <ul>
 *   <li>{@link #standingAt(Instant, ZoneId)}: stands at an instant until it is {@linkplain #set set}
 *       or {@linkplain #advance advanced}; what a replay or a test wants.</li>
 *   <li>{@link #following(Clock)}: runs with a base clock (normally the system clock) shifted by an
 *       adjustable offset; after {@code set(t)} it reads {@code t} and goes on running from there.
 *       What a staging system wants.</li>
 * </ul>
 *
 * <p>Thread-safe: several threads may read and move it at once; concurrent advances add up.
 * Copies made by {@link #withZone} share the time, so moving one moves them all. The zone is the
 * zone of "today" for the library (handover dates, working days): give the estate's zone.
 *
 * <pre>{@code
 * AdjustableClock clock = AdjustableClock.following(Clock.system(ZoneId.of("Asia/Shanghai")));
 * AfterSales desk = AfterSales.builder().clock(clock).store(store).build();
 * clock.advance(Duration.ofDays(1));          // staging: tomorrow, and time keeps running
 * desk.sweep();                               // warnings and breaches due by then fire (SL-8)
 * }</pre>
 */
public final class AdjustableClock extends Clock {

    /** The base of a standing clock: the epoch, never moving, so that the offset is the time itself. */
    private static final Clock STANDING = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    private final Clock base;
    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    private AdjustableClock(Clock base, AtomicReference<Duration> offset, ZoneId zone) {
        this.base = base;
        this.offset = offset;
        this.zone = zone;
    }

    /**
     * Obtains a clock standing at an instant, in a zone; it moves only when set or advanced.
     *
     * @param instant the instant
     * @param zone    the zone
     * @return the clock
     * @throws NullPointerException if an argument is null
     */
    public static AdjustableClock standingAt(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        return new AdjustableClock(STANDING, new AtomicReference<>(Duration.between(Instant.EPOCH, instant)), zone);
    }

    /**
     * Obtains a clock that runs with a base clock, in the base clock's zone, at first showing the
     * same time. Setting or advancing it shifts it from the base; it keeps running.
     *
     * @param base the clock that drives it, e.g. {@code Clock.system(ZoneId.of("Asia/Shanghai"))}
     * @return the clock
     * @throws NullPointerException if the base is null
     */
    public static AdjustableClock following(Clock base) {
        Objects.requireNonNull(base, "base");
        return new AdjustableClock(base, new AtomicReference<>(Duration.ZERO), base.getZone());
    }

    /**
     * Moves the clock to an instant, forwards or backwards. A following clock goes on running from
     * there.
     *
     * @param instant the new time
     * @return this clock
     * @throws NullPointerException if the instant is null
     */
    public AdjustableClock set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        offset.set(Duration.between(base.instant(), instant));
        return this;
    }

    /**
     * Moves the clock forward by a duration; zero leaves it where it is. Atomic: concurrent advances
     * add up, and on a standing clock each caller gets the time its own advance produced.
     *
     * @param amount how far, zero or more
     * @return the new time
     * @throws NullPointerException     if the amount is null
     * @throws IllegalArgumentException if the amount is negative (use {@link #set} to go back)
     */
    public Instant advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the clock advances by zero or more, got " + amount
                    + "; set an earlier instant to go back");
        }
        Duration moved = offset.updateAndGet(o -> o.plus(amount));
        return base.instant().plus(moved);
    }

    /**
     * Checks if this clock stands still between moves (made by {@link #standingAt}) rather than
     * following a running base clock.
     *
     * @return true for a standing clock
     */
    public boolean isStanding() {
        return base == STANDING;
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
     * @throws NullPointerException if the zone is null
     */
    @Override
    public AdjustableClock withZone(ZoneId zone) {
        return new AdjustableClock(base, offset, Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public String toString() {
        return isStanding()
                ? "AdjustableClock[standing at " + instant() + ", " + zone + "]"
                : "AdjustableClock[" + base + " shifted by " + offset.get() + ", " + zone + "]";
    }
}
