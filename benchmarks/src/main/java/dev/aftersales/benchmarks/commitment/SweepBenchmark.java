package dev.aftersales.benchmarks.commitment;

import dev.aftersales.benchmarks.BenchContexts;
import dev.aftersales.storage.memory.MemoryStore;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.testkit.commitment.TicketEventScript;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * One sweep over 1,000,000 open commitments in memory of which 1 % are due (rules SL-8, SL-9). The
 * store holds 1,000,000 complaints' CP-1 reply commitments (24 hours, escalated at the breach by
 * CP-8), received in 100 hourly slots of 10,000; each iteration moves the clock one hour on, so
 * that exactly the next slot, 10,000 commitments (1 %), is due: the sweep claims them in batches,
 * records a breach and an escalation for each (20,000 events, delivered to a counting listener),
 * and reschedules them, while the other 990,000 stay untouched.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class SweepBenchmark {

    /** The open commitments in the store. */
    public static final int COMMITMENTS = 1_000_000;
    /** The commitments due at each sweep: 1 %. */
    public static final int PER_SLOT = COMMITMENTS / 100;

    private final AtomicLong delivered = new AtomicLong();
    private MemoryStore store;
    private dev.aftersales.spi.CommitmentRepository repository;
    private CommitmentEngine engine;
    private TestClock clock;
    private CommitmentSweeper sweeper;
    private int slot;

    /** Fills the store with 1,000,000 open commitments, once. */
    @Setup(Level.Trial)
    public void fill() {
        engine = CommitmentWorkload.engine();
        store = MemoryStore.create();
        repository = store.commitments();
        for (int i = 0; i < COMMITMENTS; i++) {
            Instant at = CommitmentWorkload.T0.plus(Duration.ofHours(i / PER_SLOT)).plusMillis(i % PER_SLOT);
            TicketEvent received = TicketEventScript.of(TicketId.of("T-" + i), CommitmentWorkload.COMPLAINT)
                    .step(TicketStep.RECEIVE, at).events().get(0);
            List<Commitment> started = engine.onTicketEvent(received, List.of());
            repository.save(started.get(0));
        }
        clock = TestClock.at(CommitmentWorkload.T0);
        sweeper = new CommitmentSweeper(BenchContexts.over(store, clock, IdGenerator.sequential("b"),
                e -> delivered.incrementAndGet()), engine, "bench");
    }

    /** Moves the clock so that the next slot, and only it, is due. */
    @Setup(Level.Iteration)
    public void nextSlot() {
        clock.set(CommitmentWorkload.T0.plus(Duration.ofHours(24 + slot)).plus(Duration.ofMinutes(30)));
        slot++;
    }

    /**
     * Sweeps once.
     *
     * @return what the sweep did
     */
    @Benchmark
    public SweepReport sweepOneMillionWithOnePercentDue() {
        SweepReport report = sweeper.sweep();
        if (report.swept() != PER_SLOT) {
            throw new IllegalStateException("expected " + PER_SLOT + " due commitments, swept " + report);
        }
        return report;
    }
}
