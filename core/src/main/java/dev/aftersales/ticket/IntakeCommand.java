package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.UnitId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A command that creates a ticket: report a repair, lodge a complaint, ask a question, give
 * feedback. Whatever unit receives it accepts it (one-stop acceptance, rule CP-4): the command
 * names the receiving unit, and there is no way to refuse it. Validated by
 * {@link dev.aftersales.common.CommandValidator}, which lists every missing or malformed field at
 * once (rule CP-2).
 *
 * <p>The four commands share their common fields: each declares {@code location},
 * {@code reporter}, {@code channel}, {@code receivingUnit} and {@code description} as record
 * components, this interface holds their constraints once (on private getters, which Bean
 * Validation reads as the properties of those names), and their {@code toString} has one form,
 * which withholds the reporter's contact data and the description (rule EU-4). A command adds
 * only what its kind needs: the urgency of a repair, the severity of a complaint, the kind of
 * feedback.
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
     * Gets the category of the request in the company's catalogue (rule PS-1), if given.
     *
     * @return the category, or {@code null}
     */
    TicketCategory category();

    /**
     * Returns the intake of the ticket this command creates, at the command's own location.
     *
     * @return the intake
     * @throws NullPointerException     if the command is incomplete (validate it first)
     * @throws IllegalArgumentException if the command is malformed (validate it first), or names a
     *                                  unit alone ({@link TicketLocation#ofUnit(UnitId)}), whose
     *                                  building and estate only the ticket service looks up
     */
    default TicketIntake toIntake() {
        return toIntake(location());
    }

    /**
     * Returns the intake of the ticket this command creates, at a location the property register
     * gave for the command's own: the ticket service passes the {@link TicketLocation.InUnit} of a
     * unit the command named alone (rule EU-1).
     *
     * @param at where the matter is, with its building and estate
     * @return the intake
     * @throws NullPointerException     if the command is incomplete (validate it first)
     * @throws IllegalArgumentException if the command is malformed (validate it first), or the
     *                                  location is a unit named alone
     */
    TicketIntake toIntake(TicketLocation at);

    /**
     * Checks that a patrol finding is on a common area (rule PT-2). A constraint of the command,
     * reported as the property {@code patrolFindingOnCommonArea}; true when the channel or
     * location is missing, which their own constraints report.
     *
     * @return false only for a patrol finding in a unit
     */
    @AssertTrue(message = "{aftersales.ticket.patrol.commonArea}")
    default boolean isPatrolFindingOnCommonArea() {
        return !Channel.PATROL.equals(channel()) || location() == null || location().isCommonArea();
    }

    // The constraints common to the four commands, as Bean Validation properties named like the
    // record components (location, reporter, channel, receivingUnit, description).

    @NotNull(message = "{aftersales.ticket.location.required}")
    @Valid
    private TicketLocation getLocation() {
        return location();
    }

    @NotNull(message = "{aftersales.ticket.reporter.required}")
    @Valid
    private Reporter getReporter() {
        return reporter();
    }

    @NotNull(message = "{aftersales.ticket.channel.required}")
    private Channel getChannel() {
        return channel();
    }

    @NotNull(message = "{aftersales.ticket.receivingUnit.required}")
    private DepartmentId getReceivingUnit() {
        return receivingUnit();
    }

    @NotNull(message = "{aftersales.ticket.description.required}")
    @FreeText(message = "{aftersales.ticket.description.required}")
    @Size(max = TicketIntake.DESCRIPTION_MAX, message = "{aftersales.ticket.text.size}")
    private String getDescription() {
        return description();
    }
}
