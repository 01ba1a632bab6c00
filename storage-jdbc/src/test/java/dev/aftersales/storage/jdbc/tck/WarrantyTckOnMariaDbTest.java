package dev.aftersales.storage.jdbc.tck;

import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.storage.jdbc.DatabaseKind;
import dev.aftersales.testkit.tck.WarrantyContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/**
 * The JDBC store passes the warranty contracts (rules WA-1, WA-2, WA-5, WA-6) on MariaDB (skipped, with
 * the reason, if it is not reachable).
 */
@DisplayName("Warranty TCK on MariaDB")
class WarrantyTckOnMariaDbTest extends WarrantyContract {

    static TckDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = TckDatabase.open(DatabaseKind.MARIADB);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Override
    protected AfterSalesStore newStore() {
        return database.freshStore();
    }
}
