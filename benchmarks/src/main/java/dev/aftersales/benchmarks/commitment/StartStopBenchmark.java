package dev.aftersales.benchmarks.commitment;

import dev.aftersales.benchmarks.BenchContexts;
import dev.aftersales.storage.memory.MemoryStore;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.commitment.service.CommitmentService;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.testkit.commitment.TicketEventScript;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Starting and stopping the commitments of 100,000 complaints through the commitment service over
 * the in-memory store, with every preset registered: per ticket a reception (starts CP-1's reply
 * and CP-5's first stage), the owner contacted (stops the reply) and the forwarding (stops the first
 * stage, starts the second): three events and three saves' worth of units of work per ticket. One
 * operation is all 100,000 tickets, on a fresh store.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class StartStopBenchmark {

    /** How many tickets one operation handles. */
    public static final int TICKETS = 100_000;

    private final List<TicketEvent> events = new ArrayList<>();
    private CommitmentService service;

    /** Writes the events of every ticket once. */
    @Setup(Level.Trial)
    public void writeEvents() {
        for (int i = 0; i < TICKETS; i++) {
            Instant at = CommitmentWorkload.T0.plusSeconds(i);
            events.addAll(TicketEventScript.of(TicketId.of("T-" + i), CommitmentWorkload.COMPLAINT)
                    .step(TicketStep.RECEIVE, at)
                    .step(TicketStep.CONTACT_OWNER, at.plus(Duration.ofHours(2)))
                    .step(TicketStep.FORWARD, at.plus(Duration.ofHours(3)))
                    .events());
        }
    }

    /** A fresh store before each operation. */
    @Setup(Level.Iteration)
    public void freshStore() {
        MemoryStore store = MemoryStore.create();
        service = new CommitmentService(BenchContexts.over(store, TestClock.at(CommitmentWorkload.T0),
                IdGenerator.sequential("b"), e -> { }), CommitmentWorkload.engine());
    }

    /**
     * Applies the 300,000 events of 100,000 tickets.
     *
     * @return the number of commitments saved
     */
    @Benchmark
    public int startAndStop100kTickets() {
        int saved = 0;
        for (TicketEvent e : events) {
            saved += service.onTicketEvent(e).size();
        }
        return saved;
    }
}
