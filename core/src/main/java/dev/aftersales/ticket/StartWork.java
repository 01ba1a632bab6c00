package dev.aftersales.ticket;

import jakarta.validation.constraints.NotNull;

/**
 * Command: record that handling started (rule RP-4; for repairs and complaints only once a plan was
 * agreed, rules RP-3, CP-7), step {@link TicketStep#START_WORK}. It carries nothing but the ticket.
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 *
 * @param ticketId the ticket
 */
public record StartWork(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded start of work.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded (nothing)
     * @return the command
     */
    public static StartWork from(TicketId ticketId, StepDetails details) {
        return new StartWork(ticketId);
    }

    @Override
    public TicketStep step() {
        return TicketStep.START_WORK;
    }

    @Override
    public StepDetails details() {
        return StepDetails.none();
    }
}
