package dev.aftersales.testkit.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.FiringKind;
import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The commitment engine against the minute-by-minute reference simulation, over generated
 * calendars, policies and event sequences, with sweeps at arbitrary instants (rules SL-6 to SL-12):
 * the same commitments start, with the same status, deadline, stop, breach and firings. Coverage
 * checks make sure the generated worlds reach every interesting outcome often enough.
 */
class EngineAgreesWithSimulationProperties {

    @Provide
    Arbitrary<CommitmentWorld> worlds() {
        return CommitmentWorld.worlds(12);
    }

    @Property
    @Label("SL-6..SL-12 the engine agrees with the reference simulation")
    void engineAgreesWithSimulation(@ForAll("worlds") CommitmentWorld world) {
        Map<String, SimulatedCommitment> expected = Outcomes.simulate(world);
        Map<String, SimulatedCommitment> actual = Outcomes.runEngine(world);
        assertEquals(expected, actual, world::toString);
        Collection<SimulatedCommitment> all = expected.values();
        cover("breach", all, c -> c.breachedAt() != null);
        cover("met", all, c -> c.status() == CommitmentStatus.MET);
        cover("met late", all, c -> c.status() == CommitmentStatus.MET_LATE);
        cover("paused", all, c -> c.status() == CommitmentStatus.PAUSED);
        cover("warning", all, c -> c.firings().stream().anyMatch(f -> f.kind() == FiringKind.WARNING));
        cover("escalation", all, c -> c.firings().stream().anyMatch(f -> f.kind() == FiringKind.ESCALATION));
        cover("agreed after breach", all, c -> c.generation() > 0);
        cover("second cycle", all, c -> c.cycle() > 1);
        atLeast("breach", 50);
        atLeast("met", 8);
        atLeast("met late", 8);
        atLeast("paused", 2);
        atLeast("warning", 30);
        atLeast("escalation", 30);
        atLeast("agreed after breach", 2);
        atLeast("second cycle", 15);
    }

    private static void atLeast(String label, double percent) {
        Statistics.label(label).coverage(checker -> checker.check(true).percentage(p -> p >= percent));
    }

    private static void cover(String label, Collection<SimulatedCommitment> all, Predicate<SimulatedCommitment> p) {
        Statistics.label(label).collect(all.stream().anyMatch(p));
    }
}
