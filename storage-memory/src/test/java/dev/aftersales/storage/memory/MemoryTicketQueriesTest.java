package dev.aftersales.storage.memory;

import dev.aftersales.testkit.tck.TicketQueriesContract;
import dev.aftersales.testkit.tck.TicketStoreFixture;

/** The in-memory ticket repository passes the ticket TCK's query contracts. */
class MemoryTicketQueriesTest extends TicketQueriesContract {

    @Override
    protected TicketStoreFixture newStore() {
        MemoryTransactions transactions = new MemoryTransactions();
        return TicketStoreFixture.of(new MemoryTicketRepository(transactions), transactions);
    }
}
