package dev.aftersales.commitment;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.DateRange;
import dev.aftersales.calendar.NonWorkingSpan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the steps of a deadline's explanation while its history is walked (rules SL-15, SL-16):
 * the start, each non-working span skipped and each date outside the calendar's coverage in the
 * running intervals before the breach, each pause, resume, agreement, recomputation and
 * re-evaluation, the stop with its lateness, and what fired. A trail that is off records nothing,
 * so that evaluations outside explanations build no step.
 */
final class ExplanationTrail {

    private final boolean on;
    private final BusinessCalendar calendar;
    private final Instant recordedBreach;
    private final FrozenOutcome frozen;
    private final List<ExplanationStep> steps = new ArrayList<>();
    private final List<DateRange> uncovered = new ArrayList<>();

    private ExplanationTrail(boolean on, BusinessCalendar calendar, Instant recordedBreach, FrozenOutcome frozen) {
        this.on = on;
        this.calendar = calendar;
        this.recordedBreach = recordedBreach;
        this.frozen = frozen;
    }

    /**
     * Obtains a trail that records nothing.
     *
     * @return the trail
     */
    static ExplanationTrail off() {
        return new ExplanationTrail(false, null, null, null);
    }

    /**
     * Obtains a recording trail.
     *
     * @param calendar       the calendar of the commitment's target, or {@code null}
     * @param recordedBreach the scheduled instant of the recorded breach, or {@code null}
     * @param frozen         the outcome kept from the stop, or {@code null}
     * @return the trail
     */
    static ExplanationTrail recording(BusinessCalendar calendar, Instant recordedBreach, FrozenOutcome frozen) {
        return new ExplanationTrail(true, calendar, recordedBreach, frozen);
    }

    /**
     * Records a step, built only when the trail records.
     *
     * @param step the step's maker
     */
    void add(Supplier<? extends ExplanationStep> step) {
        if (on) {
            steps.add(step.get());
        }
    }

    /**
     * Records what a running interval before the breach skipped up to an instant (rules SL-15,
     * SL-16): its non-working spans, and the dates outside the calendar's coverage. Nothing for an
     * interval counted in elapsed time.
     *
     * @param segment the interval
     * @param until   the end of what it counted: its end, or its deadline if earlier
     */
    void segment(Segment segment, Instant until) {
        if (!on || segment.countdown().elapsed() || calendar == null || !until.isAfter(segment.start())) {
            return;
        }
        for (NonWorkingSpan span : calendar.nonWorkingSpans(segment.start(), until)) {
            steps.add(new ExplanationStep.Skipped(span.start(), span));
        }
        LocalDate first = segment.start().atZone(calendar.zone()).toLocalDate();
        LocalDate last = until.minusNanos(1).atZone(calendar.zone()).toLocalDate();
        List<DateRange> missing = calendar.coverage().uncovered(first, last);
        if (!missing.isEmpty()) {
            uncovered.addAll(missing);
            steps.add(new ExplanationStep.OutsideCoverage(segment.start(), missing));
        }
    }

    /**
     * Records the stop with its lateness (rule SL-10), measured from the recorded breach, else the
     * breach kept from the stop, else the breach the walk found.
     *
     * @param stop        the stop entry
     * @param foundBreach the breach the walk found by the stop, or {@code null}
     */
    void stopped(CommitmentInput.Stopped stop, Instant foundBreach) {
        if (!on) {
            return;
        }
        Instant stamp = recordedBreach != null ? recordedBreach : frozen != null ? frozen.breach() : foundBreach;
        steps.add(new ExplanationStep.Stopped(stop.at(), stop.step(),
                stamp == null ? null : Duration.between(stamp, stop.at())));
    }

    /**
     * Records what fired (rules SL-8, SL-9), and the breach not recorded yet, then orders every
     * step by its instant (steps at the same instant keep the order they were recorded in).
     *
     * @param term        the term, for the warning and escalation of each level
     * @param recorded    the recorded firings
     * @param breachStamp the breach stamp, or {@code null}
     */
    void finish(CommitmentTerm term, List<Firing> recorded, Instant breachStamp) {
        if (!on) {
            return;
        }
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
        steps.sort(Comparator.comparing(ExplanationStep::at));
    }

    /**
     * Gets the steps recorded.
     *
     * @return the steps, in order once finished
     */
    List<ExplanationStep> steps() {
        return steps;
    }

    /**
     * Checks if a date outside the calendar's coverage was needed (rule SL-16).
     *
     * @return true if so
     */
    boolean leftCoverage() {
        return !uncovered.isEmpty();
    }
}
