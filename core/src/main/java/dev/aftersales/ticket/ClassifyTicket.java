package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Command: judge a ticket valid or invalid (rules CP-3, CP-6).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param validity valid or invalid
 * @param note the reasoning, or {@code null}
 */
public record ClassifyTicket(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.validity.required}")
        Validity validity,
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        @FreeText(message = "{aftersales.ticket.note.blank}")
        String note) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded judgement.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static ClassifyTicket from(TicketId ticketId, StepDetails details) {
        return new ClassifyTicket(ticketId, details.validity(), details.note());
    }

    @Override
    public TicketStep step() {
        Objects.requireNonNull(validity, "validity");
        return validity == Validity.VALID ? TicketStep.CLASSIFY_VALID : TicketStep.CLASSIFY_INVALID;
    }

    @Override
    public StepDetails details() {
        return StepDetails.classify(validity, note);
    }

    @Override
    public String toString() {
        return "ClassifyTicket[ticketId=" + ticketId
                + ", validity=" + validity
                + ", note " + Redaction.text(note)
                + "]";
    }
}
