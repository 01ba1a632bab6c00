package dev.aftersales.ticket;

import jakarta.validation.constraints.NotNull;

/**
 * Command: record that the owner confirmed the closure (rule RP-5), step {@link
 * TicketStep#CONFIRM_CLOSURE}. It carries nothing but the ticket.
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 *
 * @param ticketId the ticket
 */
public record ConfirmClosure(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded confirmed closure.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded (nothing)
     * @return the command
     */
    public static ConfirmClosure from(TicketId ticketId, StepDetails details) {
        return new ConfirmClosure(ticketId);
    }

    @Override
    public TicketStep step() {
        return TicketStep.CONFIRM_CLOSURE;
    }

    @Override
    public StepDetails details() {
        return StepDetails.none();
    }
}
