package dev.aftersales.warranty;

import dev.aftersales.common.Actor;
import dev.aftersales.ticket.TicketId;

import java.time.Instant;
import java.util.Objects;

/**
 * One warranty decision recorded on a repair ticket (rules WA-1, WA-2, WA-6): which decision, by
 * whom and when. A ticket's entries are numbered 1, 2, ... in the order they were recorded; a later
 * decision (a cause found on site) is another entry and never replaces an earlier one.
 *
 * @param ticket    the repair ticket
 * @param sequence  the entry's number on the ticket, from 1
 * @param decision  the coverage decision
 * @param decidedBy who recorded it
 * @param decidedAt when it was recorded
 */
public record WarrantyDecisionEntry(TicketId ticket, int sequence, CoverageDecision decision, Actor decidedBy,
                                    Instant decidedAt) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the sequence is less than 1
     */
    public WarrantyDecisionEntry {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence: 1 or more, got " + sequence);
        }
    }

    /**
     * Creates the entry that follows a ticket's existing entries.
     *
     * @param ticket    the ticket
     * @param previous  the number of entries already recorded on it
     * @param decision  the decision
     * @param decidedBy who records it
     * @param decidedAt when
     * @return the entry numbered {@code previous + 1}
     */
    public static WarrantyDecisionEntry next(TicketId ticket, int previous, CoverageDecision decision, Actor decidedBy,
                                             Instant decidedAt) {
        return new WarrantyDecisionEntry(ticket, previous + 1, decision, decidedBy, decidedAt);
    }

    /**
     * Tells whether the repair of this decision is paid by the owner (rule WA-2): the decision is not
     * {@link CoverageOutcome#COVERED}.
     *
     * @return true unless covered
     */
    public boolean paidRepair() {
        return decision.paidRepairOffered();
    }

    /**
     * Gets the entry's key text, {@code <ticket>#<sequence>}, for error messages.
     *
     * @return the key text
     */
    public String keyText() {
        return ticket.value() + "#" + sequence;
    }
}
