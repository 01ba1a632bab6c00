package dev.aftersales.ticket;

import dev.aftersales.common.AfterSalesException;

/**
 * Thrown when a step is not legal for a ticket in its current state (see the table on
 * {@link Ticket}). The ticket is left exactly as it was: state, timeline and pending events.
 * The message names the ticket, its state and the step, and why, never personal data (rule EU-4).
 */
public class IllegalTicketStepException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final TicketId ticketId;
    private final TicketState state;
    private final TicketStep step;

    /**
     * Creates the exception.
     *
     * @param ticketId the ticket
     * @param state    its current state
     * @param step     the refused step
     * @param reason   why it is refused
     */
    public IllegalTicketStepException(TicketId ticketId, TicketState state, TicketStep step, String reason) {
        super("ticket " + ticketId + " in state " + state + " cannot take step " + step + ": " + reason);
        this.ticketId = ticketId;
        this.state = state;
        this.step = step;
    }

    /**
     * Returns the ticket whose step was refused.
     *
     * @return the ticket id
     */
    public TicketId ticketId() {
        return ticketId;
    }

    /**
     * Returns the ticket's state when the step was refused.
     *
     * @return the state
     */
    public TicketState state() {
        return state;
    }

    /**
     * Returns the refused step.
     *
     * @return the step
     */
    public TicketStep step() {
        return step;
    }
}
