package dev.aftersales.storage.jdbc.store;

import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.CallbackRoundRepository;
import dev.aftersales.spi.MeasurementRepository;
import dev.aftersales.storage.jdbc.measurement.JdbcCallbackRoundRepository;
import dev.aftersales.storage.jdbc.measurement.JdbcMeasurementRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.PolicyRepository;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.spi.UnitOfWork;
import dev.aftersales.spi.UnitRepository;
import dev.aftersales.spi.WarrantyDecisionRepository;
import dev.aftersales.spi.WarrantySettingsRepository;
import dev.aftersales.spi.MaintenanceRepository;
import dev.aftersales.spi.WarrantyTermRepository;
import dev.aftersales.storage.jdbc.warranty.JdbcWarrantyDecisionRepository;
import dev.aftersales.storage.jdbc.warranty.JdbcWarrantySettingsRepository;
import dev.aftersales.storage.jdbc.warranty.JdbcMaintenanceRepository;
import dev.aftersales.spi.WarrantyReminderRepository;
import dev.aftersales.storage.jdbc.warranty.JdbcWarrantyReminderRepository;
import dev.aftersales.storage.jdbc.warranty.JdbcWarrantyTermRepository;
import dev.aftersales.storage.jdbc.ConnectionProvider;
import dev.aftersales.storage.jdbc.Dialect;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.JdbcTransactions;
import dev.aftersales.storage.jdbc.LeaseClock;
import dev.aftersales.storage.jdbc.PersonalDataCodec;
import dev.aftersales.storage.jdbc.RetryPolicy;
import dev.aftersales.storage.jdbc.commitment.JdbcCommitmentRepository;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.property.JdbcEstateRepository;
import dev.aftersales.storage.jdbc.property.JdbcOwnerRepository;
import dev.aftersales.storage.jdbc.property.JdbcOwnershipRepository;
import dev.aftersales.storage.jdbc.property.JdbcUnitRepository;
import dev.aftersales.storage.jdbc.schema.MigrationReport;
import dev.aftersales.storage.jdbc.schema.SchemaMigrator;
import dev.aftersales.storage.jdbc.ticket.JdbcTicketRepository;
import java.util.Objects;
import java.util.Optional;
import java.time.Clock;
import dev.aftersales.spi.EventOutbox;
import dev.aftersales.storage.jdbc.outbox.JdbcEventOutbox;
import dev.aftersales.storage.jdbc.policy.JdbcPolicyRepository;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole storage SPI over plain JDBC, on a {@code DataSource} the application owns: the
 * repositories of one store and the unit of work they all join ({@link AfterSalesStore}, proven by
 * the TCK class {@code StoreContract} on PostgreSQL, MariaDB and H2).
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.create(dataSource).tablePrefix("cs_").build();
 * store.migrate();                                      // or let Flyway run db/aftersales/<database>
 * AfterSales afterSales = AfterSales.builder().store(store).build();
 * }</pre>
 *
 * <p>Claims of sweepers and of the outbox publisher are leases timed by the database's clock
 * ({@link LeaseClock#DATABASE}, see {@link Builder#leaseClock}), so nodes whose clocks disagree
 * never take over each other's claims; everything else keeps the application's clock.
 *
 * <p>Thread-safe; create one per data source and table prefix and share it.
 */
public final class JdbcStore implements AfterSalesStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

    private final DataSource dataSource;
    private final TablePrefix prefix;
    private final JdbcTransactions transactions;
    private final EstateRepository estates;
    private final UnitRepository units;
    private final OwnerRepository owners;
    private final OwnershipRepository ownerships;
    private final PolicyRepository policies;
    private final TicketRepository tickets;
    private final CommitmentRepository commitments;
    private final MeasurementRepository measurements;
    private final CallbackRoundRepository callbackRounds;
    private final WarrantySettingsRepository warrantySettings;
    private final WarrantyDecisionRepository warrantyDecisions;
    private final WarrantyTermRepository warrantyTerms;
    private final MaintenanceRepository maintenance;
    private final WarrantyReminderRepository warrantyReminders;
    private final EventOutbox outbox;

    private JdbcStore(Builder b) {
        this.dataSource = b.dataSource;
        this.prefix = b.prefix;
        this.transactions = b.transactions.tablePrefix(b.prefix).build();
        JdbcRunner jdbc = new JdbcRunner(transactions);
        this.estates = new JdbcEstateRepository(jdbc, prefix);
        this.units = new JdbcUnitRepository(jdbc, prefix);
        this.owners = new JdbcOwnerRepository(jdbc, prefix, b.codec);
        this.ownerships = new JdbcOwnershipRepository(jdbc, prefix);
        this.tickets = new JdbcTicketRepository(jdbc, prefix, b.codec);
        this.commitments = new JdbcCommitmentRepository(jdbc, prefix, RetryPolicy.standard(), b.leaseClock);
        this.measurements = new JdbcMeasurementRepository(jdbc, prefix);
        this.callbackRounds = new JdbcCallbackRoundRepository(jdbc, prefix);
        this.policies = new JdbcPolicyRepository(jdbc, prefix);
        this.warrantySettings = new JdbcWarrantySettingsRepository(jdbc, prefix);
        this.warrantyDecisions = new JdbcWarrantyDecisionRepository(jdbc, prefix, b.codec);
        this.warrantyTerms = new JdbcWarrantyTermRepository(jdbc, prefix);
        this.maintenance = new JdbcMaintenanceRepository(jdbc, prefix);
        this.warrantyReminders = new JdbcWarrantyReminderRepository(jdbc, prefix);
        this.outbox = b.outboxClock == null ? null
                : new JdbcEventOutbox(transactions, prefix, b.outboxClock, b.leaseClock);
        LOG.info("JDBC store: table prefix \"{}\", personal data codec {}, outbox {}, leases on the {} clock", prefix,
                b.codec, outbox == null ? "off" : "on", b.leaseClock.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Starts configuring a store over a user-owned data source; the store takes a connection per
     * unit of work and can run the built-in schema migration.
     *
     * @param dataSource the data source
     * @return a builder with the defaults
     */
    public static Builder create(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Builder(ConnectionProvider.of(dataSource), dataSource);
    }

    /**
     * Starts configuring a store whose connections, possibly the caller's transaction's, come from
     * a provider (see {@link ConnectionProvider}). Such a store cannot migrate its schema itself:
     * use {@link SchemaMigrator} on a data source, or Flyway.
     *
     * @param provider where connections come from
     * @return a builder with the defaults
     */
    public static Builder create(ConnectionProvider provider) {
        return new Builder(Objects.requireNonNull(provider, "provider"), null);
    }

    /**
     * Brings the schema to the library's version with the built-in migrator.
     *
     * @return what was done
     * @throws IllegalStateException if the store was created from a connection provider
     * @throws dev.aftersales.storage.jdbc.schema.SchemaMigrationException if the migration fails or
     *         the database is newer than the library
     */
    public MigrationReport migrate() {
        if (dataSource == null) {
            throw new IllegalStateException("this store was created from a ConnectionProvider: migrate with "
                    + "SchemaMigrator.create(dataSource) or Flyway");
        }
        return SchemaMigrator.create(dataSource).withPrefix(prefix).migrate();
    }

    /**
     * Runs {@code work} as one unit of work of this store (see {@link JdbcTransactions}).
     *
     * @param work the work
     * @param <T>  the result type
     * @return what {@code work} returned
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /**
     * Returns the unit of work all repositories of this store join: the store itself.
     *
     * @return the unit of work
     */
    public UnitOfWork unitOfWork() {
        return this;
    }

    /**
     * Returns the unit of work with its JDBC extras (joining a caller's connection, retries, the dialect).
     *
     * @return the transactions
     */
    public JdbcTransactions transactions() {
        return transactions;
    }

    /**
     * Returns the table prefix.
     *
     * @return the prefix
     */
    public TablePrefix prefix() {
        return prefix;
    }

    /**
     * Returns the estates, plots and buildings.
     *
     * @return the repository
     */
    @Override
    public EstateRepository estates() {
        return estates;
    }

    /**
     * Returns the units.
     *
     * @return the repository
     */
    @Override
    public UnitRepository units() {
        return units;
    }

    /**
     * Returns the owners.
     *
     * @return the repository
     */
    @Override
    public OwnerRepository owners() {
        return owners;
    }

    /**
     * Returns the ownerships.
     *
     * @return the repository
     */
    @Override
    public OwnershipRepository ownerships() {
        return ownerships;
    }

    /**
     * Returns the tickets.
     *
     * @return the repository
     */
    @Override
    public TicketRepository tickets() {
        return tickets;
    }

    /**
     * Returns the service commitments, their fired warnings, breaches and escalations, and the
     * outbox of commitment events.
     *
     * @return the repository
     */
    @Override
    public CommitmentRepository commitments() {
        return commitments;
    }

    /**
     * Returns the store of service policy versions (rule SL-13), in the table {@code policy_version}.
     *
     * @return the policy repository
     */
    @Override
    public Optional<PolicyRepository> policies() {
        return Optional.of(policies);
    }

    /**
     * Returns the transactional outbox when the store was built with {@link Builder#outbox(Clock)}:
     * the entry point then writes every domain event in the transaction of its change and delivers
     * it from the outbox table at least once ({@code AfterSales#publishPending()}).
     *
     * @return the outbox, or empty
     */
    /**
     * Returns the service's figures, computed by the database with {@code GROUP BY} (rules MS-1,
     * MS-3, RP-6).
     *
     * @return the measurement repository
     */
    @Override
    public MeasurementRepository measurements() {
        return measurements;
    }

    /**
     * Returns the two-monthly callback rounds (rule MS-2), in the tables {@code callback_round}
     * and {@code callback_round_entry}.
     *
     * @return the repository
     */
    @Override
    public CallbackRoundRepository callbackRounds() {
        return callbackRounds;
    }

    /**
     * Returns the units' stored warranty terms in the table of schema version 12 (rule WA-4).
     *
     * @return the repository
     */
    @Override
    public WarrantyTermRepository warrantyTerms() {
        return warrantyTerms;
    }

    @Override
    public WarrantyReminderRepository warrantyReminders() {
        return warrantyReminders;
    }

    /**
     * Returns the maintenance plans and tasks in the tables of schema version 14 (rule WA-3).
     *
     * @return the repository
     */
    @Override
    public MaintenanceRepository maintenance() {
        return maintenance;
    }

    /**
     * Returns the estates' warranty settings in the tables of schema version 10 (rules WA-1, WA-5).
     *
     * @return the repository
     */
    @Override
    public WarrantySettingsRepository warrantySettings() {
        return warrantySettings;
    }

    /**
     * Returns the append-only warranty decisions of tickets in the table of schema version 10 (rules
     * WA-1, WA-2, WA-6).
     *
     * @return the repository
     */
    @Override
    public WarrantyDecisionRepository warrantyDecisions() {
        return warrantyDecisions;
    }

    @Override
    public Optional<EventOutbox> outbox() {
        return Optional.ofNullable(outbox);
    }

    /**
     * Describes the store for logs: the dialect (once known: it is detected on the first connection,
     * which this method never opens), the table prefix and whether the outbox is on. Never the data
     * source's URL, user or password.
     *
     * @return e.g. {@code JdbcStore[POSTGRESQL 15.4 (SKIP LOCKED), table prefix "cs_", outbox on]}
     */
    @Override
    public String toString() {
        return "JdbcStore[" + transactions.knownDialect().map(Dialect::toString).orElse("dialect not detected yet")
                + ", table prefix \"" + prefix + "\", outbox " + (outbox == null ? "off" : "on") + "]";
    }

    /** Configures a {@link JdbcStore}; each setting is checked as it is set. */
    public static final class Builder {
        private final JdbcTransactions.Builder transactions;
        private final DataSource dataSource;
        private TablePrefix prefix = TablePrefix.DEFAULT;
        private PersonalDataCodec codec = PersonalDataCodec.PLAIN;
        private Clock outboxClock;
        private LeaseClock leaseClock = LeaseClock.DATABASE;

        private Builder(ConnectionProvider provider, DataSource dataSource) {
            this.transactions = JdbcTransactions.builder(provider);
            this.dataSource = dataSource;
        }

        /**
         * Sets the table prefix ({@link TablePrefix#DEFAULT} unless set).
         *
         * @param value the prefix text
         * @return this builder
         * @throws IllegalArgumentException if it is not a valid prefix
         */
        public Builder tablePrefix(String value) {
            return tablePrefix(TablePrefix.of(value));
        }

        /**
         * Sets the table prefix.
         *
         * @param value the prefix
         * @return this builder
         */
        public Builder tablePrefix(TablePrefix value) {
            this.prefix = Objects.requireNonNull(value, "prefix");
            return this;
        }

        /**
         * Sets what personal data is stored as ({@link PersonalDataCodec#PLAIN} unless set).
         *
         * @param value the codec
         * @return this builder
         */
        public Builder personalDataCodec(PersonalDataCodec value) {
            this.codec = Objects.requireNonNull(value, "codec");
            return this;
        }

        /**
         * Turns the transactional outbox on: domain events are written to the outbox table in the
         * transaction of their change, and delivered from there at least once. Off unless set.
         *
         * @param clock the clock that times delivery leases and back-off (the application's clock)
         * @return this builder
         */
        public Builder outbox(Clock clock) {
            this.outboxClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the clock that times the leases of sweep claims and outbox deliveries
         * ({@link LeaseClock#DATABASE} unless set: nodes whose clocks disagree by minutes never take
         * over each other's claims). {@link LeaseClock#CALLER} times them by the callers' clocks, as
         * tests that move a fixed clock to let a lease pass need.
         *
         * @param value the lease clock
         * @return this builder
         */
        public Builder leaseClock(LeaseClock value) {
            this.leaseClock = Objects.requireNonNull(value, "leaseClock");
            return this;
        }

        /**
         * Sets the isolation level of the store's own transactions.
         *
         * @param level a {@code Connection.TRANSACTION_*} level
         * @return this builder
         * @throws IllegalArgumentException if it is not an isolation level
         */
        public Builder isolation(int level) {
            transactions.isolation(level);
            return this;
        }

        /**
         * Sets the dialect instead of detecting it.
         *
         * @param value the dialect
         * @return this builder
         */
        public Builder dialect(Dialect value) {
            transactions.dialect(value);
            return this;
        }

        /**
         * Builds the store and logs its configuration once.
         *
         * @return the store
         */
        public JdbcStore build() {
            return new JdbcStore(this);
        }
    }
}
