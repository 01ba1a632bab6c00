package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;
import jakarta.validation.constraints.NotNull;

/**
 * Command: a repair request (报修) on a unit or a common area (rules RP-1, RP-2).
 * The reporter's contact data and the description may be personal data, so {@code toString}
 * withholds them (rule EU-4). The common fields are checked as {@link IntakeCommand} says.
 *
 * @param location      where the matter is: a unit or a common area
 * @param reporter      who raised it: an owner, a non-owner contact, or staff
 * @param channel       the channel it came through
 * @param urgency emergency (as rule RP-2 defines it) or normal
 * @param receivingUnit the department that received it (rule CP-4)
 * @param description   what the customer said, 1 to {@value TicketIntake#DESCRIPTION_MAX} characters
 * @param category      the category of the request (rule PS-1), or {@code null}
 */
public record ReportRepair(
        TicketLocation location,
        Reporter reporter,
        Channel channel,
        @NotNull(message = "{aftersales.ticket.urgency.required}")
        Urgency urgency,
        DepartmentId receivingUnit,
        String description,
        TicketCategory category) implements IntakeCommand {

    /**
     * Creates the command without a category.
     *
     * @param location      where the matter is: a unit or a common area
     * @param reporter      who raised it
     * @param channel       the channel it came through
     * @param urgency       emergency or normal
     * @param receivingUnit the department that received it
     * @param description   what the customer said
     */
    public ReportRepair(TicketLocation location, Reporter reporter, Channel channel, Urgency urgency,
                        DepartmentId receivingUnit, String description) {
        this(location, reporter, channel, urgency, receivingUnit, description, null);
    }

    /**
     * Returns a copy of the command for a request of a category (rule PS-1: policies may be
     * selected per estate and category).
     *
     * @param newCategory the category, or {@code null} for none
     * @return the copy
     */
    public ReportRepair withCategory(TicketCategory newCategory) {
        return new ReportRepair(location, reporter, channel, urgency, receivingUnit, description, newCategory);
    }

    @Override
    public TicketIntake toIntake(TicketLocation at) {
        return TicketIntake.repair(at, reporter, channel, urgency, description).withCategory(category);
    }

    @Override
    public String toString() {
        return Redaction.intakeCommand(this, "", ", urgency=" + urgency);
    }
}
