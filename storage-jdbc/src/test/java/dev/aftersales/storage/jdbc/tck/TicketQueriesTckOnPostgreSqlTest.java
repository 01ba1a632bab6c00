package dev.aftersales.storage.jdbc.tck;

import dev.aftersales.storage.jdbc.DatabaseKind;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.testkit.tck.TicketQueriesContract;
import dev.aftersales.testkit.tck.TicketStoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("TicketQueries TCK on PostgreSQL")
class TicketQueriesTckOnPostgreSqlTest extends TicketQueriesContract {

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
    protected TicketStoreFixture newStore() {
        JdbcStore store = database.freshStore();
        return TicketStoreFixture.of(store.tickets(), store.unitOfWork());
    }
}
