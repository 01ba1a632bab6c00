package dev.aftersales.testkit.tck;

import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.UnitOfWork;
import dev.aftersales.spi.UnitRepository;
import org.junit.jupiter.api.Nested;

/**
 * The storage TCK: every contract of the storage SPI, run against one adapter. An integrator
 * proves an adapter by extending this class and returning a fresh, empty store from
 * {@link #newStore()}:
 *
 * <pre>{@code
 * class MyStoreTest extends StoreContract {
 *     @Override
 *     protected AfterSalesStore newStore() {
 *         return MyStore.create();
 *     }
 * }
 * }</pre>
 *
 * <p>JUnit runs the nested contracts: estates, units, owners, ownerships, property units of work
 * and concurrent stale writes, ticket writes and units of work, ticket queries and paging,
 * commitment writes, claims by concurrent sweepers (each firing recorded exactly once), the
 * outbox of commitment events, commitment queries, policy versions, warranties, and the input every command refuses or keeps
 * exactly (rules IN-1, IN-2). Each
 * test calls {@link #newStore()} once, so stores must not share rows.
 */
public abstract class StoreContract {

    /** Creates the contract; for subclasses. */
    protected StoreContract() {
    }

    /**
     * Returns a fresh, empty store of the adapter under test.
     *
     * @return the store
     */
    protected abstract AfterSalesStore newStore();

    /** The property repositories' contracts. */
    @Nested
    class Property extends PropertyRepositoriesContract {
        @Override
        protected PropertyStoreFixture newStore() {
            return propertyFixture(StoreContract.this.newStore());
        }
    }

    /** The ticket repository's write, concurrency and unit-of-work contracts. */
    @Nested
    class TicketWrites extends TicketRepositoryContract {
        @Override
        protected TicketStoreFixture newStore() {
            AfterSalesStore store = StoreContract.this.newStore();
            return TicketStoreFixture.of(store.tickets(), store);
        }
    }

    /** The ticket repository's query and paging contracts. */
    @Nested
    class TicketQueries extends TicketQueriesContract {
        @Override
        protected TicketStoreFixture newStore() {
            AfterSalesStore store = StoreContract.this.newStore();
            return TicketStoreFixture.of(store.tickets(), store);
        }
    }

    /** The commitment repository's write, claim, exactly-once and outbox contracts, with concurrent sweepers. */
    @Nested
    class CommitmentWrites extends CommitmentRepositoryContract {
        @Override
        protected CommitmentStoreFixture newStore() {
            AfterSalesStore store = StoreContract.this.newStore();
            return CommitmentStoreFixture.of(store.commitments(), store);
        }
    }

    /** The commitment repository's query and paging contracts. */
    @Nested
    class CommitmentQueries extends CommitmentQueriesContract {
        @Override
        protected CommitmentStoreFixture newStore() {
            AfterSalesStore store = StoreContract.this.newStore();
            return CommitmentStoreFixture.of(store.commitments(), store);
        }
    }

    /** The warranty repositories' contracts: settings and append-only decisions (rules WA-1, WA-2, WA-5, WA-6). */
    @Nested
    class Warranty extends WarrantyContract {
        @Override
        protected AfterSalesStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** The stored warranty terms' contract: round trip, period query, derivation by a desk (rule WA-4). */
    @Nested
    class WarrantyTerms extends WarrantyTermContract {
        @Override
        protected AfterSalesStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** The maintenance repository's contract: plans, idempotent tasks, stale completion, overdue order (rule WA-3). */
    @Nested
    class Maintenance extends MaintenanceContract {
        @Override
        protected AfterSalesStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** Maintenance plans through a desk: dates, horizon, completion once, concurrent generation (rule WA-3). */
    @Nested
    class MaintenanceDesk extends MaintenanceDeskContract {
        @Override
        protected AfterSalesStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** The warranty reminders' contract: scheduling, firing exactly once, redelivery, racing desks (rule WA-4). */
    @Nested
    class WarrantyReminders extends WarrantyReminderContract {
        @Override
        protected AfterSalesStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** The policy repository's contracts: versions kept, stale and concurrent registrations (rule SL-13). */
    @Nested
    class Policies extends PolicyRepositoryContract {
        @Override
        protected AfterSalesStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    /** The same input refused and kept alike on every store, through the desk's commands (rules IN-1, IN-2). */
    @Nested
    class CommandInput extends CommandInputContract {
        @Override
        protected AfterSalesStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    static PropertyStoreFixture propertyFixture(AfterSalesStore store) {
        return new PropertyStoreFixture() {
            @Override
            public EstateRepository estates() {
                return store.estates();
            }

            @Override
            public UnitRepository units() {
                return store.units();
            }

            @Override
            public OwnerRepository owners() {
                return store.owners();
            }

            @Override
            public OwnershipRepository ownerships() {
                return store.ownerships();
            }

            @Override
            public UnitOfWork unitOfWork() {
                return store;
            }
        };
    }

    /** The measurement repository's hand-worked KPI cases (rules MS-1, MS-3, RP-6). */
    @Nested
    class CallbackRounds extends CallbackRoundContract {
        @Override
        protected AfterSalesStore newStore() {
            return StoreContract.this.newStore();
        }
    }

    @Nested
    class Measurement extends MeasurementContract {
        @Override
        protected AfterSalesStore newStore() {
            return StoreContract.this.newStore();
        }
    }
}
