package dev.aftersales.storage.jdbc;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When {@link JdbcTransactions#inTransaction(RetryPolicy, java.util.function.Supplier)} runs a
 * unit of work again after a failure, and how long it waits in between.
 *
 * <p>A retry happens only when all of these hold, so that it cannot write anything twice:
 * <ul>
 *   <li>the failure is {@linkplain SqlFailure#isTransient() transient}: a deadlock or
 *       serialization failure, a lock timeout, or a connection lost <em>before</em> the commit
 *       (the database rolled the transaction back); a connection lost <em>during</em> the commit
 *       ({@link SqlFailure#COMMIT_OUTCOME_UNKNOWN}) is never retried, nor are unique violations,
 *       stale writes, unexpected row counts or any exception that is not a
 *       {@link JdbcStorageException};</li>
 *   <li>the library owns the transaction: it is the outermost unit of work on the thread and not
 *       the caller's joined transaction (inside those the failure propagates and the owner of the
 *       transaction decides);</li>
 *   <li>the work has no effect outside the transaction, so that running it again from the start
 *       is harmless: the caller states this by choosing a retrying call. Domain events go to the
 *       outbox table in the same transaction, so the library's own commands qualify.</li>
 * </ul>
 *
 * <p>Waits grow exponentially from {@link #initialBackoff()} to at most {@link #maxBackoff()}, each
 * drawn at random from its upper half so that two nodes that collided do not collide again.
 *
 * @param maxAttempts    how many times the work runs at most, {@code 1} for no retry
 * @param initialBackoff the wait before the second attempt (before jitter)
 * @param maxBackoff     the longest wait
 * @param sleeper        how to wait; tests pass one that records instead of sleeping
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper) {

    /** Attempts of {@link #standard()}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    /** First wait of {@link #standard()}. */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(20);

    /** Longest wait of {@link #standard()}. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(1);

    /** How a retry waits. */
    @FunctionalInterface
    public interface Sleeper {

        /**
         * Waits.
         *
         * @param duration how long
         * @throws InterruptedException if the thread is interrupted; retrying stops
         */
        void sleep(Duration duration) throws InterruptedException;

        /**
         * Obtains the sleeper that blocks the thread.
         *
         * @return {@code Thread.sleep}
         */
        static Sleeper threadSleep() {
            return d -> Thread.sleep(d.toMillis());
        }
    }

    /**
     * Creates a policy.
     *
     * @param maxAttempts    how many times the work runs at most, {@code 1} or more
     * @param initialBackoff the first wait, not negative
     * @param maxBackoff     the longest wait, at least {@code initialBackoff}
     * @param sleeper        how to wait
     * @throws IllegalArgumentException if a value is out of range
     * @throws NullPointerException     if a value is null
     */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(sleeper, "sleeper");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, got " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max, got "
                    + initialBackoff + " and " + maxBackoff);
        }
    }

    /**
     * Obtains the policy that never retries.
     *
     * @return one attempt only
     */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Sleeper.threadSleep());
    }

    /**
     * Obtains the default policy: {@value #DEFAULT_MAX_ATTEMPTS} attempts, waits from 20 ms up to 1 s.
     *
     * @return the default policy
     */
    public static RetryPolicy standard() {
        return of(DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF);
    }

    /**
     * Obtains a policy that waits with {@code Thread.sleep}.
     *
     * @param maxAttempts    how many times the work runs at most, {@code 1} or more
     * @param initialBackoff the first wait
     * @param maxBackoff     the longest wait
     * @return the policy
     * @throws IllegalArgumentException if a value is out of range
     */
    public static RetryPolicy of(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, Sleeper.threadSleep());
    }

    /**
     * Returns a copy of this policy with another way to wait.
     *
     * @param newSleeper the sleeper
     * @return the copy
     */
    public RetryPolicy withSleeper(Sleeper newSleeper) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, newSleeper);
    }

    /**
     * Checks if a failure after {@code attemptsMade} attempts may be retried: the failure is
     * transient and attempts are left. (The other conditions are checked by the caller.)
     *
     * @param failure      the failure of the last attempt
     * @param attemptsMade how many attempts ran, {@code 1} or more
     * @return true to run the work again
     */
    public boolean allowsRetry(JdbcStorageException failure, int attemptsMade) {
        return attemptsMade < maxAttempts && failure.isTransient();
    }

    /**
     * Returns the wait after {@code attemptsMade} attempts: {@code initialBackoff * 2^(attemptsMade-1)},
     * at most {@code maxBackoff}, then a random point of its upper half.
     *
     * @param attemptsMade how many attempts ran, {@code 1} or more
     * @return the wait
     */
    public Duration backoff(int attemptsMade) {
        long base = initialBackoff.toNanos();
        long max = maxBackoff.toNanos();
        long d = base;
        for (int i = 1; i < attemptsMade && d < max; i++) {
            d = d > max / 2 ? max : d * 2;
        }
        d = Math.min(d, max);
        long half = d / 2;
        return Duration.ofNanos(half + (d - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(d - half + 1)));
    }
}
