package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Command: the owner declined the callback (rule RP-6), step {@link TicketStep#CALLBACK_DECLINED}:
 * the callback is waived with that reason and the ticket may close. The method says how the owner
 * was reached when declining.
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param method   phone, email or visit
 * @param note     remarks, or {@code null}
 */
public record RecordCallbackDeclined(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.callbackMethod.required}")
        CallbackMethod method,
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        @FreeText(message = "{aftersales.ticket.note.blank}")
        String note) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded refusal.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static RecordCallbackDeclined from(TicketId ticketId, StepDetails details) {
        return new RecordCallbackDeclined(ticketId, details.callbackMethod(), details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.CALLBACK_DECLINED;
    }

    @Override
    public StepDetails details() {
        return StepDetails.ofNote(note).withCallbackMethod(Objects.requireNonNull(method, "method"));
    }

    @Override
    public String toString() {
        return "RecordCallbackDeclined[ticketId=" + ticketId + ", method=" + method + ", note " + Redaction.text(note) + "]";
    }
}
