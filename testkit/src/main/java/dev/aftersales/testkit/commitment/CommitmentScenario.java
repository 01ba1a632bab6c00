package dev.aftersales.testkit.commitment;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.PolicyCatalog;
import dev.aftersales.commitment.SweepOutcome;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.ticket.TicketEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small world for verifying the SLA semantics of one's own policies (rules SL-6 to SL-16) without
 * storage: the pure {@link CommitmentEngine} with a policy catalog, the commitments kept in memory,
 * ticket events applied in order, sweeps at chosen instants, and every fired event collected.
 * Combine with {@link TicketEventScript} for the events and {@link SlaAssertions} for the checks.
 * Not thread-safe.
 *
 * <pre>{@code
 * CommitmentScenario s = CommitmentScenario.of(CalendarRegistry.withReadyCalendars(), myPolicy);
 * s.applyAll(TicketEventScript.of(ticket, facts).step(TicketStep.RECEIVE, t0).events());
 * s.sweep(t0.plus(Duration.ofHours(25)));
 * SlaAssertions.assertBreachedAt(s.commitment("reply"), t0.plus(Duration.ofHours(24)));
 * }</pre>
 */
public final class CommitmentScenario {

    private final CommitmentEngine engine;
    private final Map<String, Commitment> commitments = new LinkedHashMap<>();
    private final List<CommitmentEvent> fired = new ArrayList<>();

    private CommitmentScenario(CommitmentEngine engine) {
        this.engine = engine;
    }

    /**
     * Creates a scenario with policies registered in a new catalog over the calendars, ids
     * {@code C-1}, {@code C-2} ..., explanations in Asia/Shanghai where a term has no calendar.
     *
     * @param calendars the calendars
     * @param policies  the policies to register
     * @return the scenario
     * @throws NullPointerException if an argument is null
     * @throws dev.aftersales.commitment.InvalidPolicyException if a policy is invalid
     */
    public static CommitmentScenario of(CalendarRegistry calendars, CommitmentPolicy... policies) {
        PolicyCatalog catalog = new PolicyCatalog(calendars);
        for (CommitmentPolicy p : policies) {
            catalog.register(p);
        }
        return new CommitmentScenario(new CommitmentEngine(catalog, IdGenerator.sequential(""),
                ZoneId.of("Asia/Shanghai")));
    }

    /**
     * Creates a scenario over an engine.
     *
     * @param engine the engine
     * @return the scenario
     * @throws NullPointerException if {@code engine} is null
     */
    public static CommitmentScenario of(CommitmentEngine engine) {
        return new CommitmentScenario(Objects.requireNonNull(engine, "engine"));
    }

    /**
     * Gets the engine.
     *
     * @return the engine
     */
    public CommitmentEngine engine() {
        return engine;
    }

    /**
     * Applies a ticket event.
     *
     * @param event the event
     * @return the commitments it changed or started
     * @throws NullPointerException if {@code event} is null
     */
    public List<Commitment> apply(TicketEvent event) {
        List<Commitment> existing = new ArrayList<>();
        for (Commitment c : commitments.values()) {
            if (c.ticketId().equals(event.ticketId())) {
                existing.add(c);
            }
        }
        List<Commitment> changed = engine.onTicketEvent(event, existing);
        for (Commitment c : changed) {
            commitments.put(c.id().value(), c);
        }
        return changed;
    }

    /**
     * Applies ticket events in order.
     *
     * @param events the events
     * @return this scenario
     * @throws NullPointerException if {@code events} is null
     */
    public CommitmentScenario applyAll(List<TicketEvent> events) {
        for (TicketEvent e : events) {
            apply(e);
        }
        return this;
    }

    /**
     * Sweeps every commitment whose next check is due at an instant.
     *
     * @param now the sweep instant
     * @return the events fired now, in the order of the commitments and their schedule
     * @throws NullPointerException if {@code now} is null
     */
    public List<CommitmentEvent> sweep(Instant now) {
        Objects.requireNonNull(now, "now");
        List<CommitmentEvent> out = new ArrayList<>();
        for (Commitment c : List.copyOf(commitments.values())) {
            if (c.nextCheck() != null && !c.nextCheck().isAfter(now)) {
                SweepOutcome o = engine.sweep(c, now);
                commitments.put(c.id().value(), o.commitment());
                out.addAll(o.fired());
            }
        }
        fired.addAll(out);
        return out;
    }

    /**
     * Gets every commitment, in the order first started.
     *
     * @return the commitments
     */
    public List<Commitment> commitments() {
        return List.copyOf(commitments.values());
    }

    /**
     * Gets the commitments of a term, in the order started.
     *
     * @param termKey the term
     * @return the commitments
     */
    public List<Commitment> commitments(String termKey) {
        List<Commitment> out = new ArrayList<>();
        for (Commitment c : commitments.values()) {
            if (c.termKey().equals(termKey)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Gets the one commitment of a term.
     *
     * @param termKey the term
     * @return the commitment
     * @throws AssertionError if there is not exactly one
     */
    public Commitment commitment(String termKey) {
        List<Commitment> found = commitments(termKey);
        if (found.size() != 1) {
            throw new AssertionError("expected one commitment of term " + termKey + ", found " + found.size()
                    + ": " + found);
        }
        return found.get(0);
    }

    /**
     * Gets a commitment's summary as of an instant (its status may have become breached since its
     * last update).
     *
     * @param commitment the commitment
     * @param asOf       the instant
     * @return the summarized copy
     */
    public Commitment asOf(Commitment commitment, Instant asOf) {
        return engine.summarize(commitment, asOf);
    }

    /**
     * Gets the term of a commitment.
     *
     * @param commitment the commitment
     * @return its term
     */
    public CommitmentTerm termOf(Commitment commitment) {
        return engine.termOf(commitment);
    }

    /**
     * Gets every event fired by the sweeps so far.
     *
     * @return the events, in firing order
     */
    public List<CommitmentEvent> fired() {
        return List.copyOf(fired);
    }
}
