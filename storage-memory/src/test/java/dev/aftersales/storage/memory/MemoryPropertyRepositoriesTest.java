package dev.aftersales.storage.memory;

import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.UnitOfWork;
import dev.aftersales.spi.UnitRepository;
import dev.aftersales.testkit.tck.PropertyRepositoriesContract;
import dev.aftersales.testkit.tck.PropertyStoreFixture;

/** The in-memory store passes the property TCK. */
class MemoryPropertyRepositoriesTest extends PropertyRepositoriesContract {

    @Override
    protected PropertyStoreFixture newStore() {
        MemoryTransactions transactions = new MemoryTransactions();
        EstateRepository estates = new MemoryEstateRepository(transactions);
        UnitRepository units = new MemoryUnitRepository(transactions);
        OwnerRepository owners = new MemoryOwnerRepository(transactions);
        OwnershipRepository ownerships = new MemoryOwnershipRepository(transactions);
        return new PropertyStoreFixture() {
            @Override
            public EstateRepository estates() {
                return estates;
            }

            @Override
            public UnitRepository units() {
                return units;
            }

            @Override
            public OwnerRepository owners() {
                return owners;
            }

            @Override
            public OwnershipRepository ownerships() {
                return ownerships;
            }

            @Override
            public UnitOfWork unitOfWork() {
                return transactions;
            }
        };
    }
}
