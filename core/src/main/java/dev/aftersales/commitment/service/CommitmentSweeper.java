package dev.aftersales.commitment.service;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.SweepOutcome;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.Identifiers;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.CompletedSweeps;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.SweepCompletion;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.RecordedEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires what service commitments owe (rules SL-8, SL-9, CP-8, CP-9): finds the commitments whose
 * next check is due, claims them a batch at a time, evaluates each once, records each due warning,
 * breach and escalation exactly once (stamped with its scheduled instant, so that after downtime
 * what was missed fires once with the instant it was due), reschedules the next check, and hands
 * the events on after they are recorded.
 *
 * <p>Batches: each claimed batch is completed with one call of
 * {@link CommitmentRepository#completeSweeps} (one transaction of batched statements in the JDBC
 * store). With a store that has an outbox, the batch's events are recorded delivered and go into
 * the outbox in that same transaction, so a batch costs two transactions (the claim and the
 * completion); without one, they go to the listeners after the completion committed and are
 * marked delivered in one more call. If completing a batch fails as a whole (e.g. a deadlock), its
 * commitments are completed one by one instead.
 *
 * <p>Workers: with more than one worker ({@link #DEFAULT_WORKERS} unless set), each
 * {@link #sweep()} runs that many claim-and-complete loops at once, each on its own thread (the
 * calling thread and {@code workers - 1} threads started for the sweep), each claiming disjoint
 * batches under its own claimant id.
 *
 * <p>Exactly once: a completion is saved only from the version it was claimed at, and a firing key
 * is recorded at most once; a sweeper that loses a race (a stale version) drops its work on that
 * commitment. So several sweepers may run at once, on several threads (and, with a database
 * adapter, several nodes).
 *
 * <p>At least once delivery: events are recorded undelivered and marked delivered once handed on;
 * events whose delivery failed (or whose sweeper died) are delivered again by a later sweep once
 * the claim lease has passed. Each keeps its stable {@link CommitmentEvent#eventId()}, so a
 * listener can drop a duplicate.
 *
 * <p>Time comes only from the injected clock. Thread-safe. Logs identifiers only (rule EU-4).
 */
public final class CommitmentSweeper {

    /** The default number of commitments claimed at a time. */
    public static final int DEFAULT_BATCH_SIZE = 200;
    /** The default claim lease: a claim lapses after it if the sweeper did not complete. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);
    /** The default number of workers of one sweep: one, on the calling thread. */
    public static final int DEFAULT_WORKERS = 1;
    /** The most workers of one sweep. */
    public static final int MAX_WORKERS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(CommitmentSweeper.class);

    private final CommitmentRepository commitments;
    private final CommitmentEngine engine;
    private final Clock clock;
    private final RecordedEvents<CommitmentEvent> events;
    private final String name;
    private final int batchSize;
    private final Duration lease;
    private final int workers;
    private final AtomicLong sweeps = new AtomicLong();

    /**
     * Creates the sweeper of a desk with the default batch size, lease and workers; applications
     * sweep through {@code AfterSales.sweep()} and {@code AfterSales.startSweeping(...)}.
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
     * Creates the sweeper of a desk with one worker.
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
        this(context, engine, name, batchSize, lease, DEFAULT_WORKERS);
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
     * @param workers   how many claim-and-complete loops each sweep runs at once, 1 to
     *                  {@value #MAX_WORKERS}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is malformed, the batch size below 1, the lease
     *                                  not positive or the workers out of range
     */
    public CommitmentSweeper(StepContext context, CommitmentEngine engine, String name, int batchSize,
                             Duration lease, int workers) {
        Objects.requireNonNull(context, "context");
        this.commitments = context.store().commitments();
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = context.clock();
        this.events = new RecordedEvents<>(context, "commitment", firings(commitments));
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
        this.workers = requireWorkers(workers);
    }

    /**
     * Checks a number of sweep workers.
     *
     * @param workers the number
     * @return the number
     * @throws IllegalArgumentException if it is below 1 or above {@value #MAX_WORKERS}
     */
    public static int requireWorkers(int workers) {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("workers: a sweep has 1 to " + MAX_WORKERS + " workers, got " + workers);
        }
        return workers;
    }

    /**
     * Sweeps once at the clock's instant: delivers events left undelivered from earlier sweeps,
     * then claims due commitments batch by batch until none is left, completing each batch, on
     * every worker at once.
     *
     * @return what the sweep did
     */
    public SweepReport sweep() {
        Instant now = clock.instant();
        long number = sweeps.incrementAndGet();
        int redelivered = events.redeliver(now.minus(lease), batchSize);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        SweepReport report;
        if (workers == 1) {
            report = work(now, number, 0, seen);
        } else {
            report = inParallel(now, number, seen);
        }
        report = report.plus(new SweepReport(0, 0, 0, 0, redelivered));
        if (report.fired() > 0 || report.conflicts() > 0 || report.failures() > 0) {
            LOG.debug("sweep {}:{} at {}: {} swept, {} fired, {} conflicts, {} failures", name, number, now,
                    report.swept(), report.fired(), report.conflicts(), report.failures());
        }
        return report;
    }

    private SweepReport inParallel(Instant now, long number, Set<String> seen) {
        SweepReport[] reports = new SweepReport[workers];
        Throwable[] failures = new Throwable[workers];
        List<Thread> threads = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            int worker = w;
            Thread t = new Thread(() -> {
                try {
                    reports[worker] = work(now, number, worker, seen);
                } catch (Throwable e) {
                    failures[worker] = e;
                }
            }, name + "-sweep-" + number + "-" + w);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        try {
            reports[0] = work(now, number, 0, seen);
        } catch (RuntimeException | Error e) {
            failures[0] = e;
        }
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        SweepReport total = new SweepReport(0, 0, 0, 0, 0);
        for (int w = 0; w < workers; w++) {
            if (failures[w] instanceof RuntimeException e) {
                throw e;
            }
            if (failures[w] instanceof Error e) {
                throw e;
            }
            total = total.plus(reports[w]);
        }
        return total;
    }

    /** One worker's loop: claims batches until a claim brings nothing new of this sweep. */
    private SweepReport work(Instant now, long number, int worker, Set<String> seen) {
        String claimant = name + ":" + Thread.currentThread().getId() + ":" + number + ":" + worker;
        SweepReport total = new SweepReport(0, 0, 0, 0, 0);
        while (true) {
            List<Commitment> batch = commitments.claimDue(now, batchSize, claimant, now.plus(lease));
            List<SweepOutcome> outcomes = new ArrayList<>();
            int failures = 0;
            boolean progressed = false;
            for (Commitment c : batch) {
                if (!seen.add(c.id().value())) {
                    commitments.release(c.id(), claimant);
                    continue;
                }
                progressed = true;
                try {
                    outcomes.add(engine.sweep(c, now));
                } catch (RuntimeException e) {
                    failures++;
                    commitments.release(c.id(), claimant);
                    LOG.warn("commitment {} of ticket {} could not be swept: {}", c.id(), c.ticketId(),
                            e.getClass().getName());
                }
            }
            total = total.plus(complete(outcomes)).plus(new SweepReport(0, 0, 0, failures, 0));
            if (batch.isEmpty() || !progressed) {
                return total;
            }
        }
    }

    private SweepReport complete(List<SweepOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return new SweepReport(0, 0, 0, 0, 0);
        }
        List<SweepCompletion> completions = new ArrayList<>(outcomes.size());
        for (SweepOutcome o : outcomes) {
            completions.add(new SweepCompletion(o.commitment(), o.fired()));
        }
        RecordedEvents.Recorded<CompletedSweeps> done;
        try {
            // with an outbox, the firings (recorded delivered) and their outbox rows commit together
            done = events.record(handedOn -> commitments.completeSweeps(completions, handedOn),
                    CompletedSweeps::recorded);
        } catch (RuntimeException e) {
            LOG.warn("a batch of {} commitments could not be completed at once: {}; completing them one by one",
                    outcomes.size(), e.getClass().getName());
            return completeOneByOne(outcomes);
        }
        int fired = done.delivered();
        if (!done.value().stale().isEmpty()) {
            LOG.debug("commitments {} changed during the sweep; left to the other writer", done.value().stale());
        }
        return new SweepReport(done.value().stored().size(), fired, done.value().stale().size(), 0, 0);
    }

    private SweepReport completeOneByOne(List<SweepOutcome> outcomes) {
        int swept = 0;
        int fired = 0;
        int conflicts = 0;
        for (SweepOutcome outcome : outcomes) {
            try {
                commitments.completeSweep(outcome.commitment(), outcome.fired());
            } catch (StaleWriteException e) {
                conflicts++;
                LOG.debug("commitment {} changed during the sweep; left to the other writer",
                        outcome.commitment().id());
                continue;
            }
            swept++;
            fired += deliver(outcome.fired());
        }
        return new SweepReport(swept, fired, conflicts, 0, 0);
    }

    private int deliver(List<CommitmentEvent> recorded) {
        return events.deliver(recorded);
    }

    /** The commitment store's recorded firings, for the pipeline's hand-on stage. */
    private static RecordedEvents.Store<CommitmentEvent> firings(CommitmentRepository commitments) {
        return new RecordedEvents.Store<>() {
            @Override
            public List<CommitmentEvent> findUndelivered(Instant recordedBefore, int limit) {
                return commitments.findUndelivered(recordedBefore, limit);
            }

            @Override
            public void markDelivered(List<CommitmentEvent> delivered) {
                commitments.markDelivered(delivered.stream().map(CommitmentEvent::key).toList());
            }

            @Override
            public DomainEvent eventOf(CommitmentEvent event) {
                return event;
            }
        };
    }
}
