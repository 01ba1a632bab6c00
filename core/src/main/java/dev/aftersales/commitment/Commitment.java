package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Versioned;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
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
