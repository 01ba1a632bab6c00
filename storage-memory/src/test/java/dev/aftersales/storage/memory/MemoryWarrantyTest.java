package dev.aftersales.storage.memory;

import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.testkit.tck.WarrantyContract;

/** The in-memory store passes the warranty contracts (rules WA-1, WA-2, WA-5, WA-6). */
class MemoryWarrantyTest extends WarrantyContract {

    @Override
    protected AfterSalesStore newStore() {
        return MemoryStore.create();
    }
}
