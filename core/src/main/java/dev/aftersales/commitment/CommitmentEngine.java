package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.common.Actor;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.ticket.TicketEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The service-commitment engine (rules SL-6 to SL-16): pure functions over {@link Commitment}
 * values, with no storage and no clock of its own. Storage-facing code (the runtime service and
 * the sweeper) loads commitments, calls the engine and saves what it returns.
 *
 * <ul>
 *   <li>{@link #onTicketEvent}: a ticket step starts, stops, pauses and resumes the commitments of
 *       its ticket cycle, sets agreed deadlines, and starts chained terms (SL-7, SL-9 to SL-12);</li>
 *   <li>{@link #evaluate}: the deadline, breach and schedule of warnings, breach and escalations;</li>
 *   <li>{@link #sweep}: records what is due at an instant, each firing once, stamped with its
 *       scheduled instant, and reschedules the next check (SL-8, SL-9);</li>
 *   <li>{@link #reEvaluate}: explicit re-evaluation under another policy version (SL-13);</li>
 *   <li>{@link #recompute}: recomputation after a calendar's exceptions changed (SL-14);</li>
 *   <li>{@link #explain}: the structured explanation of a deadline (SL-15, SL-16).</li>
 * </ul>
 *
 * <p>Policies come from a {@link PolicyCatalog}, calendars from its {@link CalendarRegistry}; an open
 * commitment is computed with the calendar currently registered under its id (after
 * {@link #recompute} when the version changed). A stopped commitment's outcome is final (rules
 * SL-9, SL-14): once the calendar changed after its stop, its status, deadline and breach stay as
 * computed with the version it recorded, and only a breach owed at the stop (and its escalations)
 * can still fire. Thread-safe: it holds no mutable state.
 *
 * <p>Calls go one way: the engine applies ticket steps through an applier that sees only the
 * registered terms, the evaluations and the id generator, never the engine; every evaluation walks
 * the commitment's history through the deadline state machine once. A sweep (also after a calendar
 * change), a recomputation and a re-evaluation evaluate their commitment once.
 */
public final class CommitmentEngine {

    private final Terms terms;
    private final Evaluations evaluations;
    private final ApplierContext applierContext;
    private final ZoneId displayZone;

    /**
     * Creates an engine.
     *
     * @param policies    the registered policies
     * @param ids         the generator of commitment ids ({@code C-...})
     * @param displayZone the zone explanations show instants in when a term has no calendar
     * @throws NullPointerException if an argument is null
     */
    public CommitmentEngine(PolicyCatalog policies, IdGenerator ids, ZoneId displayZone) {
        this(policies, ids, displayZone, c -> { });
    }

    /**
     * Creates an engine that tells a probe of each commitment it evaluates or explains, before
     * evaluating it: tests hold the engine to one evaluation per commitment where one is enough.
     *
     * @param policies    the registered policies
     * @param ids         the generator of commitment ids
     * @param displayZone the zone explanations show instants in when a term has no calendar
     * @param probe       told of each evaluation
     * @throws NullPointerException if an argument is null
     */
    CommitmentEngine(PolicyCatalog policies, IdGenerator ids, ZoneId displayZone, Consumer<? super Commitment> probe) {
        this.terms = new Terms(Objects.requireNonNull(policies, "policies"));
        this.evaluations = new Evaluations(terms, Objects.requireNonNull(probe, "probe"));
        this.applierContext = new ApplierContext(terms, evaluations, Objects.requireNonNull(ids, "ids"));
        this.displayZone = Objects.requireNonNull(displayZone, "displayZone");
    }

    /**
     * Gets the policy catalog.
     *
     * @return the catalog
     */
    public PolicyCatalog policies() {
        return terms.policies();
    }

    /**
     * Gets the term a commitment runs under.
     *
     * @param commitment the commitment
     * @return its term in its policy version
     * @throws CommitmentException if the policy version or term is not registered
     */
    public CommitmentTerm termOf(Commitment commitment) {
        return terms.termOf(commitment);
    }

    /**
     * Applies a ticket step to the commitments of its ticket (rules SL-7, SL-9 to SL-12): stops the
     * open commitments of the event's cycle whose term stops on the step (and, when the step closes
     * the ticket, every commitment of the cycle still running or paused: met at or before its
     * deadline, met late after it; such a stop starts no chained term), pauses and resumes them,
     * sets agreed deadlines (tracking one agreed after a breach as a commitment of its own), and
     * starts the terms of the selected policies that the step, or the stop of an earlier term,
     * triggers. A term starts at most once per cycle; chained terms start at the stop of the
     * earlier term, late or not. Commitments whose calendar changed are recomputed first.
     *
     * @param event    the ticket step
     * @param existing the stored commitments of the ticket (any cycles)
     * @return the commitments to save: changed ones and new ones (version 0), in a stable order
     * @throws NullPointerException    if an argument is null
     * @throws CommitmentException     if a commitment's policy version is not registered
     * @throws dev.aftersales.calendar.OutsideCoverageException if a strict calendar lacks a needed
     *                                 date (rule SL-16)
     */
    public List<Commitment> onTicketEvent(TicketEvent event, List<Commitment> existing) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(existing, "existing");
        return new TicketEventApplier(applierContext, event, existing).apply();
    }

    /**
     * Evaluates a commitment (rules SL-6 to SL-11, SL-14): deadline, breach, stop, pause and the
     * schedule of what it fires. A stopped commitment computed with another calendar version than
     * the one now registered keeps the deadline and breach recorded at its stop (SL-9, SL-14).
     *
     * @param commitment the commitment
     * @return the evaluation
     * @throws CommitmentException if its policy version or term is not registered
     */
    public Evaluation evaluate(Commitment commitment) {
        return evaluations.evaluate(commitment);
    }

    /**
     * Returns a copy whose summary (status, deadline, stop, breach, next check) is computed as of
     * an instant, from one evaluation ({@link Commitment#withSummary}).
     *
     * @param commitment the commitment
     * @param asOf       the instant
     * @return the copy
     * @throws CommitmentException if its policy version or term is not registered
     */
    public Commitment summarize(Commitment commitment, Instant asOf) {
        return evaluations.summarize(commitment, asOf);
    }

    /**
     * Sweeps one commitment at an instant (rules SL-8, SL-9): records every warning, breach and
     * escalation due by then and not yet recorded, each stamped with its scheduled instant (so that
     * after downtime what was missed fires once, with the instant it was due), and reschedules the
     * next check. An open commitment whose calendar changed is recomputed first (SL-14). The
     * commitment is evaluated once: recording what was due changes neither its deadline nor its
     * breach, so the same evaluation gives its summary.
     *
     * @param commitment the commitment
     * @param now        the sweep instant
     * @return the updated commitment and the events fired
     * @throws NullPointerException if an argument is null
     * @throws CommitmentException  if its policy version or term is not registered
     */
    public SweepOutcome sweep(Commitment commitment, Instant now) {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(now, "now");
        Evaluated current = evaluations.current(commitment, now);
        Commitment c = current.commitment();
        Evaluation ev = current.evaluation();
        List<ScheduledFiring> due = ev.dueAt(now, c.firings());
        List<Firing> firings = new ArrayList<>(c.firings());
        List<CommitmentEvent> events = new ArrayList<>();
        for (ScheduledFiring f : due) {
            firings.add(new Firing(f.kind(), f.level(), f.at(), now));
            events.add(new CommitmentEvent(new FiringKey(c.id(), c.cycle(), f.kind(), f.level()), c.ticketId(),
                    c.policy(), c.termKey(), f.at(), now, ev.deadline(), f.recipients(), c.facts(),
                    c.responsibleDepartment()));
        }
        return new SweepOutcome(c.withFirings(firings).withSummary(ev, now), events);
    }

    /**
     * Recomputes an open commitment whose calendar's registered version differs from the one it
     * was computed with (rule SL-14): its deadline follows from its history on the new calendar;
     * recorded breaches and firings stay; the history records the recomputation with the
     * deadline before and after.
     *
     * @param commitment the commitment
     * @param at         the instant of the recomputation
     * @return the recomputed copy, or the same commitment if its calendar did not change or it is
     *         not open
     * @throws NullPointerException if an argument is null
     * @throws CommitmentException  if its policy version or term is not registered
     */
    public Commitment recompute(Commitment commitment, Instant at) {
        Objects.requireNonNull(at, "at");
        return evaluations.recomputed(commitment, at).map(Evaluated::commitment).orElse(commitment);
    }

    /**
     * Re-evaluates an open commitment explicitly under another version of its policy (rule SL-13):
     * its term of the same key in that version applies from its start, computed from its history;
     * recorded breaches and firings stay; the history records who asked, and the deadline before
     * and after.
     *
     * @param commitment the commitment
     * @param to         the policy version to apply
     * @param by         who asked
     * @param at         the instant of the re-evaluation
     * @return the re-evaluated copy, or the same commitment if it already runs under {@code to}
     * @throws NullPointerException if an argument is null
     * @throws CommitmentException  if the commitment is not open, {@code to} is another policy or is
     *                              not registered, or has no term of the same key
     */
    public Commitment reEvaluate(Commitment commitment, PolicyRef to, Actor by, Instant at) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (!to.id().equals(commitment.policy().id())) {
            throw new CommitmentException(CommitmentException.Reason.OTHER_POLICY, commitment.id(),
                    commitment.policy().id(), to);
        }
        if (to.equals(commitment.policy())) {
            return commitment;
        }
        if (!commitment.isOpen()) {
            throw new CommitmentException(CommitmentException.Reason.STOPPED, commitment.id());
        }
        CommitmentTerm term = terms.policies().get(to).term(commitment.termKey()).orElseThrow(
                () -> new CommitmentException(CommitmentException.Reason.NO_TERM_TO_REEVALUATE, to,
                        commitment.termKey(), commitment.id()));
        Commitment moved = commitment.withPolicy(to).withCalendar(terms.calendarRefOf(term));
        Evaluation after = evaluations.evaluate(moved);
        // the re-evaluation entry changes nothing but the explanation: the evaluation stands
        return moved.withAppended(List.of(new CommitmentInput.ReEvaluated(at, commitment.policy(), to, by,
                commitment.deadline(), after.deadline()))).withSummary(after, at);
    }

    /**
     * Measures how late a commitment is (rules SL-9, SL-10): from its breach to its stop step, or
     * to {@code asOf} while it is open, in elapsed time and, for business-time and working-day
     * terms, in working time on the calendar now registered for its term (rule SL-4).
     *
     * @param commitment the commitment
     * @param asOf       the instant, for a commitment still open
     * @return the lateness, empty if it has not breached by {@code asOf} (or was met in time)
     * @throws NullPointerException if an argument is null
     * @throws CommitmentException  if its policy version or term is not registered
     */
    public Optional<Lateness> lateness(Commitment commitment, Instant asOf) {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(asOf, "asOf");
        return evaluations.lateness(commitment, asOf);
    }

    /**
     * Gets the next warning of a commitment not yet recorded (rule SL-8), if nothing changes
     * before it.
     *
     * @param commitment the commitment
     * @return its scheduled instant, empty if no warning is left (none configured, all fired,
     *         paused, or stopped)
     * @throws NullPointerException if {@code commitment} is null
     * @throws CommitmentException  if its policy version or term is not registered
     */
    public Optional<Instant> nextWarningAt(Commitment commitment) {
        Objects.requireNonNull(commitment, "commitment");
        return Optional.ofNullable(evaluations.evaluate(commitment).nextWarning(commitment.firings()));
    }

    /**
     * Explains a commitment's deadline as of an instant (rules SL-15, SL-16). A stopped commitment
     * whose calendar changed after its stop shows the calendar version its outcome was computed
     * with, and that outcome.
     *
     * @param commitment the commitment
     * @param asOf       the instant the result is as of
     * @return the explanation
     * @throws NullPointerException if an argument is null
     * @throws CommitmentException  if its policy version or term is not registered
     */
    public Explanation explain(Commitment commitment, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return evaluations.explain(commitment, asOf, displayZone);
    }
}
