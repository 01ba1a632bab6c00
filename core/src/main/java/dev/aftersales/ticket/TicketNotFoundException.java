package dev.aftersales.ticket;

import dev.aftersales.common.AfterSalesException;

/** Thrown when a step names a ticket that is not stored. The message names the ticket id only. */
public class TicketNotFoundException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final TicketId ticketId;

    /**
     * Creates the exception.
     *
     * @param ticketId the missing ticket
     */
    public TicketNotFoundException(TicketId ticketId) {
        super("ticket " + ticketId + " is not stored");
        this.ticketId = ticketId;
    }

    /**
     * Returns the missing ticket's id.
     *
     * @return the ticket id
     */
    public TicketId ticketId() {
        return ticketId;
    }
}
