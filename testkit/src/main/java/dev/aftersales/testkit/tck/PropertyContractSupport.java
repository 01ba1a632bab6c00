package dev.aftersales.testkit.tck;

import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the property TCK classes: a fresh store before every test. Extend
 * {@link PropertyRepositoriesContract} to run them all; extend one of the per-repository contracts
 * to run only its tests.
 */
public abstract class PropertyContractSupport {

    /** The store under test, fresh and empty before every test. */
    protected PropertyStoreFixture store;

    /** Creates the contract. */
    protected PropertyContractSupport() {
    }

    /**
     * Creates a fresh, empty store. Called before every test.
     *
     * @return the store's repositories and unit of work
     */
    protected abstract PropertyStoreFixture newStore();

    /** Opens a fresh store for the next test. */
    @BeforeEach
    void openFreshStore() {
        store = newStore();
    }
}
