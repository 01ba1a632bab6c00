package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Command: record the result the responsible department returns (rule CP-5).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param result the result
 */
public record ReturnResult(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.result.required}")
        @FreeText(message = "{aftersales.ticket.result.required}")
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        String result) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded result.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static ReturnResult from(TicketId ticketId, StepDetails details) {
        return new ReturnResult(ticketId, details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.RETURN_RESULT;
    }

    @Override
    public StepDetails details() {
        return StepDetails.ofNote(Objects.requireNonNull(result, "result"));
    }

    @Override
    public String toString() {
        return "ReturnResult[ticketId=" + ticketId
                + ", result " + Redaction.text(result)
                + "]";
    }
}
