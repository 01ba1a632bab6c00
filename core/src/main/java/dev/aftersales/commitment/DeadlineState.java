package dev.aftersales.commitment;

import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;

/**
 * The state of a commitment's deadline state machine after a prefix of its history (rules SL-6
 * to SL-11). Three phases:
 *
 * <pre>
 *   start ──▶ RUNNING ──pause──▶ PAUSED ──resume──▶ RUNNING ...
 *                │                  │
 *              stop               stop
 *                ▼                  ▼
 *             STOPPED            STOPPED (stopped while paused)
 * </pre>
 *
 * <ul>
 *   <li>RUNNING: the clock runs against the countdown's deadline in an open {@link Segment}
 *       (SL-6, SL-3, SL-5); once it runs past the deadline the commitment is breached, stamped
 *       with the deadline (SL-9).</li>
 *   <li>PAUSED: the clock stands; {@code remaining} holds the time that was left, in the
 *       countdown's kind of time, zero when the deadline had already passed (SL-7). A paused
 *       commitment cannot breach.</li>
 *   <li>STOPPED: final; met at or before the deadline, met late after it (SL-9, SL-10).</li>
 * </ul>
 *
 * An agreed deadline (SL-11) replaces the countdown in the running and paused phases unless the
 * commitment is already breached; the breach is never erased.
 *
 * @param phase     the phase
 * @param countdown the deadline in force and the kind of time it counts
 * @param breach    the breach stamp once certain, else {@code null}
 * @param remaining the time left at the last pause or agreement while paused, else the last such
 *                  value (read only while paused)
 * @param open      the running interval, non-null exactly while running
 * @param stop      the stop, non-null exactly once stopped
 */
record DeadlineState(Phase phase, Countdown countdown, Instant breach, Duration remaining, Segment open, Stop stop) {

    /** The phases of the state machine. */
    enum Phase {
        /** The clock runs (rule SL-6). */
        RUNNING,
        /** The clock stands (rule SL-7). */
        PAUSED,
        /** The stop step happened (rules SL-9, SL-10). */
        STOPPED
    }

    /**
     * How a commitment stopped (rules SL-9, SL-10).
     *
     * @param at          when its stop step happened
     * @param step        the stopping step
     * @param whilePaused true if it was paused then
     */
    record Stop(Instant at, TicketStep step, boolean whilePaused) {
    }

    /**
     * Obtains the state at the start: running in its first interval.
     *
     * @param countdown the deadline the target gives
     * @param open      the first interval
     * @return the state
     */
    static DeadlineState started(Countdown countdown, Segment open) {
        return new DeadlineState(Phase.RUNNING, countdown, null, null, open, null);
    }

    /**
     * Checks the phase.
     *
     * @param p the phase
     * @return true if in it
     */
    boolean is(Phase p) {
        return phase == p;
    }

    /**
     * Gets the deadline in force.
     *
     * @return the countdown's deadline
     */
    Instant deadline() {
        return countdown.deadline();
    }

    /**
     * Returns the state breached with a stamp, unless a breach is already certain (the first one
     * stays, rule SL-11).
     *
     * @param stamp the breach stamp (a deadline)
     * @return the breached state
     */
    DeadlineState breachedAt(Instant stamp) {
        return breach != null ? this : new DeadlineState(phase, countdown, stamp, remaining, open, stop);
    }

    /**
     * Returns the state without its running interval (closed by the caller).
     *
     * @return the state
     */
    DeadlineState withoutOpen() {
        return new DeadlineState(phase, countdown, breach, remaining, null, stop);
    }

    /**
     * Returns the state paused with the time left (rule SL-7).
     *
     * @param left the time left, in the countdown's kind of time
     * @return the paused state
     */
    DeadlineState paused(Duration left) {
        return new DeadlineState(Phase.PAUSED, countdown, breach, left, null, stop);
    }

    /**
     * Returns the state running again against a countdown in a new interval (rules SL-7, SL-11).
     *
     * @param newCountdown the countdown
     * @param newOpen      the interval
     * @return the running state
     */
    DeadlineState running(Countdown newCountdown, Segment newOpen) {
        return new DeadlineState(Phase.RUNNING, newCountdown, breach, remaining, newOpen, stop);
    }

    /**
     * Returns the paused state with a deadline agreed during the pause (rule SL-11): from now on
     * the countdown counts elapsed time, and the time left is the whole agreed budget, counted
     * from the resume (SL-7). Until then the deadline in force stays the one the pause began with.
     *
     * @param agreedBudget the time from the agreement to the agreed deadline
     * @return the paused state
     */
    DeadlineState pausedWithAgreement(Duration agreedBudget) {
        return new DeadlineState(Phase.PAUSED, new Countdown(true, agreedBudget, countdown.deadline()), breach,
                agreedBudget, null, stop);
    }

    /**
     * Returns the stopped state (rules SL-9, SL-10).
     *
     * @param how the stop
     * @return the stopped state
     */
    DeadlineState stopped(Stop how) {
        return new DeadlineState(Phase.STOPPED, countdown, breach, remaining, null, how);
    }
}
