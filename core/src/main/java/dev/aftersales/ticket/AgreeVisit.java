package dev.aftersales.ticket;

import dev.aftersales.common.validation.InSupportedRange;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Command: record a visit time agreed with the owner (rule RP-2).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 *
 * @param ticketId the ticket
 * @param visitAt the agreed visit time, in {@link dev.aftersales.common.SupportedRange} (rule IN-2)
 */
public record AgreeVisit(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.visitAt.required}")
        @InSupportedRange
        Instant visitAt) implements TicketStepCommand {
    /**
     * Obtains the command of a recorded visit agreement.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static AgreeVisit from(TicketId ticketId, StepDetails details) {
        return new AgreeVisit(ticketId, details.agreedTime());
    }

    @Override
    public TicketStep step() {
        return TicketStep.AGREE_VISIT;
    }

    @Override
    public StepDetails details() {
        return StepDetails.visit(visitAt);
    }
}
