package dev.aftersales.commitment.service;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.commitment.SweepOutcome;
import dev.aftersales.common.Identifiers;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires what service commitments owe (rules SL-8, SL-9, CP-8, CP-9): finds the commitments whose
 * next check is due, claims them, records each due warning, breach and escalation exactly once
 * (stamped with its scheduled instant, so that after downtime what was missed fires once with the
 * instant it was due), reschedules the next check, and hands the events to a listener after they
 * are recorded.
 *
 * <p>Exactly once: every commitment is completed in one atomic step of the repository (its new
 * state with its fired events under their unique keys); a sweeper that loses a race (a stale
 * version, a key already recorded) drops its work on that commitment. So several sweepers may run
 * at once, on several threads (and, with a database adapter, several nodes); each
 * {@link #sweep()} call claims under its own claimant id.
 *
 * <p>At least once delivery: events are recorded undelivered, handed to the listener after the
 * step committed, then marked delivered; events whose delivery failed (or whose sweeper died) are
 * delivered again by a later sweep once the claim lease has passed. Each keeps its stable
 * {@link CommitmentEvent#eventId()}, so a listener can drop a duplicate.
 *
 * <p>Time comes only from the injected clock. Thread-safe. Logs identifiers only (rule EU-4).
 */
public final class CommitmentSweeper {

    /** The default number of commitments claimed at a time. */
    public static final int DEFAULT_BATCH_SIZE = 200;
    /** The default claim lease: a claim lapses after it if the sweeper did not complete. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(CommitmentSweeper.class);

    private final CommitmentRepository commitments;
    private final CommitmentEngine engine;
    private final Clock clock;
    private final Consumer<? super CommitmentEvent> listener;
    private final String name;
    private final int batchSize;
    private final Duration lease;
    private final AtomicLong sweeps = new AtomicLong();

    /**
     * Creates the sweeper of a desk with the default batch size and lease; applications sweep
     * through {@code AfterSales.sweep()} and {@code AfterSales.startSweeping(...)}.
     *
     * @param context the desk's store, clock (the sweep instant) and step pipeline, which hands every
     *                fired event on (to the outbox, or to the listeners) after it was recorded
     * @param engine  the engine
     * @param name    this sweeper's name, part of its claimant ids (e.g. the node name)
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is not a valid identifier
     */
    public CommitmentSweeper(StepContext context, CommitmentEngine engine, String name) {
        this(context, engine, name, DEFAULT_BATCH_SIZE, DEFAULT_LEASE);
    }

    /**
     * Creates the sweeper of a desk.
     *
     * @param context   the desk's store, clock (the sweep instant) and step pipeline, which hands
     *                  every fired event on after it was recorded
     * @param engine    the engine
     * @param name      this sweeper's name, part of its claimant ids
     * @param batchSize how many commitments to claim at a time, at least 1
     * @param lease     how long a claim lasts, positive
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is malformed, the batch size below 1 or the lease
     *                                  not positive
     */
    public CommitmentSweeper(StepContext context, CommitmentEngine engine, String name, int batchSize,
                             Duration lease) {
        Objects.requireNonNull(context, "context");
        this.commitments = context.store().commitments();
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = context.clock();
        StepEffects effects = context.effects();
        this.listener = effects::handOn;
        this.name = Identifiers.requireValid("sweeper name", name);
        Objects.requireNonNull(lease, "lease");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, got " + lease);
        }
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /**
     * Sweeps once at the clock's instant: delivers events left undelivered from earlier sweeps,
     * then claims due commitments batch by batch until none is left, completing each.
     *
     * @return what the sweep did
     */
    public SweepReport sweep() {
        Instant now = clock.instant();
        String claimant = name + ":" + Thread.currentThread().getId() + ":" + sweeps.incrementAndGet();
        int redelivered = redeliver(now);
        int swept = 0;
        int fired = 0;
        int conflicts = 0;
        int failures = 0;
        Set<String> seen = new HashSet<>();
        while (true) {
            List<Commitment> batch = commitments.claimDue(now, batchSize, claimant, now.plus(lease));
            boolean progressed = false;
            for (Commitment c : batch) {
                if (!seen.add(c.id().value())) {
                    commitments.release(c.id(), claimant);
                    continue;
                }
                progressed = true;
                SweepOutcome outcome;
                try {
                    outcome = engine.sweep(c, now);
                } catch (RuntimeException e) {
                    failures++;
                    commitments.release(c.id(), claimant);
                    LOG.warn("commitment {} of ticket {} could not be swept: {}", c.id(), c.ticketId(),
                            e.getClass().getName());
                    continue;
                }
                try {
                    commitments.completeSweep(outcome.commitment(), outcome.fired());
                } catch (StaleWriteException e) {
                    conflicts++;
                    LOG.debug("commitment {} changed during the sweep; left to the other writer", c.id());
                    continue;
                }
                swept++;
                fired += deliver(outcome.fired());
            }
            if (batch.isEmpty() || !progressed) {
                break;
            }
        }
        if (fired > 0 || conflicts > 0 || failures > 0) {
            LOG.debug("sweep {} at {}: {} swept, {} fired, {} conflicts, {} failures", claimant, now, swept, fired,
                    conflicts, failures);
        }
        return new SweepReport(swept, fired, conflicts, failures, redelivered);
    }

    private int redeliver(Instant now) {
        int total = 0;
        while (true) {
            List<CommitmentEvent> pending = commitments.findUndelivered(now.minus(lease), batchSize);
            int delivered = deliver(pending);
            total += delivered;
            if (pending.size() < batchSize || delivered < pending.size()) {
                return total;
            }
        }
    }

    private int deliver(List<CommitmentEvent> events) {
        List<FiringKey> delivered = new ArrayList<>();
        for (CommitmentEvent e : events) {
            try {
                listener.accept(e);
                delivered.add(e.key());
            } catch (RuntimeException failure) {
                LOG.warn("listener failed on commitment event {} of ticket {}: {}; it will be delivered again",
                        e.eventId(), e.ticketId(), failure.getClass().getName());
            }
        }
        if (!delivered.isEmpty()) {
            commitments.markDelivered(delivered);
        }
        return delivered.size();
    }
}
