package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;
import jakarta.validation.constraints.AssertTrue;

/**
 * A command that creates a ticket: report a repair, lodge a complaint, ask a question, give
 * feedback. Whatever unit receives it accepts it (one-stop acceptance, rule CP-4): the command
 * names the receiving unit, and there is no way to refuse it. Validated by
 * {@link dev.aftersales.common.CommandValidator}, which lists every missing or malformed field at
 * once (rule CP-2).
 */
public sealed interface IntakeCommand permits ReportRepair, LodgeComplaint, AskQuestion, GiveFeedback {

    /**
     * Returns where the matter is.
     *
     * @return the location
     */
    TicketLocation location();

    /**
     * Returns who raised the ticket.
     *
     * @return the reporter
     */
    Reporter reporter();

    /**
     * Returns the channel the ticket came through.
     *
     * @return the channel
     */
    Channel channel();

    /**
     * Returns the department that received the ticket (rule CP-4).
     *
     * @return the receiving unit
     */
    DepartmentId receivingUnit();

    /**
     * Returns what the customer said.
     *
     * @return the description
     */
    String description();

    /**
     * Returns the intake of the ticket this command creates.
     *
     * @return the intake
     * @throws NullPointerException     if the command is incomplete (validate it first)
     * @throws IllegalArgumentException if the command is malformed (validate it first)
     */
    TicketIntake toIntake();

    /**
     * Checks that a patrol finding is on a common area (rule PT-2). A constraint of the command,
     * reported as the property {@code patrolFindingOnCommonArea}; true when the channel or
     * location is missing, which their own constraints report.
     *
     * @return false only for a patrol finding in a unit
     */
    @AssertTrue(message = "{aftersales.ticket.patrol.commonArea}")
    default boolean isPatrolFindingOnCommonArea() {
        return channel() != Channel.PATROL || location() == null || location().isCommonArea();
    }
}
