package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Command: record the callback and the customer's satisfaction (rules RP-6, MS-3).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param method phone, email or visit
 * @param satisfaction the score, 1 (very dissatisfied) to 5 (very satisfied)
 * @param note remarks, or {@code null}
 */
public record RecordCallback(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.callbackMethod.required}")
        CallbackMethod method,
        @NotNull(message = "{aftersales.ticket.satisfaction.required}")
        @Min(value = StepDetails.SATISFACTION_MIN, message = "{aftersales.ticket.satisfaction.range}")
        @Max(value = StepDetails.SATISFACTION_MAX, message = "{aftersales.ticket.satisfaction.range}")
        Integer satisfaction,
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        @FreeText(message = "{aftersales.ticket.note.blank}")
        String note) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded callback.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static RecordCallback from(TicketId ticketId, StepDetails details) {
        return new RecordCallback(ticketId, details.callbackMethod(), details.satisfaction(), details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.RECORD_CALLBACK;
    }

    @Override
    public StepDetails details() {
        return StepDetails.callback(method, Objects.requireNonNull(satisfaction, "satisfaction"), note);
    }

    @Override
    public String toString() {
        return "RecordCallback[ticketId=" + ticketId
                + ", method=" + method
                + ", satisfaction=" + satisfaction
                + ", note " + Redaction.text(note)
                + "]";
    }
}
