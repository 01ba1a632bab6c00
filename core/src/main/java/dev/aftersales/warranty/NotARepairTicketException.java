package dev.aftersales.warranty;

import dev.aftersales.common.AfterSalesException;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a warranty decision is to be recorded on a ticket that is not a repair ticket: only
 * a repair report asks whether a defect is under warranty (rules WA-1, WA-2).
 */
public class NotARepairTicketException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final TicketId ticket;
    private final TicketKind kind;

    /**
     * Creates the exception.
     *
     * @param ticket the ticket
     * @param kind   its kind
     */
    public NotARepairTicketException(TicketId ticket, TicketKind kind) {
        super(CoverageDecision.text(Locale.ENGLISH, "error.notRepair", Objects.requireNonNull(ticket, "ticket").value(),
                Objects.requireNonNull(kind, "kind")));
        this.ticket = ticket;
        this.kind = kind;
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese.
     *
     * @param locale the locale
     * @return the message, naming the ticket and its kind
     */
    @Override
    public String message(Locale locale) {
        return CoverageDecision.text(locale, "error.notRepair", ticket.value(), kind);
    }

    /**
     * Gets the ticket.
     *
     * @return the ticket
     */
    public TicketId ticket() {
        return ticket;
    }

    /**
     * Gets the ticket's kind.
     *
     * @return the kind
     */
    public TicketKind kind() {
        return kind;
    }
}
