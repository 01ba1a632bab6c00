package dev.aftersales.commitment;

import java.time.Duration;
import java.time.Instant;

/**
 * One running interval {@code [start, end)} of a commitment (rules SL-7, SL-8, SL-11): the start,
 * each resume and each agreed deadline open one; each pause, stop and agreed deadline close one.
 * Warnings are placed on the intervals that ran before the breach ({@code preBreach}), where the
 * time remaining at their start and their countdown tell when the remaining time reaches a
 * warning's threshold.
 *
 * @param start            when it started running
 * @param end              when it stopped running, or {@code null} while it still runs
 * @param countdown        the deadline it ran against
 * @param remainingAtStart the time left before that deadline at its start, in the countdown's kind
 *                         of time; zero after the breach
 * @param preBreach        true if it began before the breach
 */
record Segment(Instant start, Instant end, Countdown countdown, Duration remainingAtStart, boolean preBreach) {

    /**
     * Opens an interval before the breach.
     *
     * @param start     when it starts running
     * @param countdown the deadline it runs against
     * @param remaining the time left before that deadline
     * @return the open interval
     */
    static Segment beforeBreach(Instant start, Countdown countdown, Duration remaining) {
        return new Segment(start, null, countdown, remaining, true);
    }

    /**
     * Opens an interval after the breach (a resume of a breached commitment, rule SL-7): no
     * warning can fall in it.
     *
     * @param start     when it starts running
     * @param countdown the deadline that was missed
     * @return the open interval
     */
    static Segment afterBreach(Instant start, Countdown countdown) {
        return new Segment(start, null, countdown, Duration.ZERO, false);
    }

    /**
     * Gets the deadline it ran against.
     *
     * @return the deadline
     */
    Instant deadline() {
        return countdown.deadline();
    }

    /**
     * Returns the interval closed at an instant.
     *
     * @param at when it stopped running
     * @return the closed interval
     */
    Segment endingAt(Instant at) {
        return new Segment(start, at, countdown, remainingAtStart, preBreach);
    }
}
