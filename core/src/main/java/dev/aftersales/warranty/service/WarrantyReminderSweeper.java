package dev.aftersales.warranty.service;

import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.WarrantyReminderRepository;
import dev.aftersales.step.RecordedEvents;
import dev.aftersales.step.StepContext;
import dev.aftersales.warranty.WarrantyReminder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the warranty expiry reminders that are due (rule WA-4), as part of the desk's sweep
 * ({@code AfterSales.sweep()}), with the guarantees of the commitment sweeper: each reminder is
 * fired exactly once per unit, component and term end, also by several sweepers on several
 * threads or nodes at once; its event keeps the instant it was due, so that after downtime what
 * was missed fires once with that instant; and its event is delivered at least once.
 *
 * <p>Delivery is the step pipeline's hand-on stage for recorded events ({@link RecordedEvents}):
 * with a store that has an outbox, a batch of reminders is fired and its events written to the
 * outbox in one transaction; without one, the events go to the listeners after the batch is fired
 * and are marked delivered then; an event a listener refused (or whose sweeper died before
 * delivering it) is delivered again by a sweep once the lease has passed since it was fired,
 * with its stable {@link dev.aftersales.warranty.WarrantyReminderDue#eventId()}. On a store without a
 * {@link WarrantyReminderRepository} the sweeper fires nothing.
 *
 * <p>Time comes only from the injected clock. Thread-safe. Logs counts and identifiers only
 * (rule EU-4).
 */
public final class WarrantyReminderSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(WarrantyReminderSweeper.class);
    private static final int MAX_CONFLICTS = 3;

    private final AfterSalesStore store;
    private final Clock clock;
    private final RecordedEvents<WarrantyReminder> events;
    private final int batchSize;
    private final Duration lease;
    private final boolean supported;

    /**
     * Creates the reminder sweeper of a desk with the commitment sweeper's batch size and lease.
     *
     * @param context the desk's store, clock (the sweep instant) and step pipeline
     * @throws NullPointerException if the context is null
     */
    public WarrantyReminderSweeper(StepContext context) {
        this(context, CommitmentSweeper.DEFAULT_BATCH_SIZE, CommitmentSweeper.DEFAULT_LEASE);
    }

    /**
     * Creates the reminder sweeper of a desk.
     *
     * @param context   the desk's store, clock (the sweep instant) and step pipeline
     * @param batchSize how many reminders to fire in one transaction, at least 1
     * @param lease     how long after firing an undelivered event waits before it is delivered again, positive
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the batch size is below 1 or the lease not positive
     */
    public WarrantyReminderSweeper(StepContext context, int batchSize, Duration lease) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(lease, "lease");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, got " + lease);
        }
        this.store = context.store();
        this.clock = context.clock();
        this.events = new RecordedEvents<>(context, "warranty reminder", fired(store));
        this.batchSize = batchSize;
        this.lease = lease;
        this.supported = AfterSalesStore.has(store::warrantyReminders);
    }

    /**
     * Sweeps once at the clock's instant: delivers the events of reminders fired earlier and left
     * undelivered, then fires every reminder due by now, batch by batch.
     *
     * @return what the sweep did: {@link SweepReport#reminders()} fired, their redeliveries, and
     *         the batches left to another sweeper or failed
     */
    public SweepReport sweep() {
        if (!supported) {
            return new SweepReport(0, 0, 0, 0, 0, 0);
        }
        Instant now = clock.instant();
        WarrantyReminderRepository reminders = store.warrantyReminders();
        int redelivered = events.redeliver(now.minus(lease), batchSize);
        int fired = 0;
        int conflicts = 0;
        int failures = 0;
        while (true) {
            List<WarrantyReminder> batch;
            try {
                batch = fireBatch(reminders, now);
            } catch (StaleWriteException e) {
                // another sweeper fired some of them first: try again with what is left
                if (++conflicts >= MAX_CONFLICTS) {
                    break;
                }
                continue;
            } catch (RuntimeException e) {
                failures++;
                LOG.warn("warranty reminders could not be fired: {}; a later sweep tries again", e.getClass().getName());
                break;
            }
            fired += batch.size();
            if (batch.size() < batchSize) {
                break;
            }
        }
        if (fired > 0 || conflicts > 0 || failures > 0) {
            LOG.debug("warranty reminders at {}: {} fired, {} conflicts, {} failures", now, fired, conflicts, failures);
        }
        return new SweepReport(0, 0, conflicts, failures, redelivered, fired);
    }

    private List<WarrantyReminder> fireBatch(WarrantyReminderRepository reminders, Instant now) {
        // with an outbox, the reminders (recorded delivered) and their outbox rows commit together
        return events.record(handedOn -> reminders.fireDue(now, batchSize, handedOn), batch -> batch).value();
    }

    /** The store's fired reminders, for the pipeline's hand-on stage. */
    private static RecordedEvents.Store<WarrantyReminder> fired(AfterSalesStore store) {
        return new RecordedEvents.Store<>() {
            @Override
            public List<WarrantyReminder> findUndelivered(Instant recordedBy, int limit) {
                return store.warrantyReminders().findUndelivered(recordedBy, limit);
            }

            @Override
            public void markDelivered(List<WarrantyReminder> delivered) {
                store.warrantyReminders().markDelivered(delivered);
            }

            @Override
            public DomainEvent eventOf(WarrantyReminder reminder) {
                return reminder.event();
            }
        };
    }
}
