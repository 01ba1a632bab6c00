package dev.aftersales.spi;

import dev.aftersales.ticket.TicketId;
import dev.aftersales.warranty.WarrantyDecisionEntry;

import java.util.List;

/**
 * Stores the warranty decisions recorded on repair tickets (rules WA-1, WA-2, WA-6), append-only:
 * an entry is never changed or removed, and a ticket's entries are numbered 1, 2, ... without gaps.
 *
 * <p>An append joins the calling thread's {@link UnitOfWork} if one is open, else it is atomic on
 * its own; reads see the calling thread's own uncommitted appends and never another thread's;
 * implementations are thread-safe. The instant of an entry is kept at least to the microsecond.
 */
public interface WarrantyDecisionRepository {

    /**
     * Appends an entry to its ticket. Atomic; joins the current unit of work.
     *
     * @param entry the entry; its sequence must be one more than the number of entries stored for
     *              its ticket
     * @return the stored entry
     * @throws NullPointerException if the entry is null
     * @throws StaleWriteException  if the sequence is not the next one of the ticket (another
     *                              writer appended first, or a gap); nothing is written
     */
    WarrantyDecisionEntry append(WarrantyDecisionEntry entry);

    /**
     * Lists a ticket's entries in the order they were recorded.
     *
     * @param ticket the ticket
     * @return the entries by sequence, empty if none
     * @throws NullPointerException if the ticket is null
     */
    List<WarrantyDecisionEntry> decisionsOf(TicketId ticket);
}
