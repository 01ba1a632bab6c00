package dev.aftersales.benchmarks.commitment;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.SweepOutcome;
import dev.aftersales.testkit.commitment.TicketEventScript;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine's part of sweeping one due commitment (no store): a complaint's first commitment
 * swept 30 hours after its reception, when its warning, breach and escalation are all due. This is
 * the work the "one evaluation per sweep" change halved; the store's claim, record and delivery are
 * measured by {@link SweepBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class EngineSweepBenchmark {

    private CommitmentEngine engine;
    private Commitment commitment;
    private Instant now;

    /** Starts the commitment once. */
    @Setup
    public void start() {
        engine = CommitmentWorkload.engine();
        TicketEvent received = TicketEventScript.of(TicketId.of("T-1"), CommitmentWorkload.COMPLAINT)
                .step(TicketStep.RECEIVE, CommitmentWorkload.T0).events().get(0);
        commitment = engine.onTicketEvent(received, List.of()).get(0);
        now = CommitmentWorkload.T0.plus(Duration.ofHours(30));
    }

    /**
     * Sweeps the due commitment once.
     *
     * @return what the sweep fired and the rescheduled commitment
     */
    @Benchmark
    public SweepOutcome sweepOneDueCommitment() {
        return engine.sweep(commitment, now);
    }
}
