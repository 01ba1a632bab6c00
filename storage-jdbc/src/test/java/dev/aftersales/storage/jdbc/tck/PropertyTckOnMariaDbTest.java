package dev.aftersales.storage.jdbc.tck;

import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.UnitOfWork;
import dev.aftersales.spi.UnitRepository;
import dev.aftersales.storage.jdbc.DatabaseKind;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.testkit.tck.PropertyRepositoriesContract;
import dev.aftersales.testkit.tck.PropertyStoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Property TCK on MariaDB")
class PropertyTckOnMariaDbTest extends PropertyRepositoriesContract {

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
    protected PropertyStoreFixture newStore() {
        JdbcStore store = database.freshStore();
        return new PropertyStoreFixture() {
            @Override
            public EstateRepository estates() {
                return store.estates();
            }

            @Override
            public UnitRepository units() {
                return store.units();
            }

            @Override
            public OwnerRepository owners() {
                return store.owners();
            }

            @Override
            public OwnershipRepository ownerships() {
                return store.ownerships();
            }

            @Override
            public UnitOfWork unitOfWork() {
                return store.unitOfWork();
            }
        };
    }
}
