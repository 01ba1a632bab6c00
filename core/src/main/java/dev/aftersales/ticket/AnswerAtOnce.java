package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Command: answer a consultation, suggestion or praise at once (rules CV-2, CV-4).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param answer the answer given
 */
public record AnswerAtOnce(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.answer.required}")
        @FreeText(message = "{aftersales.ticket.answer.required}")
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        String answer) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded answer.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static AnswerAtOnce from(TicketId ticketId, StepDetails details) {
        return new AnswerAtOnce(ticketId, details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.ANSWER;
    }

    @Override
    public StepDetails details() {
        return StepDetails.ofNote(Objects.requireNonNull(answer, "answer"));
    }

    @Override
    public String toString() {
        return "AnswerAtOnce[ticketId=" + ticketId
                + ", answer " + Redaction.text(answer)
                + "]";
    }
}
