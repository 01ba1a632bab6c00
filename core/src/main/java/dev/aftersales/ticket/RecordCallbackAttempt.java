package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Command: record a callback that did not reach the owner (rule RP-6), step
 * {@link TicketStep#RECORD_CALLBACK_ATTEMPT}: the phone was not answered, the email got no reply,
 * nobody was home. The ticket keeps waiting for its callback; after
 * {@link Ticket#CALLBACK_ATTEMPTS} attempts the callback may be waived as unreachable
 * ({@link MarkCallbackUnreachable}).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param method   phone, email or visit
 * @param note     remarks, or {@code null}
 */
public record RecordCallbackAttempt(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.callbackMethod.required}")
        CallbackMethod method,
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        @FreeText(message = "{aftersales.ticket.note.blank}")
        String note) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded attempt.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static RecordCallbackAttempt from(TicketId ticketId, StepDetails details) {
        return new RecordCallbackAttempt(ticketId, details.callbackMethod(), details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.RECORD_CALLBACK_ATTEMPT;
    }

    @Override
    public StepDetails details() {
        return StepDetails.ofNote(note).withCallbackMethod(Objects.requireNonNull(method, "method"));
    }

    @Override
    public String toString() {
        return "RecordCallbackAttempt[ticketId=" + ticketId + ", method=" + method + ", note " + Redaction.text(note) + "]";
    }
}
