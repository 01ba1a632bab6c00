package dev.aftersales.commitment;

import java.time.Duration;
import java.time.Instant;

/**
 * The deadline a commitment runs against at one point of its history, with the time that deadline
 * gave and the kind of time it counts in (rules SL-3, SL-5, SL-6, SL-7, SL-11).
 *
 * <ul>
 *   <li>A business-time or working-day target counts the working time of its calendar
 *       ({@code elapsed} false, rules SL-3, SL-5); a calendar-time target (SL-6) and every deadline
 *       agreed with the owner (SL-11) count elapsed time.</li>
 *   <li>{@code budget} is what the target gives from the start, or what the last agreed deadline
 *       gave from the agreement; warnings at a share of the target are shares of it (SL-8).</li>
 *   <li>{@code deadline} moves at each resume to resume + remaining, in the same kind of time
 *       (SL-7); while paused it is the deadline in force when the pause began.</li>
 * </ul>
 *
 * @param elapsed  true when it counts elapsed time, false for the calendar's working time
 * @param budget   the time given by the target or the last agreed deadline, in that kind of time
 * @param deadline the deadline
 */
record Countdown(boolean elapsed, Duration budget, Instant deadline) {

    /**
     * Obtains the countdown of a deadline agreed at an instant (rule SL-11): elapsed time, the
     * budget being the time from the agreement to the deadline.
     *
     * @param from     when it was agreed
     * @param deadline the deadline, not before {@code from}
     * @return the countdown
     */
    static Countdown agreed(Instant from, Instant deadline) {
        return new Countdown(true, Duration.between(from, deadline), deadline);
    }

    /**
     * Returns a copy with the deadline moved, e.g. at a resume (rule SL-7).
     *
     * @param newDeadline the deadline
     * @return the copy
     */
    Countdown withDeadline(Instant newDeadline) {
        return new Countdown(elapsed, budget, newDeadline);
    }
}
