package dev.aftersales.storage.memory;

import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.StoreProvider;

/**
 * Registers the in-memory store as the default store ({@link java.util.ServiceLoader}), used when
 * an application builds the library without naming a store.
 */
public final class MemoryStoreProvider implements StoreProvider {

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public MemoryStoreProvider() {
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public AfterSalesStore create() {
        return MemoryStore.create();
    }
}
