package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;
import jakarta.validation.constraints.NotNull;

/**
 * Command: a suggestion or praise from a customer. It may be answered at once (rule CV-2) or
 * handled like any other ticket. The reporter's contact data and the description may be personal
 * data, so {@code toString} withholds them (rule EU-4). The common fields are checked as
 * {@link IntakeCommand} says.
 *
 * @param feedback      suggestion or praise
 * @param location      what it is about: a unit or a common area
 * @param reporter      who gave it: an owner, a non-owner contact, or staff
 * @param channel       the channel it came through
 * @param receivingUnit the department that received it (rule CP-4)
 * @param description   what the customer said, 1 to {@value TicketIntake#DESCRIPTION_MAX} characters
 * @param category      the category of the request (rule PS-1), or {@code null}
 */
public record GiveFeedback(
        @NotNull(message = "{aftersales.ticket.feedback.required}")
        Feedback feedback,
        TicketLocation location,
        Reporter reporter,
        Channel channel,
        DepartmentId receivingUnit,
        String description,
        TicketCategory category) implements IntakeCommand {

    /**
     * Creates the command without a category.
     *
     * @param feedback      a suggestion or praise
     * @param location      what it is about
     * @param reporter      who gave it
     * @param channel       the channel it came through
     * @param receivingUnit the department that received it
     * @param description   what the customer said
     */
    public GiveFeedback(Feedback feedback, TicketLocation location, Reporter reporter, Channel channel,
                        DepartmentId receivingUnit, String description) {
        this(feedback, location, reporter, channel, receivingUnit, description, null);
    }

    /**
     * Returns a copy of the command for a request of a category (rule PS-1: policies may be
     * selected per estate and category).
     *
     * @param newCategory the category, or {@code null} for none
     * @return the copy
     */
    public GiveFeedback withCategory(TicketCategory newCategory) {
        return new GiveFeedback(feedback, location, reporter, channel, receivingUnit, description, newCategory);
    }

    /** The kinds of feedback. */
    public enum Feedback {
        /** A suggestion (建议). */
        SUGGESTION,
        /** Praise (表扬). */
        PRAISE;

        /**
         * Returns the ticket kind of this feedback.
         *
         * @return {@link TicketKind#SUGGESTION} or {@link TicketKind#PRAISE}
         */
        public TicketKind kind() {
            return this == SUGGESTION ? TicketKind.SUGGESTION : TicketKind.PRAISE;
        }
    }

    @Override
    public TicketIntake toIntake(TicketLocation at) {
        return TicketIntake.of(feedback.kind(), at, reporter, channel, description).withCategory(category);
    }

    @Override
    public String toString() {
        return Redaction.intakeCommand(this, feedback + ", ", "");
    }
}
