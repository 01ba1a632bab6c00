package dev.aftersales.storage.memory;

import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.testkit.tck.StoreContract;

/** The in-memory store passes the whole storage TCK. */
class MemoryStoreTest extends StoreContract {

    @Override
    protected AfterSalesStore newStore() {
        return MemoryStore.create();
    }
}
