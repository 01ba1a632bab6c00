package dev.aftersales.storage.jdbc.tck;

import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.storage.jdbc.DatabaseKind;
import dev.aftersales.testkit.tck.StoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The JDBC store passes the whole storage TCK on PostgreSQL (skipped, with the reason, if it is not reachable). */
@DisplayName("Storage TCK on PostgreSQL")
class StoreTckOnPostgreSqlTest extends StoreContract {

    static TckDatabase database;

    @BeforeAll
    static void openDatabase() {
        database = TckDatabase.open(DatabaseKind.POSTGRESQL);
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
