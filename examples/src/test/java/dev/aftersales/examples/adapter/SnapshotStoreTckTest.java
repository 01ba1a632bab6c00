package dev.aftersales.examples.adapter;

import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.testkit.tck.StoreContract;
import org.junit.jupiter.api.DisplayName;

/**
 * Proves the integrator's own {@link SnapshotStore} with the whole storage TCK: the property
 * repositories' contracts (EU-1..EU-3), atomic units of work and 8-thread stale-write races, ticket
 * writes, and every ticket query with its order and paging. This class is all an adapter author
 * writes to run the TCK.
 */
@DisplayName("SnapshotStore, an integrator's own adapter, passes the storage TCK")
class SnapshotStoreTckTest extends StoreContract {

    @Override
    protected AfterSalesStore newStore() {
        return new SnapshotStore();
    }
}
