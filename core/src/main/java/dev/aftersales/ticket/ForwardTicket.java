package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;
import jakarta.validation.constraints.NotNull;

/**
 * Command: forward a ticket from its receiving unit to customer service (rule CP-5), step
 * {@link TicketStep#FORWARD}.
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 *
 * @param ticketId the ticket
 * @param customerService the customer-service department it goes to
 */
public record ForwardTicket(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.department.required}")
        DepartmentId customerService) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded forwarding.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static ForwardTicket from(TicketId ticketId, StepDetails details) {
        return new ForwardTicket(ticketId, details.department());
    }

    @Override
    public TicketStep step() {
        return TicketStep.FORWARD;
    }

    @Override
    public StepDetails details() {
        return StepDetails.forward(customerService);
    }
}
