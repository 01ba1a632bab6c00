package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Command: assign a ticket to a responsible department and person (rules CP-3, CP-7).
 * Validated by {@link dev.aftersales.common.CommandValidator} (rule CP-2) and carried out by
 * {@link dev.aftersales.ticket.service.TicketService}.
 *
 * @param ticketId the ticket
 * @param department the responsible department
 * @param staffId the responsible person's staff id
 */
public record AssignTicket(
        @NotNull(message = "{aftersales.ticket.id.required}")
        TicketId ticketId,
        @NotNull(message = "{aftersales.ticket.department.required}")
        DepartmentId department,
        @NotNull(message = "{aftersales.ticket.staff.required}")
        @Pattern(regexp = CommandPatterns.STAFF_ID, message = "{aftersales.ticket.staff.pattern}")
        String staffId) implements TicketStepCommand {
    /**
     * Obtains the command of a recorded assignment.
     *
     * @param ticketId the ticket
     * @param details  what the step recorded
     * @return the command
     */
    public static AssignTicket from(TicketId ticketId, StepDetails details) {
        return new AssignTicket(ticketId, details.department(), details.staffId());
    }

    @Override
    public TicketStep step() {
        return TicketStep.ASSIGN;
    }

    @Override
    public StepDetails details() {
        return StepDetails.assign(department, staffId);
    }

    /**
     * Makes this command's department and person responsible for the ticket (rules CP-3, CP-7).
     *
     * @param ticket the ticket after the step's state change and timeline entry
     * @return the ticket with its new responsible department and person
     */
    @Override
    public TicketRecord applyEffect(TicketRecord ticket) {
        return ticket.withResponsible(department, staffId);
    }
}
