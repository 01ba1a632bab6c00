package dev.aftersales.ticket;

import dev.aftersales.common.validation.InSupportedRange;
import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Command: record a new resolution time agreed with the owner (rules CP-5, SL-11).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param newTime the agreed resolution time, in {@link dev.aftersales.common.SupportedRange} (rule IN-2)
 * @param reason why more time is needed
 */
public record AgreeNewTime(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.newTime.required}")
        @InSupportedRange
        Instant newTime,
        @NotNull(message = "{aftersales.ticket.reason.required}")
        @FreeText(message = "{aftersales.ticket.reason.required}")
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        String reason) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded new resolution time.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static AgreeNewTime from(TicketId ticketId, StepDetails details) {
        return new AgreeNewTime(ticketId, details.agreedTime(), details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.AGREE_NEW_TIME;
    }

    @Override
    public StepDetails details() {
        return StepDetails.newTime(newTime, reason);
    }

    @Override
    public String toString() {
        return "AgreeNewTime[ticketId=" + ticketId
                + ", newTime=" + newTime
                + ", reason " + Redaction.text(reason)
                + "]";
    }
}
