package dev.aftersales.storage.jdbc.commitment;

import java.time.Instant;

/**
 * Instants of the commitment tables as {@code BIGINT} nanoseconds since 1970-01-01T00:00:00Z: exact,
 * because the engine schedules a breach one nanosecond after its deadline (rule SL-9) and percent
 * warnings to the nanosecond (rule SL-8), and free of any session or JVM time zone. A {@code long}
 * holds 1677-09-21T00:12:43.145224192Z to 2262-04-11T23:47:16.854775807Z.
 */
final class EpochNanos {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private EpochNanos() {
    }

    /**
     * Converts an instant.
     *
     * @param instant the instant, or null
     * @return the nanoseconds since the epoch, or null
     * @throws IllegalArgumentException if the instant is outside the range a {@code long} holds
     */
    static Long of(Instant instant) {
        if (instant == null) {
            return null;
        }
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the commitment tables store instants from 1677-09-21 to 2262-04-11,"
                    + " got " + instant, e);
        }
    }

    /**
     * Converts an instant that must be present.
     *
     * @param instant the instant
     * @return the nanoseconds since the epoch
     * @throws IllegalArgumentException if the instant is outside the range a {@code long} holds
     */
    static long exact(Instant instant) {
        return of(java.util.Objects.requireNonNull(instant, "instant"));
    }

    /**
     * Converts back.
     *
     * @param nanos the nanoseconds since the epoch, or null
     * @return the instant, or null
     */
    static Instant toInstant(Long nanos) {
        if (nanos == null) {
            return null;
        }
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }
}
