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
 * @param category the request category the classification gives the ticket (rule PS-1), or
 *                 {@code null} to keep its own
 */
public record ClassifyTicket(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.validity.required}")
        Validity validity,
        @Size(max = StepDetails.NOTE_MAX, message = "{aftersales.ticket.text.size}")
        @FreeText(message = "{aftersales.ticket.note.blank}")
        String note,
        TicketCategory category) implements TicketStepCommand {

    /**
     * Creates the command without a category: the ticket keeps its own.
     *
     * @param ticketId the ticket
     * @param validity valid or invalid (rule CP-3)
     * @param note     a note, or {@code null}
     */
    public ClassifyTicket(TicketId ticketId, Validity validity, String note) {
        this(ticketId, validity, note, null);
    }

    /**
     * Returns a copy that also gives the ticket a request category (rule PS-1): terms that start
     * at or after the classification are selected by it; the timeline keeps what it was before.
     *
     * @param newCategory the category, or {@code null} to keep the ticket's
     * @return the copy
     */
    public ClassifyTicket withCategory(TicketCategory newCategory) {
        return new ClassifyTicket(ticketId, validity, note, newCategory);
    }

    /**
     * Obtains the command of a recorded judgement.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static ClassifyTicket from(TicketId ticketId, StepDetails details) {
        return new ClassifyTicket(ticketId, details.validity(), details.note(), details.category());
    }

    @Override
    public TicketStep step() {
        Objects.requireNonNull(validity, "validity");
        return validity == Validity.VALID ? TicketStep.CLASSIFY_VALID : TicketStep.CLASSIFY_INVALID;
    }

    @Override
    public StepDetails details() {
        return StepDetails.classify(validity, category, note);
    }

    @Override
    public TicketRecord applyEffect(TicketRecord ticket) {
        return category == null ? ticket : ticket.withCategory(category);
    }

    @Override
    public String toString() {
        return "ClassifyTicket[ticketId=" + ticketId
                + ", validity=" + validity
                + (category == null ? "" : ", category=" + category.code())
                + ", note " + Redaction.text(note)
                + "]";
    }
}
