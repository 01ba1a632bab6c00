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
 */
public record AskQuestion(
        TicketLocation location,
        Reporter reporter,
        Channel channel,
        DepartmentId receivingUnit,
        String description) implements IntakeCommand {

    @Override
    public TicketIntake toIntake(TicketLocation at) {
        return TicketIntake.of(TicketKind.CONSULTATION, at, reporter, channel, description);
    }

    @Override
    public String toString() {
        return Redaction.intakeCommand(this, "", "");
    }
}
