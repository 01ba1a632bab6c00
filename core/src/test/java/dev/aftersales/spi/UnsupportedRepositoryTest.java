package dev.aftersales.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A store written before the warranty repositories and callback rounds keeps compiling and fails with a typed, named error. */
class UnsupportedRepositoryTest {

    /** A store implementing only what a store had to implement before the warranty repositories. */
    private static AfterSalesStore olderStore() {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new UnsupportedOperationException(method.getName());
        };
        return (AfterSalesStore) Proxy.newProxyInstance(AfterSalesStore.class.getClassLoader(),
                new Class<?>[] {AfterSalesStore.class}, handler);
    }

    @Test
    @DisplayName("the warranty accessors of a store without them throw UnsupportedRepositoryException naming the repository")
    void defaultAccessorsThrowNamingTheRepository() {
        AfterSalesStore store = olderStore();
        UnsupportedRepositoryException settings = assertThrows(UnsupportedRepositoryException.class,
                store::warrantySettings);
        assertEquals("WarrantySettingsRepository", settings.repository());
        assertTrue(settings.getMessage().contains("WarrantySettingsRepository"), settings.getMessage());
        UnsupportedRepositoryException decisions = assertThrows(UnsupportedRepositoryException.class,
                store::warrantyDecisions);
        assertEquals("WarrantyDecisionRepository", decisions.repository());
    }

    @Test
    @DisplayName("the message is in English and, for a Chinese locale, in Chinese, both naming the repository")
    void messagesInBothLanguages() {
        UnsupportedRepositoryException e = new UnsupportedRepositoryException("WarrantyDecisionRepository");
        assertEquals(e.getMessage(), e.message(Locale.ENGLISH));
        assertTrue(e.message(Locale.ENGLISH).startsWith("this store does not provide the WarrantyDecisionRepository"));
        assertTrue(e.message(Locale.CHINA).startsWith("此存储不提供WarrantyDecisionRepository"), e.message(Locale.CHINA));
    }

    @Test
    @DisplayName("MS-2 a store without callback rounds throws UnsupportedRepositoryException naming the repository")
    void ms2_storeWithoutRoundsNamesTheRepository() {
        UnsupportedRepositoryException e = assertThrows(UnsupportedRepositoryException.class,
                olderStore()::callbackRounds);
        assertEquals("CallbackRoundRepository", e.repository());
        assertTrue(e.message(Locale.CHINA).startsWith("此存储不提供CallbackRoundRepository"), e.message(Locale.CHINA));
    }

    @Test
    @DisplayName("WA-3 a store without maintenance plans throws UnsupportedRepositoryException naming the repository")
    void wa3_storeWithoutMaintenanceNamesTheRepository() {
        UnsupportedRepositoryException e = assertThrows(UnsupportedRepositoryException.class,
                olderStore()::maintenance);
        assertEquals("MaintenanceRepository", e.repository());
    }
}
