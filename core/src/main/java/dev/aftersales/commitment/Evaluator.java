package dev.aftersales.commitment;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.DateRange;
import dev.aftersales.calendar.NonWorkingSpan;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Computes a commitment's {@link Evaluation} (and, on request, its explanation steps) from its term,
 * calendar, history and recorded firings. The history is cut into running segments
 * {@code [start, end)}: the start, each resume and each agreed deadline open one; each pause, stop
 * and agreed deadline close one. Each segment has a deadline and the time remaining at its start,
 * in the commitment's kind of time: working time of the calendar for business-time and working-day
 * targets, elapsed time for calendar time and once a deadline was agreed (rules SL-6, SL-7,
 * SL-11). The breach happens when a segment runs past its deadline (rule SL-9).
 *
 * <p>A stopped commitment's outcome is final (rules SL-9, SL-14): when it is evaluated with a calendar
 * version other than the one its outcome was computed with, the deadline and breach recorded at the
 * stop are kept ({@link Frozen}) and only what is still owed (an unrecorded breach and its
 * escalations) is scheduled.
 */
final class Evaluator {

    private static final Duration NANO = Duration.ofNanos(1);

    private final CommitmentTerm term;
    private final BusinessCalendar cal;
    private final Function<String, BusinessCalendar> calendars;
    private final List<CommitmentInput> history;
    private final List<Firing> recorded;
    private final boolean explain;
    private final Frozen frozen;

    private final List<Segment> segments = new ArrayList<>();
    private final List<ExplanationStep> steps = new ArrayList<>();
    private final List<DateRange> uncovered = new ArrayList<>();

    private enum State { RUNNING, PAUSED, STOPPED }

    /**
     * The outcome recorded at a stop, kept when the calendar changed since.
     *
     * @param deadline the deadline in force at the stop, or {@code null}
     * @param breach   the breach stamp, or {@code null} if it was met
     */
    record Frozen(Instant deadline, Instant breach) {
    }

    private State state = State.RUNNING;
    private boolean calMode;
    private Duration budget;
    private Instant deadline;
    private Instant breach;
    private Duration remaining;
    private Instant stoppedAt;
    private TicketStep stopStep;
    private boolean stoppedWhilePaused;
    private Segment open;

    /** A running interval of the commitment. */
    private static final class Segment {
        final Instant start;
        Instant end;
        final Instant deadline;
        final Duration remainingAtStart;
        final Duration budget;
        final boolean calMode;
        final boolean preBreach;

        Segment(Instant start, Instant deadline, Duration remainingAtStart, Duration budget, boolean calMode,
                boolean preBreach) {
            this.start = start;
            this.deadline = deadline;
            this.remainingAtStart = remainingAtStart;
            this.budget = budget;
            this.calMode = calMode;
            this.preBreach = preBreach;
        }
    }

    Evaluator(CommitmentTerm term, BusinessCalendar cal, Function<String, BusinessCalendar> calendars,
              List<CommitmentInput> history, List<Firing> recorded, boolean explain) {
        this(term, cal, calendars, history, recorded, explain, null);
    }

    Evaluator(CommitmentTerm term, BusinessCalendar cal, Function<String, BusinessCalendar> calendars,
              List<CommitmentInput> history, List<Firing> recorded, boolean explain, Frozen frozen) {
        this.frozen = frozen;
        this.term = term;
        this.cal = cal;
        this.calendars = calendars;
        this.history = history;
        this.recorded = recorded;
        this.explain = explain;
    }

    List<ExplanationStep> steps() {
        return steps;
    }

    List<DateRange> uncovered() {
        return uncovered;
    }

    Evaluation run() {
        CommitmentInput.Started st = (CommitmentInput.Started) history.get(0);
        start(st);
        for (int i = 1; i < history.size(); i++) {
            apply(history.get(i));
        }
        if (state == State.RUNNING && open != null && open.preBreach) {
            explainSegment(open, open.deadline);
        }
        if (frozen != null && state == State.STOPPED) {
            breach = frozen.breach();
            deadline = frozen.deadline();
        }
        Firing recordedBreach = recorded.stream().filter(f -> f.kind() == FiringKind.BREACH).findFirst().orElse(null);
        Instant breachStamp = recordedBreach != null ? recordedBreach.scheduledAt() : breach;
        List<ScheduledFiring> schedule = schedule(st.at(), breachStamp);
        if (explain) {
            explainFirings(breachStamp);
            steps.sort(Comparator.comparing(ExplanationStep::at));
        }
        boolean noDeadline = (state == State.PAUSED || stoppedWhilePaused) && breachStamp == null;
        Instant shownDeadline = noDeadline ? null : deadline;
        return new Evaluation(st.at(), shownDeadline, budget, breachStamp, stoppedAt, stopStep,
                state == State.PAUSED, state == State.PAUSED && breachStamp == null ? remaining : null, schedule);
    }

    // ---- history -----------------------------------------------------------------------------

    private void start(CommitmentInput.Started st) {
        Instant s = st.at();
        Target target = term.target();
        if (st.agreedDeadline() != null || target instanceof Target.AgreedTime) {
            calMode = true;
            Instant agreed = st.agreedDeadline() == null ? s : st.agreedDeadline();
            deadline = agreed.isBefore(s) ? s : agreed;
            budget = Duration.between(s, deadline);
        } else if (target instanceof Target.CalendarTime c) {
            calMode = true;
            budget = c.duration();
            deadline = s.plus(budget);
        } else if (target instanceof Target.BusinessTime b) {
            calMode = false;
            budget = b.workingTime();
            deadline = cal.plus(s, budget);
        } else {
            Target.WorkingDays w = (Target.WorkingDays) target;
            calMode = false;
            deadline = cal.plusWorkingDays(s, w.days());
            budget = cal.between(s, deadline);
        }
        open = new Segment(s, deadline, budget, budget, calMode, true);
        segments.add(open);
        if (explain) {
            steps.add(new ExplanationStep.Started(s, st.step(), st.afterTerm(), st.agreedFrom(), target, deadline,
                    budget));
        }
    }

    private void apply(CommitmentInput in) {
        if (in instanceof CommitmentInput.Paused p) {
            pause(p);
        } else if (in instanceof CommitmentInput.Resumed r) {
            resume(r);
        } else if (in instanceof CommitmentInput.DeadlineAgreed g) {
            agree(g);
        } else if (in instanceof CommitmentInput.AgreedAfterBreach g) {
            if (state == State.RUNNING && breach == null && g.at().isAfter(deadline)) {
                breach = deadline;
            }
            if (explain) {
                steps.add(new ExplanationStep.AgreedAfterBreach(g.at(), g.agreed(), g.by(), g.step(), g.successor()));
            }
        } else if (in instanceof CommitmentInput.Stopped x) {
            stop(x);
        } else if (in instanceof CommitmentInput.Recomputed r) {
            if (explain) {
                steps.add(new ExplanationStep.Recomputed(r.at(), r.from(), r.to(), r.deadlineBefore(),
                        r.deadlineAfter()));
            }
        } else if (in instanceof CommitmentInput.ReEvaluated r) {
            if (explain) {
                steps.add(new ExplanationStep.ReEvaluated(r.at(), r.from(), r.to(), r.by(), r.deadlineBefore(),
                        r.deadlineAfter()));
            }
        }
    }

    private void closeOpen(Instant at) {
        open.end = at;
        if (open.preBreach) {
            explainSegment(open, at.isBefore(open.deadline) ? at : open.deadline);
        }
        if (breach == null && at.isAfter(open.deadline)) {
            breach = open.deadline;
        }
        open = null;
    }

    private void pause(CommitmentInput.Paused p) {
        if (state != State.RUNNING) {
            return;
        }
        closeOpen(p.at());
        remaining = breach != null ? Duration.ZERO : measure(calMode, p.at(), deadline);
        state = State.PAUSED;
        if (explain) {
            steps.add(new ExplanationStep.Paused(p.at(), p.reason(), remaining, breach != null));
        }
    }

    private void resume(CommitmentInput.Resumed r) {
        if (state != State.PAUSED) {
            return;
        }
        state = State.RUNNING;
        if (breach != null) {
            open = new Segment(r.at(), deadline, Duration.ZERO, budget, calMode, false);
        } else {
            deadline = advance(calMode, r.at(), remaining);
            open = new Segment(r.at(), deadline, remaining, budget, calMode, true);
        }
        segments.add(open);
        if (explain) {
            steps.add(new ExplanationStep.Resumed(r.at(), breach != null ? null : deadline));
        }
    }

    private void agree(CommitmentInput.DeadlineAgreed g) {
        if (state == State.STOPPED) {
            return;
        }
        boolean breachedNow = breach != null || (state == State.RUNNING && g.at().isAfter(deadline));
        if (breachedNow) {
            if (breach == null) {
                breach = deadline;
            }
            if (explain) {
                steps.add(new ExplanationStep.DeadlineAgreed(g.at(), g.agreed(), g.by(), g.step(), deadline, true));
            }
            return;
        }
        Instant agreed = g.agreed().isBefore(g.at()) ? g.at() : g.agreed();
        calMode = true;
        budget = Duration.between(g.at(), agreed);
        if (state == State.RUNNING) {
            closeOpen(g.at());
            deadline = agreed;
            open = new Segment(g.at(), deadline, budget, budget, true, true);
            segments.add(open);
        } else {
            remaining = budget;
        }
        if (explain) {
            steps.add(new ExplanationStep.DeadlineAgreed(g.at(), g.agreed(), g.by(), g.step(),
                    state == State.RUNNING ? deadline : null, false));
        }
    }

    private void stop(CommitmentInput.Stopped x) {
        if (state == State.STOPPED) {
            return;
        }
        if (state == State.RUNNING) {
            closeOpen(x.at());
        } else {
            stoppedWhilePaused = true;
        }
        state = State.STOPPED;
        stoppedAt = x.at();
        stopStep = x.step();
        if (explain) {
            Firing rb = recorded.stream().filter(f -> f.kind() == FiringKind.BREACH).findFirst().orElse(null);
            Instant stamp = rb != null ? rb.scheduledAt() : frozen != null ? frozen.breach() : breach;
            steps.add(new ExplanationStep.Stopped(x.at(), x.step(),
                    stamp == null ? null : Duration.between(stamp, x.at())));
        }
    }

    // ---- arithmetic --------------------------------------------------------------------------

    private Duration measure(boolean elapsed, Instant a, Instant b) {
        return elapsed ? Duration.between(a, b) : cal.between(a, b);
    }

    private Instant advance(boolean elapsed, Instant a, Duration d) {
        return elapsed ? a.plus(d) : cal.plus(a, d);
    }

    private Instant offsetEnd(Target offset, Instant from) {
        if (offset instanceof Target.CalendarTime c) {
            return from.plus(c.duration());
        }
        String id = offset.calendarId().orElseThrow();
        return offset.endFrom(from, calendars.apply(id));
    }

    // ---- schedule ----------------------------------------------------------------------------

    private List<ScheduledFiring> schedule(Instant start, Instant breachStamp) {
        List<ScheduledFiring> out = new ArrayList<>();
        Instant pendingBreach = breachStamp != null ? breachStamp : (state == State.RUNNING ? deadline : null);
        List<Warning> warnings = term.warnings();
        for (int i = 0; i < warnings.size(); i++) {
            if (state == State.STOPPED && !wasRecorded(FiringKind.WARNING, i + 1)) {
                // SL-8: once stopped, a warning not yet fired never fires
                continue;
            }
            Instant t = firstWarningInstant(warnings.get(i));
            if (t != null && (pendingBreach == null || !t.isAfter(pendingBreach))) {
                out.add(new ScheduledFiring(FiringKind.WARNING, i + 1, t, t, List.of()));
            }
        }
        Instant breachDue = null;
        if (pendingBreach != null) {
            breachDue = pendingBreach.plus(NANO);
            out.add(new ScheduledFiring(FiringKind.BREACH, 0, pendingBreach, breachDue, List.of()));
        }
        List<EscalationLevel> levels = term.escalations();
        for (int i = 0; i < levels.size(); i++) {
            EscalationLevel e = levels.get(i);
            Instant at;
            Instant due;
            if (e.anchor() == EscalationLevel.Anchor.START) {
                at = offsetEnd(e.offset(), start);
                due = at;
            } else if (pendingBreach != null) {
                at = offsetEnd(e.offset(), pendingBreach);
                due = at.isAfter(breachDue) ? at : breachDue;
            } else {
                continue;
            }
            if (stoppedAt == null || stoppedAt.isAfter(at)) {
                out.add(new ScheduledFiring(FiringKind.ESCALATION, i + 1, at, due, e.recipients()));
            }
        }
        out.sort(Comparator.comparing(ScheduledFiring::dueAt).thenComparing(ScheduledFiring::kind)
                .thenComparingInt(ScheduledFiring::level));
        return out;
    }

    private boolean wasRecorded(FiringKind kind, int level) {
        for (Firing f : recorded) {
            if (f.is(kind, level)) {
                return true;
            }
        }
        return false;
    }

    private Instant firstWarningInstant(Warning w) {
        for (Segment seg : segments) {
            if (!seg.preBreach) {
                continue;
            }
            Duration x = w.remainingThreshold(seg.budget);
            Instant t = seg.remainingAtStart.compareTo(x) <= 0 ? seg.start
                    : advance(seg.calMode, seg.start, seg.remainingAtStart.minus(x));
            if (t.isAfter(seg.deadline)) {
                continue;
            }
            if (seg.end == null || t.isBefore(seg.end)) {
                return t;
            }
        }
        return null;
    }

    // ---- explanation -------------------------------------------------------------------------

    private void explainSegment(Segment seg, Instant until) {
        if (!explain || seg.calMode || cal == null || !until.isAfter(seg.start)) {
            return;
        }
        for (NonWorkingSpan span : cal.nonWorkingSpans(seg.start, until)) {
            steps.add(new ExplanationStep.Skipped(span.start(), span));
        }
        LocalDate first = seg.start.atZone(cal.zone()).toLocalDate();
        LocalDate last = until.minusNanos(1).atZone(cal.zone()).toLocalDate();
        List<DateRange> missing = cal.coverage().uncovered(first, last);
        if (!missing.isEmpty()) {
            uncovered.addAll(missing);
            steps.add(new ExplanationStep.OutsideCoverage(seg.start, missing));
        }
    }

    private void explainFirings(Instant breachStamp) {
        boolean breachRecorded = false;
        for (Firing f : recorded) {
            switch (f.kind()) {
                case WARNING -> {
                    Warning w = f.level() <= term.warnings().size() ? term.warnings().get(f.level() - 1) : null;
                    steps.add(new ExplanationStep.Warned(f.scheduledAt(), f.level(), w, f.recordedAt()));
                }
                case BREACH -> {
                    breachRecorded = true;
                    steps.add(new ExplanationStep.Breached(f.scheduledAt(), f.recordedAt()));
                }
                case ESCALATION -> {
                    List<Recipient> to = f.level() <= term.escalations().size()
                            ? term.escalations().get(f.level() - 1).recipients() : List.of();
                    steps.add(new ExplanationStep.Escalated(f.scheduledAt(), f.level(), to, f.recordedAt()));
                }
                default -> throw new IllegalStateException("unknown firing kind " + f.kind());
            }
        }
        if (!breachRecorded && breachStamp != null) {
            steps.add(new ExplanationStep.Breached(breachStamp, null));
        }
    }
}
