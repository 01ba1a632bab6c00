package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: the owner could not be reached for the callback (rule RP-6), step
 * {@link TicketStep#CALLBACK_UNREACHABLE}: the callback is waived with that reason and the ticket
 * may close. Legal only after at least {@link Ticket#CALLBACK_ATTEMPTS} attempts
 * ({@link RecordCallbackAttempt}) since the owner confirmed the closure; with fewer, the step is
 * refused with an {@link IllegalTicketStepException} that says how many were recorded.
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param note     remarks, or {@code null}
 */
public record MarkCallbackUnreachable(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        @FreeText(message = "{aftersales.ticket.note.blank}")
        String note) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded waiver.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static MarkCallbackUnreachable from(TicketId ticketId, StepDetails details) {
        return new MarkCallbackUnreachable(ticketId, details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.CALLBACK_UNREACHABLE;
    }

    @Override
    public StepDetails details() {
        return StepDetails.ofNote(note);
    }

    /** Refuses the waiver when fewer than {@link Ticket#CALLBACK_ATTEMPTS} attempts were recorded (rule RP-6). */
    @Override
    public TicketRecord applyEffect(TicketRecord ticket) {
        int attempts = ticket.callbackAttempts();
        if (attempts < Ticket.CALLBACK_ATTEMPTS) {
            throw new IllegalTicketStepException(ticket.id(), TicketState.CLOSURE_CONFIRMED, step(),
                    "the owner counts as unreachable after " + Ticket.CALLBACK_ATTEMPTS
                            + " callback attempts since the closure was confirmed, " + attempts + " recorded (rule RP-6)",
                    "业主确认结案后回访 " + Ticket.CALLBACK_ATTEMPTS + " 次未联系上才算联系不上，已记录 " + attempts
                            + " 次（规则 RP-6）");
        }
        return ticket;
    }

    @Override
    public String toString() {
        return "MarkCallbackUnreachable[ticketId=" + ticketId + ", note " + Redaction.text(note) + "]";
    }
}
