package dev.aftersales.ticket;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
        @Pattern(regexp = CommandPatterns.NOT_BLANK, message = "{aftersales.ticket.note.blank}")
        String note) {

    @Override
    public String toString() {
        return "ClassifyTicket[ticketId=" + ticketId
                + ", validity=" + validity
                + ", note " + Redaction.text(note)
                + "]";
    }
}
