package dev.aftersales.ticket;

import jakarta.validation.constraints.NotNull;

/**
 * Command: close a ticket, after the callback (rule RP-6) or an answer given at once (rule CV-2),
 * step {@link TicketStep#CLOSE}. It carries nothing but the ticket.
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 *
 * @param ticketId the ticket
 */
public record CloseTicket(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded closure.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded (nothing)
     * @return the command
     */
    public static CloseTicket from(TicketId ticketId, StepDetails details) {
        return new CloseTicket(ticketId);
    }

    @Override
    public TicketStep step() {
        return TicketStep.CLOSE;
    }

    @Override
    public StepDetails details() {
        return StepDetails.none();
    }
}
