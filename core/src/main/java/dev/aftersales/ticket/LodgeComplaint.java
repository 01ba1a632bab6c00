package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;
import jakarta.validation.constraints.NotNull;

/**
 * Command: a complaint (投诉), accepted by whichever unit receives it (rules CP-3, CP-4).
 * The reporter's contact data and the description may be personal data, so {@code toString}
 * withholds them (rule EU-4). The common fields are checked as {@link IntakeCommand} says.
 *
 * @param location      where the matter is: a unit or a common area
 * @param reporter      who raised it: an owner, a non-owner contact, or staff
 * @param channel       the channel it came through
 * @param severity general, important or severe (rules CP-3, CP-9)
 * @param receivingUnit the department that received it (rule CP-4)
 * @param description   what the customer said, 1 to {@value TicketIntake#DESCRIPTION_MAX} characters
 * @param category      the category of the request (rule PS-1), or {@code null}
 */
public record LodgeComplaint(
        TicketLocation location,
        Reporter reporter,
        Channel channel,
        @NotNull(message = "{aftersales.ticket.severity.required}")
        Severity severity,
        DepartmentId receivingUnit,
        String description,
        TicketCategory category) implements IntakeCommand {

    /**
     * Creates the command without a category.
     *
     * @param location      what the complaint is about
     * @param reporter      who lodged it
     * @param channel       the channel it came through
     * @param severity      general, important or severe
     * @param receivingUnit the department that received it
     * @param description   what the customer said
     */
    public LodgeComplaint(TicketLocation location, Reporter reporter, Channel channel, Severity severity,
                          DepartmentId receivingUnit, String description) {
        this(location, reporter, channel, severity, receivingUnit, description, null);
    }

    /**
     * Returns a copy of the command for a request of a category (rule PS-1: policies may be
     * selected per estate and category).
     *
     * @param newCategory the category, or {@code null} for none
     * @return the copy
     */
    public LodgeComplaint withCategory(TicketCategory newCategory) {
        return new LodgeComplaint(location, reporter, channel, severity, receivingUnit, description, newCategory);
    }

    @Override
    public TicketIntake toIntake(TicketLocation at) {
        return TicketIntake.complaint(at, reporter, channel, severity, description).withCategory(category);
    }

    @Override
    public String toString() {
        return Redaction.intakeCommand(this, "", ", severity=" + severity);
    }
}
