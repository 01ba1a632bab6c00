package dev.aftersales.commitment.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link CommitmentSweeper} periodically on an executor the application supplies (and
 * owns: closing this stops the sweeps, never the executor). A sweep that throws is logged and the
 * next one still runs. Sweeps of one instance never overlap: each starts a fixed delay after the
 * previous one ended.
 */
public final class ScheduledSweeps implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledSweeps.class);

    private final ScheduledFuture<?> future;

    private ScheduledSweeps(ScheduledFuture<?> future) {
        this.future = future;
    }

    /**
     * Starts sweeping: the first sweep at once, then each {@code interval} after the previous ended.
     *
     * @param sweeper  the sweeper
     * @param executor the application's executor
     * @param interval the delay between sweeps, positive
     * @return the running sweeps, to close when done
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the interval is not positive
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses the task
     */
    public static ScheduledSweeps start(CommitmentSweeper sweeper, ScheduledExecutorService executor,
                                        Duration interval) {
        Objects.requireNonNull(sweeper, "sweeper");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the sweep interval must be positive, got " + interval);
        }
        Runnable task = () -> {
            try {
                sweeper.sweep();
            } catch (RuntimeException e) {
                LOG.warn("a scheduled commitment sweep failed: {}", e.getClass().getName());
            }
        };
        long nanos = interval.toNanos();
        return new ScheduledSweeps(executor.scheduleWithFixedDelay(task, 0, nanos, TimeUnit.NANOSECONDS));
    }

    /**
     * Checks if the sweeps are still scheduled.
     *
     * @return false once closed (or the executor shut down)
     */
    public boolean isRunning() {
        return !future.isDone();
    }

    /**
     * Stops the sweeps; a sweep under way finishes. Does not shut the executor down.
     */
    @Override
    public void close() {
        future.cancel(false);
    }
}
