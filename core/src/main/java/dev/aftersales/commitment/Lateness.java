package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How late a breached or met-late commitment is (rules SL-9, SL-10), measured from its breach (the
 * deadline) to its stop step, or to the instant asked about while it is still open: in elapsed
 * time, and, for a term whose target counts working time (business time, rule SL-3, or working
 * days, rule SL-5), in working time on the term's calendar as in rule SL-4 (the working time in
 * {@code [breachedAt, until)}). The pauses of rule SL-7 play no part: the breach is final once
 * passed, so the time after it is all lateness.
 *
 * <p>Holds identifiers, instants and durations only (rule EU-4).
 *
 * @param commitment  the commitment
 * @param breachedAt  the breach stamp: the deadline that passed
 * @param until       the stop step, or the instant asked about while open
 * @param stopped     true if {@code until} is the stop step (met late), false if it is still breached
 * @param elapsed     the elapsed time from the breach to {@code until}
 * @param workingTime the working time from the breach to {@code until} on {@code calendar}, or
 *                    {@code null} when the target counts no working time
 * @param calendar    the calendar version the working time was counted on, or {@code null}
 */
public record Lateness(CommitmentId commitment, Instant breachedAt, Instant until, boolean stopped, Duration elapsed,
                       Duration workingTime, CalendarRef calendar) {

    /**
     * Creates a lateness.
     *
     * @throws NullPointerException     if a required argument is null
     * @throws IllegalArgumentException if {@code until} is before the breach, or only one of the
     *                                  working time and its calendar is given
     */
    public Lateness {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(breachedAt, "breachedAt");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(elapsed, "elapsed");
        if (until.isBefore(breachedAt)) {
            throw new IllegalArgumentException("lateness of " + commitment + " ends at " + until
                    + ", before its breach at " + breachedAt);
        }
        if ((workingTime == null) != (calendar == null)) {
            throw new IllegalArgumentException("lateness of " + commitment
                    + ": a working time needs its calendar, and a calendar its working time");
        }
    }

    /**
     * Gets the lateness in working time, for terms whose target counts working time (rules SL-3,
     * SL-4, SL-5).
     *
     * @return the working time, empty for calendar-time and agreed-time terms
     */
    public Optional<Duration> working() {
        return Optional.ofNullable(workingTime);
    }
}
