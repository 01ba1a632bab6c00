package dev.aftersales.commitment;

import dev.aftersales.calendar.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Computes a commitment's {@link Evaluation} (and, on request, its explanation steps) from its
 * term, calendar, history and recorded firings: a pure function of them (rules SL-3 to SL-16).
 *
 * <ol>
 *   <li>{@link TimelineWalk} walks the history through the deadline state machine
 *       ({@link DeadlineState}: running, paused, stopped), cutting it into running intervals
 *       ({@link Segment}), each with the deadline it ran against and the time left at its start,
 *       in the commitment's kind of time ({@link Countdown}, {@link TimeCounting}): working time of
 *       the calendar for business-time and working-day targets (SL-3, SL-5), elapsed time for
 *       calendar time and once a deadline was agreed (SL-6, SL-11). Pauses follow
 *       {@link PauseRules} (SL-7), agreed deadlines {@link AgreedDeadlineRules} (SL-11). The breach
 *       happens when an interval runs past its deadline (SL-9).</li>
 *   <li>A stopped commitment's outcome is final (SL-9, SL-14): evaluated with a calendar version
 *       other than the one its outcome was computed with, it keeps the deadline and breach
 *       recorded at its stop ({@link FrozenOutcome}). A recorded breach keeps its stamp (SL-14).</li>
 *   <li>{@link FiringSchedule} places the warnings, the breach and the escalation levels (SL-8,
 *       SL-9).</li>
 *   <li>{@link ExplanationTrail} collects the explanation steps when asked (SL-15, SL-16).</li>
 * </ol>
 *
 * <p>One evaluator evaluates one commitment once; it keeps no state between calls.
 */
final class Evaluator {

    private final CommitmentTerm term;
    private final BusinessCalendar calendar;
    private final TimeCounting time;
    private final List<CommitmentInput> history;
    private final List<Firing> recorded;
    private final FrozenOutcome frozen;

    /**
     * An evaluation with its explanation steps.
     *
     * @param evaluation   the evaluation
     * @param steps        the explanation steps, in order of their instants
     * @param leftCoverage true if a date outside the calendar's coverage was needed (rule SL-16)
     */
    record Explained(Evaluation evaluation, List<ExplanationStep> steps, boolean leftCoverage) {
    }

    /**
     * Creates an evaluator of one commitment.
     *
     * @param term      the term it runs under
     * @param calendar  the calendar its target counts on, or {@code null}
     * @param calendars the registered calendars by id, for escalation offsets
     * @param history   its history
     * @param recorded  its recorded firings
     * @param frozen    its outcome kept from its stop, or {@code null}
     */
    Evaluator(CommitmentTerm term, BusinessCalendar calendar, Function<String, BusinessCalendar> calendars,
              List<CommitmentInput> history, List<Firing> recorded, FrozenOutcome frozen) {
        this.term = term;
        this.calendar = calendar;
        this.time = new TimeCounting(calendar, calendars);
        this.history = history;
        this.recorded = recorded;
        this.frozen = frozen;
    }

    /**
     * Evaluates.
     *
     * @return the evaluation
     */
    Evaluation evaluate() {
        return run(ExplanationTrail.off());
    }

    /**
     * Evaluates and explains (rules SL-15, SL-16).
     *
     * @return the evaluation with its explanation steps
     */
    Explained explain() {
        ExplanationTrail trail = ExplanationTrail.recording(calendar, recordedBreach(), frozen);
        Evaluation evaluation = run(trail);
        return new Explained(evaluation, trail.steps(), trail.leftCoverage());
    }

    private Evaluation run(ExplanationTrail trail) {
        Timeline timeline = TimelineWalk.walk(term, history, time, trail);
        DeadlineState end = timeline.end();
        boolean keep = frozen != null && end.is(DeadlineState.Phase.STOPPED);
        Instant deadline = keep ? frozen.deadline() : end.deadline();
        Instant breach = keep ? frozen.breach() : end.breach();
        Instant recordedBreach = recordedBreach();
        Instant breachStamp = recordedBreach != null ? recordedBreach : breach;
        List<ScheduledFiring> schedule = FiringSchedule.of(term, timeline, deadline, breachStamp, recorded, time);
        trail.finish(term, recorded, breachStamp);
        boolean paused = end.is(DeadlineState.Phase.PAUSED);
        DeadlineState.Stop stop = end.stop();
        // SL-7: no deadline while paused (or stopped while paused) before a breach
        boolean noDeadline = (paused || stop != null && stop.whilePaused()) && breachStamp == null;
        return new Evaluation(timeline.startedAt(), noDeadline ? null : deadline, end.countdown().budget(),
                breachStamp, stop == null ? null : stop.at(), stop == null ? null : stop.step(), paused,
                paused && breachStamp == null ? end.remaining() : null, schedule);
    }

    /** The scheduled instant of the first recorded breach, which keeps its stamp (rule SL-14). */
    private Instant recordedBreach() {
        for (Firing f : recorded) {
            if (f.kind() == FiringKind.BREACH) {
                return f.scheduledAt();
            }
        }
        return null;
    }
}
