package dev.aftersales.ticket;

import jakarta.validation.constraints.NotNull;

/**
 * Command: resume handling in the state it was in before waiting (rule CP-10), step {@link
 * TicketStep#RESUME}. It carries nothing but the ticket.
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 *
 * @param ticketId the ticket
 */
public record ResumeHandling(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded resumption.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded (nothing)
     * @return the command
     */
    public static ResumeHandling from(TicketId ticketId, StepDetails details) {
        return new ResumeHandling(ticketId);
    }

    @Override
    public TicketStep step() {
        return TicketStep.RESUME;
    }

    @Override
    public StepDetails details() {
        return StepDetails.none();
    }
}
