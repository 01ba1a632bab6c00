package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Versioned;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service commitment (服务承诺) of one ticket cycle: one term of one policy version, started by a
 * ticket step or the stop of an earlier term (rule SL-12), with its history (every start, pause,
 * resume, agreed deadline, stop, recomputation and re-evaluation), what it fired, and a summary
 * as of its last update that storage adapters index and query: status, deadline, stop, breach
 * and the next check instant (the earliest warning, breach or escalation still to fire).
 *
 * <p>An immutable value: the {@link CommitmentEngine} derives changed copies, storage adapters save
 * them with optimistic versions ({@code version}: 0 when never stored). Holds identifiers, enums and
 * instants only, never personal data (rule EU-4).
 *
 * @param id                    the commitment's id
 * @param version               the stored version, 0 if never stored
 * @param ticketId              the ticket
 * @param cycle                 the ticket cycle, 1 until the first reopening
 * @param facts                 the ticket's facts when it started (kind, estate, building ...)
 * @param responsibleDepartment the ticket's responsible department as last seen, or {@code null}
 * @param policy                the policy version it runs under (rule SL-13)
 * @param termKey               the term of that policy
 * @param calendar              the calendar version it was last computed with, or {@code null} when
 *                              its target counts no working time
 * @param history               what happened to it, in order; starts with a
 *                              {@link CommitmentInput.Started}
 * @param firings               what it fired, in the order recorded
 * @param status                its status as of its last update
 * @param startedAt             when it started
 * @param deadline              the deadline in force, or {@code null} while paused before a breach
 * @param stoppedAt             when its stop step happened, or {@code null}
 * @param breachedAt            the breach stamp (the deadline) once known, or {@code null}
 * @param nextCheck             when something may fire next, or {@code null} if nothing can
 */
public record Commitment(CommitmentId id, long version, TicketId ticketId, int cycle, TicketFacts facts,
                         DepartmentId responsibleDepartment, PolicyRef policy, String termKey, CalendarRef calendar,
                         List<CommitmentInput> history, List<Firing> firings, CommitmentStatus status,
                         Instant startedAt, Instant deadline, Instant stoppedAt, Instant breachedAt,
                         Instant nextCheck) implements Versioned<Commitment> {

    /**
     * Creates a commitment.
     *
     * @throws NullPointerException     if a required argument is null
     * @throws IllegalArgumentException if the version or cycle is out of range, or the history does
     *                                  not start with a start
     */
    public Commitment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(termKey, "termKey");
        history = List.copyOf(history);
        firings = List.copyOf(firings);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        if (version < 0) {
            throw new IllegalArgumentException("a version is 0 or more, got " + version);
        }
        if (cycle < 1) {
            throw new IllegalArgumentException("a cycle is 1 or more, got " + cycle);
        }
        if (history.isEmpty() || !(history.get(0) instanceof CommitmentInput.Started)) {
            throw new IllegalArgumentException("the history of commitment " + id + " must start with its start");
        }
    }

    /**
     * Starts a commitment (rule SL-12): never stored (version 0), its history the start entry
     * alone, nothing fired, running since the start entry's instant. Its deadline and next check
     * are left to the {@link CommitmentEngine}, which summarizes every commitment it returns.
     *
     * @param id                    the commitment's id
     * @param ticketId              the ticket
     * @param cycle                 the ticket cycle
     * @param facts                 the ticket's facts at the start
     * @param responsibleDepartment the ticket's responsible department, or {@code null}
     * @param policy                the policy version it runs under (rule SL-13)
     * @param termKey               the term of that policy
     * @param calendar              the calendar version its target counts on, or {@code null}
     * @param start                 the start entry
     * @return the running commitment
     * @throws NullPointerException     if a required argument is null
     * @throws IllegalArgumentException if the cycle is below 1
     */
    public static Commitment started(CommitmentId id, TicketId ticketId, int cycle, TicketFacts facts,
                                     DepartmentId responsibleDepartment, PolicyRef policy, String termKey,
                                     CalendarRef calendar, CommitmentInput.Started start) {
        Objects.requireNonNull(start, "start");
        return new Commitment(id, 0, ticketId, cycle, facts, responsibleDepartment, policy, termKey, calendar,
                List.of(start), List.of(), CommitmentStatus.RUNNING, start.at(), null, null, null, null);
    }

    /**
     * Gets the start entry.
     *
     * @return the first history entry
     */
    public CommitmentInput.Started start() {
        return (CommitmentInput.Started) history.get(0);
    }

    /**
     * Gets the breached commitment whose agreed deadline this one tracks (rule SL-11).
     *
     * @return its id, empty for a commitment started by its own trigger
     */
    public Optional<CommitmentId> agreedFrom() {
        return Optional.ofNullable(start().agreedFrom());
    }

    /**
     * Checks if it still waits for its stop step.
     *
     * @return true if not stopped
     */
    public boolean isOpen() {
        return stoppedAt == null;
    }

    /**
     * Checks if it is paused now (rule SL-7).
     *
     * @return true if its last pause was not followed by a resume or stop
     */
    public boolean isPaused() {
        boolean paused = false;
        for (CommitmentInput in : history) {
            if (in instanceof CommitmentInput.Paused) {
                paused = true;
            } else if (in instanceof CommitmentInput.Resumed || in instanceof CommitmentInput.Stopped) {
                paused = false;
            }
        }
        return paused;
    }

    /**
     * Gets how late the stop step came after the breach (rule SL-10), in elapsed time.
     *
     * @return the lateness, empty unless met late
     */
    public Optional<Duration> lateness() {
        if (stoppedAt == null || breachedAt == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(breachedAt, stoppedAt));
    }

    /**
     * Gets when something (a warning, the breach or an escalation) may fire next, as of its last
     * update (rules SL-8, SL-9): the instant the sweeper next looks at it. The next warning alone
     * is {@code CommitmentService.nextWarningAt}, which evaluates the commitment.
     *
     * @return the next check, empty if nothing more can fire
     */
    public Optional<Instant> nextCheckAt() {
        return Optional.ofNullable(nextCheck);
    }

    /**
     * Checks if a firing of a kind and level was recorded.
     *
     * @param kind  the kind
     * @param level the level
     * @return true if recorded
     */
    public boolean hasFired(FiringKind kind, int level) {
        return firings.stream().anyMatch(f -> f.is(kind, level));
    }

    /**
     * Finds the recorded firing of a kind and level.
     *
     * @param kind  the kind
     * @param level the level
     * @return the firing, or empty
     */
    public Optional<Firing> firing(FiringKind kind, int level) {
        return firings.stream().filter(f -> f.is(kind, level)).findFirst();
    }

    /**
     * Returns a copy with another stored version. Used by storage adapters.
     *
     * @param newVersion the version
     * @return the copy
     */
    @Override
    public Commitment withVersion(long newVersion) {
        return new Commitment(id, newVersion, ticketId, cycle, facts, responsibleDepartment, policy, termKey,
                calendar, history, firings, status, startedAt, deadline, stoppedAt, breachedAt, nextCheck);
    }

    /**
     * Returns a copy with another id and ticket, e.g. to seed storage with many commitments shaped
     * like one.
     *
     * @param newId       the commitment's id
     * @param newTicketId the ticket
     * @return the copy
     * @throws NullPointerException if an argument is null
     */
    public Commitment withIdentity(CommitmentId newId, TicketId newTicketId) {
        return new Commitment(newId, version, newTicketId, cycle, facts, responsibleDepartment, policy, termKey,
                calendar, history, firings, status, startedAt, deadline, stoppedAt, breachedAt, nextCheck);
    }

    /**
     * Returns a copy with the ticket's facts and responsible department as last seen.
     *
     * @param newFacts                 the ticket's facts
     * @param newResponsibleDepartment the responsible department, or {@code null}
     * @return the copy
     * @throws NullPointerException if {@code newFacts} is null
     */
    public Commitment withFacts(TicketFacts newFacts, DepartmentId newResponsibleDepartment) {
        return new Commitment(id, version, ticketId, cycle, newFacts, newResponsibleDepartment, policy, termKey,
                calendar, history, firings, status, startedAt, deadline, stoppedAt, breachedAt, nextCheck);
    }

    /**
     * Returns a copy running under another version of its policy (rule SL-13). Its summary is
     * unchanged until summarized again ({@link #withSummary}).
     *
     * @param newPolicy the policy version
     * @return the copy
     * @throws NullPointerException if {@code newPolicy} is null
     */
    public Commitment withPolicy(PolicyRef newPolicy) {
        return new Commitment(id, version, ticketId, cycle, facts, responsibleDepartment, newPolicy, termKey,
                calendar, history, firings, status, startedAt, deadline, stoppedAt, breachedAt, nextCheck);
    }

    /**
     * Returns a copy computed with another calendar version (rule SL-14). Its summary is unchanged
     * until summarized again ({@link #withSummary}).
     *
     * @param newCalendar the calendar version, or {@code null} when its target counts no working time
     * @return the copy
     */
    public Commitment withCalendar(CalendarRef newCalendar) {
        return new Commitment(id, version, ticketId, cycle, facts, responsibleDepartment, policy, termKey,
                newCalendar, history, firings, status, startedAt, deadline, stoppedAt, breachedAt, nextCheck);
    }

    /**
     * Returns a copy with another history. Its summary is unchanged until summarized again
     * ({@link #withSummary}).
     *
     * @param newHistory the history; starts with a {@link CommitmentInput.Started}
     * @return the copy
     * @throws NullPointerException     if {@code newHistory} is null
     * @throws IllegalArgumentException if the history does not start with a start
     */
    public Commitment withHistory(List<CommitmentInput> newHistory) {
        return new Commitment(id, version, ticketId, cycle, facts, responsibleDepartment, policy, termKey,
                calendar, newHistory, firings, status, startedAt, deadline, stoppedAt, breachedAt, nextCheck);
    }

    /**
     * Returns a copy with entries added at the end of its history. Its summary is unchanged until
     * summarized again ({@link #withSummary}).
     *
     * @param entries the entries, in order
     * @return the copy, or this commitment if there is no entry
     * @throws NullPointerException if {@code entries} is null
     */
    public Commitment withAppended(List<CommitmentInput> entries) {
        if (entries.isEmpty()) {
            return this;
        }
        List<CommitmentInput> longer = new ArrayList<>(history);
        longer.addAll(entries);
        return withHistory(longer);
    }

    /**
     * Returns a copy with other recorded firings (rules SL-8, SL-9). Its summary is unchanged until
     * summarized again ({@link #withSummary}).
     *
     * @param newFirings the firings, in the order recorded
     * @return the copy
     * @throws NullPointerException if {@code newFirings} is null
     */
    public Commitment withFirings(List<Firing> newFirings) {
        return new Commitment(id, version, ticketId, cycle, facts, responsibleDepartment, policy, termKey,
                calendar, history, newFirings, status, startedAt, deadline, stoppedAt, breachedAt, nextCheck);
    }

    /**
     * Returns a copy whose summary is that of its evaluation as of an instant: the status and breach
     * known then, the deadline in force, the stop, and the next check (the earliest scheduled firing
     * not among this commitment's firings).
     *
     * @param evaluation this commitment's evaluation ({@link CommitmentEngine#evaluate})
     * @param asOf       the instant
     * @return the copy
     * @throws NullPointerException if an argument is null
     */
    public Commitment withSummary(Evaluation evaluation, Instant asOf) {
        return new Commitment(id, version, ticketId, cycle, facts, responsibleDepartment, policy, termKey,
                calendar, history, firings, evaluation.statusAt(asOf), evaluation.startedAt(), evaluation.deadline(),
                evaluation.stoppedAt(), evaluation.breachAt(asOf), evaluation.nextCheck(firings));
    }

    /**
     * Returns the id as text.
     *
     * @return the id text
     */
    @Override
    public String idText() {
        return id.value();
    }

    @Override
    public String toString() {
        return "Commitment[" + id + " v" + version + ", ticket " + ticketId + " cycle " + cycle + ", " + policy
                + "/" + termKey + ", " + status + ", deadline " + deadline + ", next check " + nextCheck + "]";
    }
}
