package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: record that the owner was contacted (rules RP-2, CP-1; with the explanation for an invalid ticket, CP-6).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param note what was said, or {@code null}
 */
public record ContactOwner(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        @FreeText(message = "{aftersales.ticket.note.blank}")
        String note) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded contact with the owner.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static ContactOwner from(TicketId ticketId, StepDetails details) {
        return new ContactOwner(ticketId, details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.CONTACT_OWNER;
    }

    @Override
    public StepDetails details() {
        return StepDetails.ofNote(note);
    }

    @Override
    public String toString() {
        return "ContactOwner[ticketId=" + ticketId
                + ", note " + Redaction.text(note)
                + "]";
    }
}
