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
 */
public record LodgeComplaint(
        TicketLocation location,
        Reporter reporter,
        Channel channel,
        @NotNull(message = "{aftersales.ticket.severity.required}")
        Severity severity,
        DepartmentId receivingUnit,
        String description) implements IntakeCommand {

    @Override
    public TicketIntake toIntake(TicketLocation at) {
        return TicketIntake.complaint(at, reporter, channel, severity, description);
    }

    @Override
    public String toString() {
        return Redaction.intakeCommand(this, "", ", severity=" + severity);
    }
}
