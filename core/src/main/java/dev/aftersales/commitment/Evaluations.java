package dev.aftersales.commitment;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.CalendarRef;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Evaluates commitments with the terms and calendars now registered (rules SL-6 to SL-16): every
 * run of an {@link Evaluator} goes through here, each announced to a probe (which does nothing
 * outside tests), so that callers can be held to one evaluation per commitment where one is
 * enough. Thread-safe as far as the probe is.
 */
final class Evaluations {

    private final Terms terms;
    private final Consumer<? super Commitment> probe;

    /**
     * Creates the evaluations.
     *
     * @param terms the registered terms and calendars
     * @param probe told of each commitment before it is evaluated or explained
     */
    Evaluations(Terms terms, Consumer<? super Commitment> probe) {
        this.terms = terms;
        this.probe = probe;
    }

    /**
     * Evaluates a commitment (see {@link CommitmentEngine#evaluate}).
     *
     * @param commitment the commitment
     * @return the evaluation
     * @throws CommitmentException if its policy version or term is not registered
     */
    Evaluation evaluate(Commitment commitment) {
        CommitmentTerm term = terms.termOf(commitment);
        BusinessCalendar cal = terms.calendarOf(term);
        probe.accept(commitment);
        return new Evaluator(term, cal, terms::calendar, commitment.history(), commitment.firings(),
                FrozenOutcome.of(commitment, cal)).evaluate();
    }

    /**
     * Summarizes a commitment as of an instant (see {@link CommitmentEngine#summarize}).
     *
     * @param commitment the commitment
     * @param asOf       the instant
     * @return the summarized copy
     * @throws CommitmentException if its policy version or term is not registered
     */
    Commitment summarize(Commitment commitment, Instant asOf) {
        return commitment.withSummary(evaluate(commitment), asOf);
    }

    /**
     * Recomputes an open commitment whose calendar's registered version differs from the one it was
     * computed with (rule SL-14): the history records the recomputation with the deadline before
     * and after; the copy is summarized as of the recomputation.
     *
     * @param commitment the commitment
     * @param at         the instant of the recomputation
     * @return the recomputed copy with its evaluation, or empty if it is not open or its calendar
     *         did not change
     * @throws CommitmentException if its policy version or term is not registered
     */
    Optional<Evaluated> recomputed(Commitment commitment, Instant at) {
        if (!commitment.isOpen() || commitment.calendar() == null) {
            return Optional.empty();
        }
        CalendarRef now = terms.calendar(commitment.calendar().id()).ref();
        if (now.equals(commitment.calendar())) {
            return Optional.empty();
        }
        Commitment moved = commitment.withCalendar(now);
        Evaluation after = evaluate(moved);
        // the recomputation entry changes nothing but the explanation: the evaluation stands
        Commitment recorded = moved.withAppended(List.of(new CommitmentInput.Recomputed(at,
                commitment.calendar(), now, commitment.deadline(), after.deadline())));
        return Optional.of(new Evaluated(recorded.withSummary(after, at), after));
    }

    /**
     * Evaluates a commitment as it stands at an instant: recomputed first if it is open and its
     * calendar changed (rule SL-14). One evaluation either way.
     *
     * @param commitment the commitment
     * @param at         the instant
     * @return the commitment (recomputed, or the same) with its evaluation
     * @throws CommitmentException if its policy version or term is not registered
     */
    Evaluated current(Commitment commitment, Instant at) {
        return recomputed(commitment, at).orElseGet(() -> new Evaluated(commitment, evaluate(commitment)));
    }

    private Map<String, TermName> termNames(Commitment commitment) {
        Map<String, TermName> names = new HashMap<>();
        for (CommitmentTerm t : terms.policies().get(commitment.policy()).terms()) {
            if (t.name() != null) {
                names.put(t.key(), t.name());
            }
        }
        return names;
    }

    /**
     * Measures how late a commitment is as of an instant (see {@link CommitmentEngine#lateness}).
     *
     * @param commitment the commitment
     * @param asOf       the instant, for a commitment still open
     * @return the lateness, empty unless breached by then or met late
     * @throws CommitmentException if its policy version or term is not registered
     */
    Optional<Lateness> lateness(Commitment commitment, Instant asOf) {
        CommitmentTerm term = terms.termOf(commitment);
        Evaluation ev = evaluate(commitment);
        Instant breach = ev.breachAt(asOf);
        if (breach == null) {
            return Optional.empty();
        }
        boolean stopped = ev.stoppedAt() != null;
        Instant until = stopped ? ev.stoppedAt() : asOf;
        if (until.isBefore(breach)) {
            return Optional.empty();
        }
        BusinessCalendar cal = terms.calendarOf(term);
        Duration working = cal == null ? null : cal.between(breach, until);
        return Optional.of(new Lateness(commitment.id(), breach, until, stopped, Duration.between(breach, until),
                working, cal == null ? null : cal.ref()));
    }

    /**
     * Explains a commitment's deadline as of an instant (see {@link CommitmentEngine#explain}).
     *
     * @param commitment  the commitment
     * @param asOf        the instant
     * @param displayZone the zone instants show in when its term has no calendar
     * @return the explanation
     * @throws CommitmentException if its policy version or term is not registered
     */
    Explanation explain(Commitment commitment, Instant asOf, ZoneId displayZone) {
        CommitmentTerm term = terms.termOf(commitment);
        BusinessCalendar cal = terms.calendarOf(term);
        FrozenOutcome frozen = FrozenOutcome.of(commitment, cal);
        probe.accept(commitment);
        Evaluator.Explained x = new Evaluator(term, cal, terms::calendar, commitment.history(),
                commitment.firings(), frozen).explain();
        Evaluation ev = x.evaluation();
        Instant breach = ev.breachAt(asOf);
        return new Explanation(commitment.id(), commitment.ticketId(), commitment.cycle(), commitment.policy(),
                commitment.termKey(), term.rules(), term.target(),
                frozen != null ? commitment.calendar() : cal == null ? null : cal.ref(),
                cal == null ? displayZone : cal.zone(), x.steps(), asOf, ev.statusAt(asOf), ev.deadline(),
                ev.remaining(), ev.stoppedAt(),
                ev.stoppedAt() != null && breach != null ? Duration.between(breach, ev.stoppedAt()) : null,
                x.leftCoverage(), termNames(commitment));
    }
}
