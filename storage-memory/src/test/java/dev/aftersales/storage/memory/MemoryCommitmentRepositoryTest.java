package dev.aftersales.storage.memory;

import dev.aftersales.testkit.tck.CommitmentRepositoryContract;
import dev.aftersales.testkit.tck.CommitmentStoreFixture;

/** The in-memory commitment repository passes the commitment TCK. */
class MemoryCommitmentRepositoryTest extends CommitmentRepositoryContract {

    @Override
    protected CommitmentStoreFixture newStore() {
        MemoryTransactions transactions = new MemoryTransactions();
        return CommitmentStoreFixture.of(new MemoryCommitmentRepository(transactions), transactions);
    }
}
