package dev.aftersales.commitment;

import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The computed state of a commitment (rules SL-6 to SL-11): its deadline in force, its breach once
 * certain, its stop, whether it is paused and with how much time remaining, and the schedule of
 * everything it fires if nothing changes before. A pure function of the term, the calendar, the
 * history and the recorded firings (see {@link CommitmentEngine#evaluate}).
 *
 * @param startedAt the start
 * @param deadline  the deadline in force (at the stop, once stopped); {@code null} while paused, or
 *                  when stopped while paused, before a breach
 * @param budget    the time given by the target (or the last agreed deadline), in its kind of time
 * @param breach    the breach stamp once certain or recorded, else {@code null}
 * @param stoppedAt the stop, or {@code null}
 * @param stopStep  the stopping step, or {@code null}
 * @param paused    true if paused now
 * @param remaining the remaining time while paused before a breach, else {@code null}
 * @param schedule  every warning, breach and escalation that fired or will fire if nothing changes,
 *                  in scheduled order
 */
public record Evaluation(Instant startedAt, Instant deadline, Duration budget, Instant breach, Instant stoppedAt,
                         TicketStep stopStep, boolean paused, Duration remaining, List<ScheduledFiring> schedule) {

    /**
     * Creates an evaluation.
     *
     * @throws NullPointerException if a required argument is null
     */
    public Evaluation {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(budget, "budget");
        schedule = List.copyOf(schedule);
    }

    /**
     * Gets the status at an instant, given that every history entry up to it is known.
     *
     * @param asOf the instant
     * @return the status
     * @throws NullPointerException if {@code asOf} is null
     */
    public CommitmentStatus statusAt(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (stoppedAt != null) {
            return breach != null ? CommitmentStatus.MET_LATE : CommitmentStatus.MET;
        }
        if (breach != null) {
            return CommitmentStatus.BREACHED;
        }
        if (paused) {
            return CommitmentStatus.PAUSED;
        }
        return deadline != null && asOf.isAfter(deadline) ? CommitmentStatus.BREACHED : CommitmentStatus.RUNNING;
    }

    /**
     * Gets the breach stamp as known at an instant: the certain one, or the deadline once it has
     * passed while running.
     *
     * @param asOf the instant
     * @return the breach stamp, or {@code null}
     * @throws NullPointerException if {@code asOf} is null
     */
    public Instant breachAt(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (breach != null) {
            return breach;
        }
        if (stoppedAt == null && !paused && deadline != null && asOf.isAfter(deadline)) {
            return deadline;
        }
        return null;
    }

    /**
     * Gets what is due at an instant and not yet recorded.
     *
     * @param now      the instant
     * @param recorded the firings already recorded
     * @return the due firings, in scheduled order
     * @throws NullPointerException if an argument is null
     */
    public List<ScheduledFiring> dueAt(Instant now, List<Firing> recorded) {
        Objects.requireNonNull(now, "now");
        List<ScheduledFiring> out = new ArrayList<>();
        for (ScheduledFiring f : schedule) {
            if (!f.dueAt().isAfter(now) && !isRecorded(f, recorded)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Gets the next instant at which something not yet recorded is due.
     *
     * @param recorded the firings already recorded
     * @return the instant, or {@code null} if nothing more can fire
     * @throws NullPointerException if {@code recorded} is null
     */
    public Instant nextCheck(List<Firing> recorded) {
        Instant next = null;
        for (ScheduledFiring f : schedule) {
            if (!isRecorded(f, recorded) && (next == null || f.dueAt().isBefore(next))) {
                next = f.dueAt();
            }
        }
        return next;
    }

    /**
     * Gets the next warning not yet recorded (rule SL-8).
     *
     * @param recorded the firings already recorded
     * @return its scheduled instant, or {@code null} if no warning is left to fire
     * @throws NullPointerException if {@code recorded} is null
     */
    public Instant nextWarning(List<Firing> recorded) {
        Objects.requireNonNull(recorded, "recorded");
        Instant next = null;
        for (ScheduledFiring f : schedule) {
            if (f.kind() == FiringKind.WARNING && !isRecorded(f, recorded)
                    && (next == null || f.at().isBefore(next))) {
                next = f.at();
            }
        }
        return next;
    }

    private static boolean isRecorded(ScheduledFiring f, List<Firing> recorded) {
        for (Firing r : recorded) {
            if (r.is(f.kind(), f.level())) {
                return true;
            }
        }
        return false;
    }
}
