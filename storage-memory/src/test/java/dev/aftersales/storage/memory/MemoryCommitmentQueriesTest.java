package dev.aftersales.storage.memory;

import dev.aftersales.testkit.tck.CommitmentQueriesContract;
import dev.aftersales.testkit.tck.CommitmentStoreFixture;

/** The in-memory commitment repository passes the commitment query TCK. */
class MemoryCommitmentQueriesTest extends CommitmentQueriesContract {

    @Override
    protected CommitmentStoreFixture newStore() {
        MemoryTransactions transactions = new MemoryTransactions();
        return CommitmentStoreFixture.of(new MemoryCommitmentRepository(transactions), transactions);
    }
}
