package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.Valid;
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
 * @param aspects the aspects the customer rated separately (response speed, attitude, result,
 *                each optional; rule MS-3), or {@code null} for none
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
        String note,
        @Valid
        SatisfactionAspects aspects) implements TicketStepCommand {

    /**
     * Creates the command of a callback without rated aspects.
     *
     * @param ticketId     the ticket
     * @param method       phone, email or visit
     * @param satisfaction the score, 1 (very dissatisfied) to 5 (very satisfied)
     * @param note         remarks, or {@code null}
     */
    public RecordCallback(TicketId ticketId, CallbackMethod method, Integer satisfaction, String note) {
        this(ticketId, method, satisfaction, note, null);
    }

    /**
     * Obtains the command of a callback whose customer also rated the aspects of the satisfaction
     * (rule MS-3).
     *
     * @param ticketId     the ticket
     * @param method       phone, email or visit
     * @param satisfaction the overall score, 1 to 5
     * @param aspects      the rated aspects (response speed, attitude, result), each optional
     * @param note         remarks, or {@code null}
     * @return the command, not yet validated
     */
    public static RecordCallback rated(TicketId ticketId, CallbackMethod method, Integer satisfaction,
                                       SatisfactionAspects aspects, String note) {
        return new RecordCallback(ticketId, method, satisfaction, note, aspects);
    }

    /**
     * Obtains the command of a recorded callback.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static RecordCallback from(TicketId ticketId, StepDetails details) {
        return new RecordCallback(ticketId, details.callbackMethod(), details.satisfaction(), details.note(),
                details.aspects());
    }

    @Override
    public TicketStep step() {
        return TicketStep.RECORD_CALLBACK;
    }

    @Override
    public StepDetails details() {
        return StepDetails.callback(method, Objects.requireNonNull(satisfaction, "satisfaction"), note)
                .withAspects(aspects);
    }

    @Override
    public String toString() {
        return "RecordCallback[ticketId=" + ticketId
                + ", method=" + method
                + ", satisfaction=" + satisfaction
                + (aspects == null ? "" : ", aspects=" + aspects)
                + ", note " + Redaction.text(note)
                + "]";
    }
}
