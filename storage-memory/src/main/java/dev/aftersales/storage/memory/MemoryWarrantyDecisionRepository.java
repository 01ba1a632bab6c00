package dev.aftersales.storage.memory;

import dev.aftersales.common.Versioned;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.WarrantyDecisionRepository;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.warranty.WarrantyDecisionEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Warranty decisions in memory, append-only: one {@link MemoryTable} row per entry, keyed by
 * ticket and sequence and inserted once, sharing the store's {@link MemoryTransactions}. An append
 * checks that its sequence is the ticket's next one and inserts it in one unit of work, so of two
 * concurrent appends of the same sequence one fails. Thread-safe; logs nothing.
 */
public final class MemoryWarrantyDecisionRepository implements WarrantyDecisionRepository {

    private static final Comparator<Row> BY_SEQUENCE = Comparator.comparingInt(r -> r.entry().sequence());

    private final MemoryTransactions transactions;
    private final MemoryTable<Row> rows;

    /**
     * Creates an empty table.
     *
     * @param transactions the store's transaction manager, shared with its other repositories
     */
    public MemoryWarrantyDecisionRepository(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.rows = new MemoryTable<>("warrantyDecisions", transactions);
    }

    @Override
    public WarrantyDecisionEntry append(WarrantyDecisionEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return transactions.inTransaction(() -> {
            int stored = decisionsOf(entry.ticket()).size();
            if (entry.sequence() != stored + 1) {
                throw new StaleWriteException("WarrantyDecisionEntry", entry.keyText(), entry.sequence() - 1L, stored);
            }
            return rows.save(new Row(entry, 0)).entry();
        });
    }

    @Override
    public List<WarrantyDecisionEntry> decisionsOf(TicketId ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return rows.select(r -> r.entry().ticket().equals(ticket), BY_SEQUENCE).stream().map(Row::entry).toList();
    }

    /** An entry as a versioned row of the table: inserted at version 1, never updated. */
    private record Row(WarrantyDecisionEntry entry, long version) implements Versioned<Row> {

        @Override
        public Row withVersion(long version) {
            return new Row(entry, version);
        }

        @Override
        public String idText() {
            return entry.keyText();
        }
    }
}
