package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: put handling on hold, waiting for the owner or a third party (rule CP-10).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param reason for whom it waits
 * @param note details, or {@code null}
 */
public record StartWaiting(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.waitingReason.required}")
        WaitingReason reason,
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        @FreeText(message = "{aftersales.ticket.note.blank}")
        String note) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded start of waiting.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static StartWaiting from(TicketId ticketId, StepDetails details) {
        return new StartWaiting(ticketId, details.waitingReason(), details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.WAIT;
    }

    @Override
    public StepDetails details() {
        return StepDetails.waiting(reason, note);
    }

    @Override
    public String toString() {
        return "StartWaiting[ticketId=" + ticketId
                + ", reason=" + reason
                + ", note " + Redaction.text(note)
                + "]";
    }
}
