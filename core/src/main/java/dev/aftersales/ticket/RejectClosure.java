package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Command: record that the owner rejected the closure (rule RP-5).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param reason why the owner rejected it
 */
public record RejectClosure(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.reason.required}")
        @FreeText(message = "{aftersales.ticket.reason.required}")
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        String reason) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded rejected closure.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static RejectClosure from(TicketId ticketId, StepDetails details) {
        return new RejectClosure(ticketId, details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.REJECT_CLOSURE;
    }

    @Override
    public StepDetails details() {
        return StepDetails.ofNote(Objects.requireNonNull(reason, "reason"));
    }

    @Override
    public String toString() {
        return "RejectClosure[ticketId=" + ticketId
                + ", reason " + Redaction.text(reason)
                + "]";
    }
}
