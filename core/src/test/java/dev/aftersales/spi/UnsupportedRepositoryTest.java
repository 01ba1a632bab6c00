package dev.aftersales.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.step.FakeStore;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MS-2: a store written before callback rounds existed compiles, and says which repository it lacks. */
class UnsupportedRepositoryTest {

    @Test
    @DisplayName("MS-2 a store without callback rounds throws a typed exception naming the repository, in English and Chinese")
    void ms2_storeWithoutRoundsNamesTheRepository() {
        AfterSalesStore store = FakeStore.direct();
        UnsupportedRepositoryException e = assertThrows(UnsupportedRepositoryException.class, store::callbackRounds);
        assertEquals("CallbackRoundRepository", e.repository());
        assertEquals("this store does not provide the CallbackRoundRepository", e.getMessage());
        assertEquals("this store does not provide the CallbackRoundRepository", e.message(Locale.ENGLISH));
        assertEquals("此存储未提供 CallbackRoundRepository", e.message(Locale.SIMPLIFIED_CHINESE));
    }
}
