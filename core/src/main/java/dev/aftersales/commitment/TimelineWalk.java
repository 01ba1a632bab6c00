package dev.aftersales.commitment;

import java.time.Instant;
import java.util.List;

/**
 * Walks a commitment's history through the deadline state machine ({@link DeadlineState}), entry
 * by entry, in order (rules SL-3 to SL-14):
 *
 * <ol>
 *   <li>the start sets the first deadline from the term's target: working time of its calendar
 *       (SL-3), working days (SL-5), elapsed time (SL-6), or the time agreed in the starting step
 *       (SL-11, also for a commitment tracking a deadline agreed after a breach, SL-11), and opens
 *       the first running interval;</li>
 *   <li>pauses and resumes follow {@link PauseRules} (SL-7), agreed deadlines
 *       {@link AgreedDeadlineRules} (SL-11);</li>
 *   <li>the stop closes the running interval: met at or before the deadline, met late after it
 *       (SL-9, SL-10); later entries change nothing;</li>
 *   <li>recomputations (SL-14) and re-evaluations (SL-13) change nothing here: the history is
 *       walked again with the calendar and term now in force, and they only show in the
 *       explanation.</li>
 * </ol>
 *
 * A running commitment is breached once the instant is past its deadline; the walk records a
 * breach as certain only when an entry proves it (an interval closed after the deadline, an
 * agreement after it), and leaves the deadline's passing with time to the summary as of an
 * instant ({@link Evaluation#breachAt}).
 */
final class TimelineWalk {

    private TimelineWalk() {
    }

    /**
     * Walks a history.
     *
     * @param term    the term the commitment runs under
     * @param history the history, starting with its start
     * @param time    the counting of the commitment's time
     * @param trail   the explanation
     * @return the walked timeline
     * @throws dev.aftersales.calendar.OutsideCoverageException if a strict calendar lacks a needed
     *                                                          date (rule SL-16)
     */
    static Timeline walk(CommitmentTerm term, List<CommitmentInput> history, TimeCounting time,
                         ExplanationTrail trail) {
        CommitmentInput.Started started = (CommitmentInput.Started) history.get(0);
        SegmentLog log = new SegmentLog(trail);
        DeadlineState state = start(term, started, time, trail);
        for (int i = 1; i < history.size(); i++) {
            state = apply(state, history.get(i), log, time, trail);
        }
        return new Timeline(started.at(), state, log.finish(state));
    }

    private static DeadlineState start(CommitmentTerm term, CommitmentInput.Started entry, TimeCounting time,
                                       ExplanationTrail trail) {
        Instant s = entry.at();
        Target target = term.target();
        Countdown countdown;
        if (entry.agreedDeadline() != null || target instanceof Target.AgreedTime) {
            Instant agreed = entry.agreedDeadline() == null ? s : entry.agreedDeadline();
            countdown = Countdown.agreed(s, agreed.isBefore(s) ? s : agreed);
        } else if (target instanceof Target.CalendarTime c) {
            countdown = new Countdown(true, c.duration(), s.plus(c.duration()));
        } else if (target instanceof Target.BusinessTime b) {
            countdown = new Countdown(false, b.workingTime(), time.calendar().plus(s, b.workingTime()));
        } else {
            Target.WorkingDays w = (Target.WorkingDays) target;
            Instant deadline = time.calendar().plusWorkingDays(s, w.days());
            countdown = new Countdown(false, time.calendar().between(s, deadline), deadline);
        }
        Countdown first = countdown;
        trail.add(() -> new ExplanationStep.Started(s, entry.step(), entry.afterTerm(), entry.agreedFrom(), target,
                first.deadline(), first.budget()));
        return DeadlineState.started(countdown, Segment.beforeBreach(s, countdown, countdown.budget()));
    }

    private static DeadlineState apply(DeadlineState state, CommitmentInput entry, SegmentLog log, TimeCounting time,
                                       ExplanationTrail trail) {
        if (entry instanceof CommitmentInput.Paused p) {
            return PauseRules.pause(state, p, log, time, trail);
        } else if (entry instanceof CommitmentInput.Resumed r) {
            return PauseRules.resume(state, r, time, trail);
        } else if (entry instanceof CommitmentInput.DeadlineAgreed g) {
            return AgreedDeadlineRules.agree(state, g, log, trail);
        } else if (entry instanceof CommitmentInput.AgreedAfterBreach g) {
            return AgreedDeadlineRules.agreedAfterBreach(state, g, trail);
        } else if (entry instanceof CommitmentInput.Stopped x) {
            return stop(state, x, log, trail);
        } else if (entry instanceof CommitmentInput.Recomputed r) {
            trail.add(() -> new ExplanationStep.Recomputed(r.at(), r.from(), r.to(), r.deadlineBefore(),
                    r.deadlineAfter()));
        } else if (entry instanceof CommitmentInput.ReEvaluated r) {
            trail.add(() -> new ExplanationStep.ReEvaluated(r.at(), r.from(), r.to(), r.by(), r.deadlineBefore(),
                    r.deadlineAfter()));
        }
        return state;
    }

    /** The stop (rules SL-9, SL-10): the first one counts. */
    private static DeadlineState stop(DeadlineState state, CommitmentInput.Stopped entry, SegmentLog log,
                                      ExplanationTrail trail) {
        if (state.is(DeadlineState.Phase.STOPPED)) {
            return state;
        }
        boolean running = state.is(DeadlineState.Phase.RUNNING);
        DeadlineState closed = running ? log.close(state, entry.at()) : state;
        trail.stopped(entry, closed.breach());
        return closed.stopped(new DeadlineState.Stop(entry.at(), entry.step(), !running));
    }
}
