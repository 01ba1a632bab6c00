package dev.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.common.AfterSalesException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The entry point's builder when the application gives no store (core alone has none on its class path). */
class AfterSalesBuilderTest {

    @Test
    @DisplayName("with no store given and none on the class path, the error says to give the JDBC store to store(...) "
            + "or add the in-memory one, never to add the JDBC jar (which ServiceLoader cannot use without a DataSource)")
    void noStoreSaysHowToGiveOne() {
        AfterSalesException e = assertThrows(AfterSalesException.class, () -> AfterSales.builder().build());
        assertEquals("no store configured and none found on the class path: call store(...) with e.g. "
                + "JdbcStore.create(dataSource).build() (aftersales-storage-jdbc), or add aftersales-storage-memory "
                + "for the in-memory store", e.getMessage());
        assertFalse(e.getMessage().contains("add aftersales-storage-jdbc"), e.getMessage());
    }
}
