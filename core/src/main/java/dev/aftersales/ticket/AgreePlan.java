package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Command: record the plan explained to and agreed with the owner (rules RP-3, CP-7).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param plan the plan
 */
public record AgreePlan(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.plan.required}")
        @FreeText(message = "{aftersales.ticket.plan.required}")
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        String plan) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded plan agreement.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static AgreePlan from(TicketId ticketId, StepDetails details) {
        return new AgreePlan(ticketId, details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.AGREE_PLAN;
    }

    @Override
    public StepDetails details() {
        return StepDetails.ofNote(Objects.requireNonNull(plan, "plan"));
    }

    @Override
    public String toString() {
        return "AgreePlan[ticketId=" + ticketId
                + ", plan " + Redaction.text(plan)
                + "]";
    }
}
