package dev.aftersales.commitment.service;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link CommitmentSweeper} (or a desk's whole sweep) periodically on an executor the application supplies (and
 * owns: closing this stops the sweeps, never the executor). A sweep that throws is logged and the
 * next one still runs. Sweeps of one instance never overlap: each starts a fixed delay after the
 * previous one ended.
 */
public final class ScheduledSweeps implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledSweeps.class);

    /** The longest interval between two sweeps: a day. */
    public static final Duration MAX_INTERVAL = Duration.ofDays(1);

    private final ScheduledFuture<?> future;

    private ScheduledSweeps(ScheduledFuture<?> future) {
        this.future = future;
    }

    /**
     * Starts sweeping: the first sweep at once, then each {@code interval} after the previous ended.
     *
     * @param sweeper  the sweeper
     * @param executor the application's executor
     * @param interval the delay between sweeps, positive and at most a day ({@link ScheduledSweeps#MAX_INTERVAL})
     * @return the running sweeps, to close when done
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the interval is not positive or longer than a day
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses the task
     */
    public static ScheduledSweeps start(CommitmentSweeper sweeper, ScheduledExecutorService executor,
                                        Duration interval) {
        Objects.requireNonNull(sweeper, "sweeper");
        return start(sweeper::sweep, executor, interval);
    }

    /**
     * Starts sweeping with a sweep of one's own, such as a desk's (commitments and warranty
     * reminders): the first sweep at once, then each {@code interval} after the previous ended.
     *
     * @param sweep    the sweep to run
     * @param executor the application's executor
     * @param interval the delay between sweeps, positive and at most a day ({@link ScheduledSweeps#MAX_INTERVAL})
     * @return the running sweeps, to close when done
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the interval is not positive or longer than a day
     * @throws java.util.concurrent.RejectedExecutionException if the executor refuses the task
     */
    public static ScheduledSweeps start(java.util.function.Supplier<SweepReport> sweep, ScheduledExecutorService executor,
                                        Duration interval) {
        Objects.requireNonNull(sweep, "sweep");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero() || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException("interval: the sweep interval must be positive and at most "
                    + MAX_INTERVAL + ", got " + interval);
        }
        Runnable task = () -> {
            try {
                sweep.get();
            } catch (VirtualMachineError e) {
                // the next run may succeed (memory freed); a task that throws would never run again
                LOG.error("a scheduled commitment sweep failed with a virtual-machine error: {}; sweeping goes on",
                        e.getClass().getName());
            } catch (Throwable e) {
                // anything else, an Error of a listener included: the schedule must not end silently
                LOG.warn("a scheduled commitment sweep failed: {}; sweeping goes on", e.getClass().getName());
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
