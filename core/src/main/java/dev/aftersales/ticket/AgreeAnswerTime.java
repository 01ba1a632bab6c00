package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import dev.aftersales.common.validation.InSupportedRange;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * Command: a question that cannot be answered at once gets its answer by callback at an agreed
 * time (rule CV-2), step {@link TicketStep#AGREE_ANSWER_TIME}, for consultations, suggestions and
 * praise while they are with customer service. The time becomes the deadline of the preset term
 * {@code cv2-answer-at-agreed-time} (SL-11); agreeing again moves it.
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 * Free text may mention people, so {@code toString} withholds it (rule EU-4).
 *
 * @param ticketId the ticket
 * @param answerBy the agreed time of the callback with the answer, in
 *                 {@link dev.aftersales.common.SupportedRange} (rule IN-2)
 * @param note     remarks, or {@code null}
 */
public record AgreeAnswerTime(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.answerBy.required}")
        @InSupportedRange
        Instant answerBy,
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        @FreeText(message = "{aftersales.ticket.note.blank}")
        String note) implements TicketStepCommand {

    /**
     * Obtains the command of a recorded agreement.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static AgreeAnswerTime from(TicketId ticketId, StepDetails details) {
        return new AgreeAnswerTime(ticketId, details.agreedTime(), details.note());
    }

    @Override
    public TicketStep step() {
        return TicketStep.AGREE_ANSWER_TIME;
    }

    @Override
    public StepDetails details() {
        return StepDetails.ofNote(note).withAgreedTime(Objects.requireNonNull(answerBy, "answerBy"));
    }

    @Override
    public String toString() {
        return "AgreeAnswerTime[ticketId=" + ticketId + ", answerBy=" + answerBy + ", note " + Redaction.text(note) + "]";
    }
}
