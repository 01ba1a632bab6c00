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
 */
public record ReportRepair(
        TicketLocation location,
        Reporter reporter,
        Channel channel,
        @NotNull(message = "{aftersales.ticket.urgency.required}")
        Urgency urgency,
        DepartmentId receivingUnit,
        String description) implements IntakeCommand {

    @Override
    public TicketIntake toIntake(TicketLocation at) {
        return TicketIntake.repair(at, reporter, channel, urgency, description);
    }

    @Override
    public String toString() {
        return Redaction.intakeCommand(this, "", ", urgency=" + urgency);
    }
}
