package dev.aftersales.storage.jdbc.tck;

import dev.aftersales.storage.jdbc.DatabaseKind;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.testkit.tck.TicketRepositoryContract;
import dev.aftersales.testkit.tck.TicketStoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("TicketRepository TCK on MariaDB")
class TicketRepositoryTckOnMariaDbTest extends TicketRepositoryContract {

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
    protected TicketStoreFixture newStore() {
        JdbcStore store = database.freshStore();
        return TicketStoreFixture.of(store.tickets(), store.unitOfWork());
    }
}
