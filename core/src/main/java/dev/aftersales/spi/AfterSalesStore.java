package dev.aftersales.spi;

/**
 * A whole storage adapter: the repositories of every aggregate over one storage, sharing one unit
 * of work, so that the writes of one command are atomic across repositories
 * ({@link UnitOfWork#inTransaction}). The library reaches storage only through this interface.
 *
 * <p>An integrator writing an adapter implements this interface and proves it by extending the
 * TCK class {@code dev.aftersales.testkit.tck.StoreContract} of {@code aftersales-testkit}. The
 * in-memory adapter ({@code aftersales-storage-memory}) is the default when an application
 * configures nothing (see {@link StoreProvider}).
 *
 * <p>Implementations are safe for concurrent use by several threads.
 */
public interface AfterSalesStore extends UnitOfWork {

    /**
     * Returns the repository of estates, plots and buildings.
     *
     * @return the repository, the same instance on every call
     */
    EstateRepository estates();

    /**
     * Returns the repository of units.
     *
     * @return the repository, the same instance on every call
     */
    UnitRepository units();

    /**
     * Returns the repository of owners.
     *
     * @return the repository, the same instance on every call
     */
    OwnerRepository owners();

    /**
     * Returns the repository of ownerships.
     *
     * @return the repository, the same instance on every call
     */
    OwnershipRepository ownerships();

    /**
     * Returns the repository of tickets.
     *
     * @return the repository, the same instance on every call
     */
    TicketRepository tickets();

    /**
     * Returns the repository of service commitments, their fired warnings, breaches and
     * escalations, and the outbox of commitment events (rules SL-6..SL-16).
     *
     * @return the repository, the same instance on every call
     */
    CommitmentRepository commitments();

    /**
     * Returns the store's transactional outbox, if it has one. With an outbox the entry point
     * writes every domain event in the unit of work of its change and delivers it to listeners from
     * there, at least once ({@code AfterSales#publishPending()}); without one it delivers events
     * straight after the commit. The default has none.
     *
     * @return the outbox, or empty
     */
    default java.util.Optional<EventOutbox> outbox() {
        return java.util.Optional.empty();
    }

    /**
     * Returns the store of service policy versions (rule SL-13), if this store keeps policies. The
     * built-in stores do; a store without one returns empty (the default), and the desk then runs
     * on the policies given to its builder only.
     *
     * @return the policy repository, or empty
     */
    default java.util.Optional<PolicyRepository> policies() {
        return java.util.Optional.empty();
    }

    /**
     * Returns the service's figures as aggregate queries (rules MS-1, MS-3, RP-6). The default loads
     * tickets and commitments through the other repositories ({@link LoadingMeasurementRepository}):
     * correct but slow, so an adapter overrides it with queries where the data is.
     *
     * @return the measurement repository
     */
    default MeasurementRepository measurements() {
        return new LoadingMeasurementRepository(this);
    }

    /**
     * Returns the two-monthly callback rounds (rule MS-2). The built-in stores provide them; the
     * default throws, so that a store written before rounds existed keeps compiling.
     *
     * @return the repository, the same instance on every call
     * @throws UnsupportedRepositoryException if this store has no callback rounds
     */
    default CallbackRoundRepository callbackRounds() {
        throw new UnsupportedRepositoryException("CallbackRoundRepository");
    }

    /**
     * Returns the repository of the estates' warranty settings (rules WA-1, WA-5). The default
     * throws, so that a store written before warranties keeps compiling; the memory and JDBC
     * stores override it.
     *
     * @return the repository, the same instance on every call
     * @throws UnsupportedRepositoryException if the store has no such repository
     */
    default WarrantySettingsRepository warrantySettings() {
        throw new UnsupportedRepositoryException("WarrantySettingsRepository");
    }

    /**
     * Returns the append-only repository of the warranty decisions recorded on tickets (rules
     * WA-1, WA-2, WA-6). The default throws, so that a store written before warranties keeps
     * compiling; the memory and JDBC stores override it.
     *
     * @return the repository, the same instance on every call
     * @throws UnsupportedRepositoryException if the store has no such repository
     */
    default WarrantyDecisionRepository warrantyDecisions() {
        throw new UnsupportedRepositoryException("WarrantyDecisionRepository");
    }

    /**
     * Returns the repository of the handed-over units' stored warranty terms (rules WA-1, WA-4,
     * WA-5). The default throws, so that a store written before stored terms keeps compiling; the
     * memory and JDBC stores override it.
     *
     * @return the repository, the same instance on every call
     * @throws UnsupportedRepositoryException if the store has no such repository
     */
    default WarrantyTermRepository warrantyTerms() {
        throw new UnsupportedRepositoryException("WarrantyTermRepository");
    }

    /**
     * Returns the repository of the estates' maintenance plans and their tasks (rule WA-3). The
     * default throws, so that a store written before maintenance plans keeps compiling; the memory
     * and JDBC stores override it.
     *
     * @return the repository, the same instance on every call
     * @throws UnsupportedRepositoryException if the store has no such repository
     */
    default MaintenanceRepository maintenance() {
        throw new UnsupportedRepositoryException("MaintenanceRepository");
    }

    /**
     * Returns the repository of the expiry reminders of the units' warranty terms (rule WA-4). The
     * default throws, so that a store written before reminders keeps compiling (the desk then stores
     * no reminders and its sweep fires none); the memory and JDBC stores override it.
     *
     * @return the repository, the same instance on every call
     * @throws UnsupportedRepositoryException if the store has no such repository
     */
    default WarrantyReminderRepository warrantyReminders() {
        throw new UnsupportedRepositoryException("WarrantyReminderRepository");
    }

    /**
     * Tells whether a store has one of its optional repositories, e.g.
     * {@code AfterSalesStore.has(store::warrantyReminders)}: a feature whose repository the store
     * lacks does nothing instead of failing (the accessor's default throws
     * {@link UnsupportedRepositoryException}).
     *
     * @param repository the store's accessor of the repository
     * @return false if the accessor throws {@link UnsupportedRepositoryException}
     * @throws NullPointerException if the accessor is null
     */
    static boolean has(java.util.function.Supplier<?> repository) {
        java.util.Objects.requireNonNull(repository, "repository");
        try {
            repository.get();
            return true;
        } catch (UnsupportedRepositoryException e) {
            return false;
        }
    }
}
