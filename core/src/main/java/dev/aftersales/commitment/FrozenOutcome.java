package dev.aftersales.commitment;

import dev.aftersales.calendar.BusinessCalendar;
import java.time.Instant;

/**
 * The outcome of a stopped commitment as recorded at its stop, kept once its calendar changed
 * (rules SL-9, SL-14): a stopped commitment's outcome is final, so its deadline and breach are
 * never re-derived with a newer calendar version; only what is still owed (a breach not yet
 * recorded and its escalations) is scheduled from them.
 *
 * @param deadline the deadline in force at the stop, or {@code null}
 * @param breach   the breach stamp, or {@code null} if it was met
 */
record FrozenOutcome(Instant deadline, Instant breach) {

    /**
     * Finds the outcome to keep for a commitment evaluated with a calendar.
     *
     * @param commitment the commitment
     * @param calendar   the calendar now registered for its target, or {@code null}
     * @return its recorded outcome if it stopped and was computed with another version of that
     *         calendar, else {@code null} (its outcome follows from its history)
     */
    static FrozenOutcome of(Commitment commitment, BusinessCalendar calendar) {
        if (commitment.stoppedAt() == null || commitment.calendar() == null || calendar == null
                || calendar.ref().equals(commitment.calendar())) {
            return null;
        }
        return new FrozenOutcome(commitment.deadline(), commitment.breachedAt());
    }
}
