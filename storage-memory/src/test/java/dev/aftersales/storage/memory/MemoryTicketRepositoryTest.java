package dev.aftersales.storage.memory;

import dev.aftersales.testkit.tck.TicketRepositoryContract;
import dev.aftersales.testkit.tck.TicketStoreFixture;

/** The in-memory ticket repository passes the ticket TCK's write contracts. */
class MemoryTicketRepositoryTest extends TicketRepositoryContract {

    @Override
    protected TicketStoreFixture newStore() {
        MemoryTransactions transactions = new MemoryTransactions();
        return TicketStoreFixture.of(new MemoryTicketRepository(transactions), transactions);
    }
}
