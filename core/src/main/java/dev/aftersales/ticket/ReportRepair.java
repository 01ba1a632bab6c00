package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: a repair request (报修) on a unit or a common area (rules RP-1, RP-2).
 * The reporter's contact data and the description may be personal data, so {@code toString}
 * withholds them (rule EU-4).
 *
 * @param location      where the matter is: a unit or a common area
 * @param reporter      who raised it: an owner, a non-owner contact, or staff
 * @param channel       the channel it came through
 * @param urgency emergency (as rule RP-2 defines it) or normal
 * @param receivingUnit the department that received it (rule CP-4)
 * @param description   what the customer said, 1 to {@value TicketIntake#DESCRIPTION_MAX} characters
 */
public record ReportRepair(
        @NotNull(message = "{aftersales.ticket.location.required}")
        TicketLocation location,
        @NotNull(message = "{aftersales.ticket.reporter.required}")
        @Valid
        Reporter reporter,
        @NotNull(message = "{aftersales.ticket.channel.required}")
        Channel channel,
        @NotNull(message = "{aftersales.ticket.urgency.required}")
        Urgency urgency,
        @NotNull(message = "{aftersales.ticket.receivingUnit.required}")
        DepartmentId receivingUnit,
        @NotBlank(message = "{aftersales.ticket.description.required}")
        @Size(max = TicketIntake.DESCRIPTION_MAX, message = "{aftersales.ticket.text.size}")
        String description) implements IntakeCommand {

    @Override
    public TicketIntake toIntake() {
        return TicketIntake.repair(location, reporter, channel, urgency, description);
    }

    @Override
    public String toString() {
        return "ReportRepair[" + location + ", " + reporter + ", channel=" + channel
                + ", urgency=" + urgency
                + ", receivingUnit=" + receivingUnit + ", description " + Redaction.text(description) + "]";
    }
}
