package dev.aftersales.testkit.commitment;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.Firing;
import dev.aftersales.testkit.commitment.SimulatedCommitment.Fired;
import dev.aftersales.ticket.TicketEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Brings the engine's commitments and the {@link ReferenceSimulation}'s into one comparable form
 * ({@link SimulatedCommitment}, keyed by cycle, policy, term and generation), and runs a
 * {@link CommitmentWorld} through either.
 */
public final class Outcomes {

    private Outcomes() {
    }

    /**
     * Runs a world through the reference simulation, with the world's sweeps (rule SL-8).
     *
     * @param world the world
     * @return the simulated commitments by key
     */
    public static Map<String, SimulatedCommitment> simulate(CommitmentWorld world) {
        return byKey(ReferenceSimulation.run(List.of(world.policy()), world.calendars(), world.events(),
                world.horizon(), world.sweeps()));
    }

    /**
     * Runs a world through the pure engine: the events in order, each sweep after the events of its
     * instant, and a last sweep at the horizon.
     *
     * @param world the world
     * @return the engine's commitments at the horizon, by key
     */
    public static Map<String, SimulatedCommitment> runEngine(CommitmentWorld world) {
        CommitmentScenario scenario = CommitmentScenario.of(world.calendars(), world.policy());
        int s = 0;
        for (TicketEvent e : world.events()) {
            while (s < world.sweeps().size() && world.sweeps().get(s).isBefore(e.occurredAt())) {
                scenario.sweep(world.sweeps().get(s++));
            }
            scenario.apply(e);
        }
        while (s < world.sweeps().size()) {
            scenario.sweep(world.sweeps().get(s++));
        }
        scenario.sweep(world.horizon());
        return of(scenario.commitments(), scenario.engine(), world.horizon());
    }

    /**
     * Converts the engine's commitments, summarized at the horizon.
     *
     * @param commitments the commitments
     * @param engine      the engine that made them
     * @param horizon     the instant to summarize at
     * @return the comparable form, by key
     */
    public static Map<String, SimulatedCommitment> of(List<Commitment> commitments, CommitmentEngine engine,
                                                      Instant horizon) {
        Map<CommitmentId, Commitment> byId = new HashMap<>();
        commitments.forEach(c -> byId.put(c.id(), c));
        Map<String, SimulatedCommitment> out = new TreeMap<>();
        for (Commitment raw : commitments) {
            Commitment c = engine.summarize(raw, horizon);
            int generation = 0;
            Commitment cur = c;
            while (cur.agreedFrom().isPresent()) {
                generation++;
                cur = byId.get(cur.agreedFrom().get());
            }
            Set<Fired> fired = new HashSet<>();
            for (Firing f : c.firings()) {
                fired.add(new Fired(f.kind(), f.level(), f.scheduledAt()));
            }
            SimulatedCommitment s = new SimulatedCommitment(c.cycle(), c.policy().id(), c.termKey(), generation,
                    c.startedAt(), c.status(), c.deadline(), c.stoppedAt(), c.breachedAt(), fired);
            if (out.put(s.key(), s) != null) {
                throw new AssertionError("two commitments share the key " + s.key());
            }
        }
        return out;
    }

    /**
     * Keys a list of simulated commitments.
     *
     * @param list the list
     * @return the map, sorted by key
     */
    public static Map<String, SimulatedCommitment> byKey(List<SimulatedCommitment> list) {
        Map<String, SimulatedCommitment> out = new TreeMap<>();
        for (SimulatedCommitment s : list) {
            if (out.put(s.key(), s) != null) {
                throw new AssertionError("two simulated commitments share the key " + s.key());
            }
        }
        return out;
    }
}
