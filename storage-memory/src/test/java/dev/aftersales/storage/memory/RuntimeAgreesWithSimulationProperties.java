package dev.aftersales.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.step.StepContext;
import dev.aftersales.commitment.PolicyCatalog;
import dev.aftersales.commitment.service.CommitmentService;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.testkit.commitment.CommitmentWorld;
import dev.aftersales.testkit.commitment.Outcomes;
import dev.aftersales.testkit.commitment.SimulatedCommitment;
import dev.aftersales.ticket.TicketEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The whole runtime (the commitment service applying ticket events to the in-memory repository, and
 * the sweeper claiming, firing and rescheduling with a test clock) against the reference
 * simulation (rules SL-6 to SL-12), over generated worlds.
 */
class RuntimeAgreesWithSimulationProperties {

    @Provide
    Arbitrary<CommitmentWorld> worlds() {
        return CommitmentWorld.worlds(12);
    }

    @Property(tries = 100)
    @Label("SL-6..SL-12 the stored runtime agrees with the reference simulation")
    void runtimeAgreesWithSimulation(@ForAll("worlds") CommitmentWorld world) {
        PolicyCatalog catalog = new PolicyCatalog(world.calendars());
        catalog.register(world.policy());
        CommitmentEngine engine = new CommitmentEngine(catalog, IdGenerator.sequential("c"), ZoneId.of("UTC"));
        MemoryStore store = MemoryStore.create();
        CommitmentRepository repository = store.commitments();
        TestClock clock = TestClock.at(world.events().get(0).occurredAt());
        StepContext context = Contexts.over(store, clock, IdGenerator.sequential("p"), e -> { });
        CommitmentService service = new CommitmentService(context, engine);
        CommitmentSweeper sweeper = new CommitmentSweeper(context, engine, "prop");
        List<Instant> sweeps = new ArrayList<>(world.sweeps());
        sweeps.add(world.horizon());
        int next = 0;
        for (TicketEvent e : world.events()) {
            while (next < sweeps.size() && sweeps.get(next).isBefore(e.occurredAt())) {
                clock.set(sweeps.get(next++));
                sweeper.sweep();
            }
            clock.set(e.occurredAt());
            service.onTicketEvent(e);
        }
        while (next < sweeps.size()) {
            clock.set(sweeps.get(next++));
            sweeper.sweep();
        }
        Map<String, SimulatedCommitment> expected = Outcomes.simulate(world);
        Map<String, SimulatedCommitment> actual = Outcomes.of(repository.findByTicket(CommitmentWorld.TICKET), engine,
                world.horizon());
        assertEquals(expected, actual, world::toString);
    }
}
