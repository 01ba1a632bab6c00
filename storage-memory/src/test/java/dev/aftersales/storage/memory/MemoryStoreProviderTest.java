package dev.aftersales.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.aftersales.spi.StoreProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class MemoryStoreProviderTest {

    @Test
    void theMemoryStoreIsRegisteredAsTheDefaultStore() {
        List<StoreProvider> providers = ServiceLoader.load(StoreProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, providers.size());
        assertEquals("memory", providers.get(0).name());
        assertInstanceOf(MemoryStore.class, providers.get(0).create());
        assertNotSame(providers.get(0).create(), providers.get(0).create());
    }
}
