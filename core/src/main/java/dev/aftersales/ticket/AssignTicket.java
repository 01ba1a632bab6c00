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
        String staffId) {
}
