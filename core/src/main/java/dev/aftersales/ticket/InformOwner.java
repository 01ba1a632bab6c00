package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: record that the owner was told the result (rule CP-5).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param note what was said, or {@code null}
 */
public record InformOwner(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        @FreeText(message = "{aftersales.ticket.note.blank}")
        String note) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded information of the owner.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static InformOwner from(TicketId ticketId, StepDetails details) {
        return new InformOwner(ticketId, details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.INFORM_OWNER;
    }

    @Override
    public StepDetails details() {
        return StepDetails.ofNote(note);
    }

    @Override
    public String toString() {
        return "InformOwner[ticketId=" + ticketId
                + ", note " + Redaction.text(note)
                + "]";
    }
}
