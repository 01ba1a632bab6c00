package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;

/**
 * Command: a consultation (咨询), answered at once where possible (rules CV-2, CV-4).
 * The reporter's contact data and the description may be personal data, so {@code toString}
 * withholds them (rule EU-4). The common fields are checked as {@link IntakeCommand} says.
 *
 * @param location      where the matter is: a unit or a common area
 * @param reporter      who raised it: an owner, a non-owner contact, or staff
 * @param channel       the channel it came through
 * @param receivingUnit the department that received it (rule CP-4)
 * @param description   what the customer said, 1 to {@value TicketIntake#DESCRIPTION_MAX} characters
 * @param category      the category of the request (rule PS-1), or {@code null}
 */
public record AskQuestion(
        TicketLocation location,
        Reporter reporter,
        Channel channel,
        DepartmentId receivingUnit,
        String description,
        TicketCategory category) implements IntakeCommand {

    /**
     * Creates the command without a category.
     *
     * @param location      what it is about
     * @param reporter      who asked
     * @param channel       the channel it came through
     * @param receivingUnit the department that received it
     * @param description   the question
     */
    public AskQuestion(TicketLocation location, Reporter reporter, Channel channel, DepartmentId receivingUnit,
                       String description) {
        this(location, reporter, channel, receivingUnit, description, null);
    }

    /**
     * Returns a copy of the command for a request of a category (rule PS-1: policies may be
     * selected per estate and category).
     *
     * @param newCategory the category, or {@code null} for none
     * @return the copy
     */
    public AskQuestion withCategory(TicketCategory newCategory) {
        return new AskQuestion(location, reporter, channel, receivingUnit, description, newCategory);
    }

    @Override
    public TicketIntake toIntake(TicketLocation at) {
        return TicketIntake.of(TicketKind.CONSULTATION, at, reporter, channel, description).withCategory(category);
    }

    @Override
    public String toString() {
        return Redaction.intakeCommand(this, "", "");
    }
}
