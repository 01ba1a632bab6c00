package dev.aftersales.storage.memory;

import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.CallbackRoundRepository;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.MeasurementRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.PolicyRepository;
import java.util.Optional;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.spi.UnitRepository;
import dev.aftersales.spi.MaintenanceRepository;
import dev.aftersales.spi.WarrantyDecisionRepository;
import dev.aftersales.spi.WarrantySettingsRepository;
import dev.aftersales.spi.WarrantyReminderRepository;
import dev.aftersales.spi.WarrantyTermRepository;
import java.util.function.Supplier;

/**
 * The whole storage SPI in memory: the embedded default. Thread-safe; the writes of a unit of
 * work become visible together, or not at all when it throws. Nothing survives the JVM.
 */
public final class MemoryStore implements AfterSalesStore {

    private final MemoryTransactions transactions = new MemoryTransactions();
    private final MemoryEstateRepository estates = new MemoryEstateRepository(transactions);
    private final MemoryUnitRepository units = new MemoryUnitRepository(transactions);
    private final MemoryOwnerRepository owners = new MemoryOwnerRepository(transactions);
    private final MemoryOwnershipRepository ownerships = new MemoryOwnershipRepository(transactions);
    private final MemoryTicketRepository tickets = new MemoryTicketRepository(transactions);
    private final MemoryCommitmentRepository commitments = new MemoryCommitmentRepository(transactions);
    private final MemoryPolicyRepository policies = new MemoryPolicyRepository(transactions);
    private final MemoryCallbackRoundRepository callbackRounds = new MemoryCallbackRoundRepository(transactions, tickets);
    private final MemoryMeasurementRepository measurements = new MemoryMeasurementRepository(tickets, commitments);
    private final MemoryWarrantySettingsRepository warrantySettings = new MemoryWarrantySettingsRepository(transactions);
    private final MemoryWarrantyDecisionRepository warrantyDecisions = new MemoryWarrantyDecisionRepository(transactions);
    private final MemoryWarrantyTermRepository warrantyTerms = new MemoryWarrantyTermRepository(transactions);
    private final MemoryMaintenanceRepository maintenance = new MemoryMaintenanceRepository(transactions);
    private final MemoryWarrantyReminderRepository warrantyReminders = new MemoryWarrantyReminderRepository(transactions);

    private MemoryStore() {
    }

    /**
     * Creates a new, empty in-memory store.
     *
     * @return the store
     */
    public static MemoryStore create() {
        return new MemoryStore();
    }

    @Override
    public EstateRepository estates() {
        return estates;
    }

    @Override
    public UnitRepository units() {
        return units;
    }

    @Override
    public OwnerRepository owners() {
        return owners;
    }

    @Override
    public OwnershipRepository ownerships() {
        return ownerships;
    }

    @Override
    public TicketRepository tickets() {
        return tickets;
    }

    @Override
    public CommitmentRepository commitments() {
        return commitments;
    }

    /** Keeps every registered policy version in memory (rule SL-13). */
    @Override
    public Optional<PolicyRepository> policies() {
        return Optional.of(policies);
    }

    /** Keeps the two-monthly callback rounds in memory (rule MS-2). */
    @Override
    public CallbackRoundRepository callbackRounds() {
        return callbackRounds;
    }

    @Override
    public MeasurementRepository measurements() {
        return measurements;
    }

    @Override
    public WarrantySettingsRepository warrantySettings() {
        return warrantySettings;
    }

    @Override
    public WarrantyDecisionRepository warrantyDecisions() {
        return warrantyDecisions;
    }

    @Override
    public WarrantyTermRepository warrantyTerms() {
        return warrantyTerms;
    }

    @Override
    public MaintenanceRepository maintenance() {
        return maintenance;
    }

    @Override
    public WarrantyReminderRepository warrantyReminders() {
        return warrantyReminders;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    @Override
    public String toString() {
        return "MemoryStore";
    }
}
