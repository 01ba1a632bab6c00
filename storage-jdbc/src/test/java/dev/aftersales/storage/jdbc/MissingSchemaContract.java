package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A store used before its schema exists says that the schema is missing and how to create it,
 * rather than an unexplained SQL failure; its {@code toString} names the dialect and the table
 * prefix, never the data source. Subclassed per database.
 */
abstract class MissingSchemaContract extends DatabaseTest {

    /** The SQLState the driver reports for a missing table. */
    abstract String undefinedTableState();

    /** The vendor code the driver reports for a missing table. */
    abstract int undefinedTableVendorCode();

    /** The script directory the advice names. */
    abstract String scriptDirectory();

    @Test
    @DisplayName("a schema that was never created is reported as missing, with migrate() and the Flyway location and prefix")
    void missingSchemaSaysHowToCreateIt() {
        TablePrefix prefix = db.uniquePrefix();
        JdbcStore store = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();

        MissingSchemaException e = assertThrows(MissingSchemaException.class,
                () -> store.estates().findEstate(EstateId.of("E-1")));

        assertEquals(SqlFailure.UNDEFINED_TABLE, e.failure());
        assertFalse(e.isTransient());
        assertEquals(undefinedTableState(), e.sqlState());
        assertEquals(undefinedTableVendorCode(), e.vendorCode());
        String message = e.getMessage();
        assertTrue(message.startsWith("the library's schema with table prefix \"" + prefix + "\" is missing or incomplete: "
                + "UNDEFINED_TABLE (SQLState " + undefinedTableState() + ", vendor code " + undefinedTableVendorCode()
                + ") in: SELECT "), message);
        assertTrue(message.contains("Create or update it with JdbcStore.migrate() (or SchemaMigrator), or point Flyway at "
                + "classpath:db/aftersales/" + scriptDirectory() + " with the placeholder prefix=" + prefix), message);

        store.migrate();
        assertEquals(Optional.empty(), store.estates().findEstate(EstateId.of("E-1")));
    }

    @Test
    @DisplayName("the entry point passes the missing schema on as such")
    void entryPointReportsTheMissingSchema() {
        TablePrefix prefix = db.uniquePrefix();
        JdbcStore store = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        try (AfterSales desk = AfterSales.builder().store(store)
                .clock(Clock.fixed(Instant.parse("2025-06-16T01:00:00Z"), ZoneId.of("Asia/Shanghai"))).build()) {
            MissingSchemaException e = assertThrows(MissingSchemaException.class,
                    () -> desk.openTicketsOfUnit(UnitId.of("U-1"), PageRequest.first(20)));
            assertTrue(e.getMessage().contains("JdbcStore.migrate()"), e.getMessage());
        }
    }

    @Test
    @DisplayName("toString names the dialect once detected, and the table prefix")
    void toStringNamesDialectAndPrefix() {
        TablePrefix prefix = db.uniquePrefix();
        JdbcStore store = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        assertEquals("JdbcStore[dialect not detected yet, table prefix \"" + prefix + "\", outbox off]", store.toString());

        store.migrate();
        store.estates().findEstate(EstateId.of("E-1"));
        Dialect dialect = store.transactions().dialect();
        assertEquals("JdbcStore[" + dialect + ", table prefix \"" + prefix + "\", outbox off]", store.toString());
        assertTrue(store.toString().startsWith("JdbcStore[" + dialect.product() + " "), store.toString());
    }
}
