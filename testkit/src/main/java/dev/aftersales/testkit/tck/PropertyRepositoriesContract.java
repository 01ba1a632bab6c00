package dev.aftersales.testkit.tck;

import org.junit.jupiter.api.Nested;

/**
 * The storage TCK of the property slice: every contract of {@link dev.aftersales.spi.EstateRepository},
 * {@link dev.aftersales.spi.UnitRepository}, {@link dev.aftersales.spi.OwnerRepository},
 * {@link dev.aftersales.spi.OwnershipRepository} and their shared {@link dev.aftersales.spi.UnitOfWork}.
 *
 * <p>An adapter author extends this class and implements {@link #newStore()}, returning a fresh,
 * empty store for each test:
 * <pre>{@code
 * class MyStorePropertyTest extends PropertyRepositoriesContract {
 *     protected PropertyStoreFixture newStore() {
 *         MyStore s = MyStore.createEmpty();
 *         return new PropertyStoreFixture() { ... s.estates() ... s.unitOfWork() ... };
 *     }
 * }
 * }</pre>
 * JUnit runs the nested contract classes below against that factory.
 */
public abstract class PropertyRepositoriesContract {

    /** Creates the contract. */
    protected PropertyRepositoriesContract() {
    }

    /**
     * Creates a fresh, empty store. Called before every test of every nested contract.
     *
     * @return the store's repositories and unit of work
     */
    protected abstract PropertyStoreFixture newStore();

    /** The contracts of the estate repository. */
    @Nested
    class Estates extends EstateRepositoryContract {
        @Override
        protected PropertyStoreFixture newStore() {
            return PropertyRepositoriesContract.this.newStore();
        }
    }

    /** The contracts of the unit repository. */
    @Nested
    class Units extends UnitRepositoryContract {
        @Override
        protected PropertyStoreFixture newStore() {
            return PropertyRepositoriesContract.this.newStore();
        }
    }

    /** The contracts of the owner repository. */
    @Nested
    class Owners extends OwnerRepositoryContract {
        @Override
        protected PropertyStoreFixture newStore() {
            return PropertyRepositoriesContract.this.newStore();
        }
    }

    /** The contracts of the ownership repository. */
    @Nested
    class Ownerships extends OwnershipRepositoryContract {
        @Override
        protected PropertyStoreFixture newStore() {
            return PropertyRepositoriesContract.this.newStore();
        }
    }

    /** Units of work and concurrent writes across the repositories. */
    @Nested
    class UnitsOfWork extends PropertyConcurrencyContract {
        @Override
        protected PropertyStoreFixture newStore() {
            return PropertyRepositoriesContract.this.newStore();
        }
    }
}
