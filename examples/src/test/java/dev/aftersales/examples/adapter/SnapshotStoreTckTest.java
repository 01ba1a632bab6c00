package dev.aftersales.examples.adapter;

import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.testkit.tck.StoreContract;
import org.junit.jupiter.api.DisplayName;

/**
 * Proves the integrator's own {@link SnapshotStore} with the whole storage TCK: the property
 * repositories' contracts (EU-1..EU-3), atomic units of work and 8-thread stale-write races, ticket
 * writes, every ticket query with its order and paging, and the commitment contracts (claims by
 * 8 racing sweepers, each firing recorded exactly once (SL-8, SL-9), the outbox, the MS-1 and SL-14
 * queries). This class is all an adapter author writes to run the TCK.
 */
@DisplayName("SnapshotStore, an integrator's own adapter, passes the storage TCK")
class SnapshotStoreTckTest extends StoreContract {

    @Override
    protected AfterSalesStore newStore() {
        return new SnapshotStore();
    }
}
