package dev.aftersales.commitment;

import java.time.Duration;

/**
 * Pauses and resumes (rule SL-7): while a commitment is paused its clock stands.
 *
 * <ul>
 *   <li>A pause of a running commitment closes its running interval and keeps the time left before
 *       the deadline, in the countdown's kind of time (working time of the calendar for
 *       business-time and working-day targets, elapsed time otherwise); nothing is left when the
 *       deadline had already passed: the commitment was breached then (SL-9).</li>
 *   <li>A resume moves the deadline to resume + the time left, in the same kind of time, and opens
 *       a new interval; a breached commitment resumes against the missed deadline, and no warning
 *       falls after it.</li>
 *   <li>A pause while not running, and a resume while not paused, change nothing; a pause and a
 *       resume at the same instant leave the deadline where it was.</li>
 * </ul>
 */
final class PauseRules {

    private PauseRules() {
    }

    /**
     * Pauses a running commitment.
     *
     * @param state the state before
     * @param entry the pause
     * @param log   the running intervals
     * @param time  the counting of the commitment's time
     * @param trail the explanation
     * @return the state after
     */
    static DeadlineState pause(DeadlineState state, CommitmentInput.Paused entry, SegmentLog log, TimeCounting time,
                               ExplanationTrail trail) {
        if (!state.is(DeadlineState.Phase.RUNNING)) {
            return state;
        }
        DeadlineState closed = log.close(state, entry.at());
        boolean breached = closed.breach() != null;
        Duration left = breached ? Duration.ZERO
                : time.measure(closed.countdown().elapsed(), entry.at(), closed.deadline());
        trail.add(() -> new ExplanationStep.Paused(entry.at(), entry.reason(), left, breached));
        return closed.paused(left);
    }

    /**
     * Resumes a paused commitment.
     *
     * @param state the state before
     * @param entry the resume
     * @param time  the counting of the commitment's time
     * @param trail the explanation
     * @return the state after
     */
    static DeadlineState resume(DeadlineState state, CommitmentInput.Resumed entry, TimeCounting time,
                                ExplanationTrail trail) {
        if (!state.is(DeadlineState.Phase.PAUSED)) {
            return state;
        }
        if (state.breach() != null) {
            trail.add(() -> new ExplanationStep.Resumed(entry.at(), null));
            return state.running(state.countdown(), Segment.afterBreach(entry.at(), state.countdown()));
        }
        Countdown moved = state.countdown().withDeadline(
                time.advance(state.countdown().elapsed(), entry.at(), state.remaining()));
        trail.add(() -> new ExplanationStep.Resumed(entry.at(), moved.deadline()));
        return state.running(moved, Segment.beforeBreach(entry.at(), moved, state.remaining()));
    }
}
