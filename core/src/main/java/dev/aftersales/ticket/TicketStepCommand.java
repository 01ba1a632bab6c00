package dev.aftersales.ticket;

/**
 * A command that takes one step of a ticket's life cycle, every step but the reception (which an
 * {@link IntakeCommand} takes). Each command knows its {@link TicketStep} and the
 * {@link StepDetails} its timeline entry records; {@link Ticket#take} checks the step against
 * {@link TicketLifeCycle} and records it, and {@link dev.aftersales.ticket.service.TicketService#take} validates
 * the command (rule CP-2), loads the ticket, takes the step and saves it.
 *
 * <p>Every step has exactly one command type: {@link TicketStep#command} rebuilds it from the
 * details a timeline entry recorded. The commands accept any values, so that validation by
 * {@link dev.aftersales.common.CommandValidator} can list every problem at once; {@link #step()}
 * and {@link #details()} throw on a command that is incomplete or malformed (validate it first).
 */
public sealed interface TicketStepCommand permits ForwardTicket, ClassifyTicket, AssignTicket, ContactOwner,
        AgreeVisit, AgreePlan, StartWork, AgreeNewTime, StartWaiting, ResumeHandling, ReturnResult, InformOwner,
        AnswerAtOnce, ConfirmClosure, RejectClosure, RecordCallback, CloseTicket, ReopenTicket, RecordCallbackAttempt,
        MarkCallbackUnreachable, RecordCallbackDeclined, AgreeAnswerTime {

    /**
     * Returns the ticket the step is taken on.
     *
     * @return the ticket id
     */
    TicketId ticketId();

    /**
     * Returns the step this command takes.
     *
     * @return the step, never {@link TicketStep#RECEIVE}
     * @throws NullPointerException if a field that decides the step is null (validate first)
     */
    TicketStep step();

    /**
     * Returns what the step's timeline entry records.
     *
     * @return the details
     * @throws NullPointerException     if a required field is null (validate first)
     * @throws IllegalArgumentException if a field is malformed (validate first)
     */
    StepDetails details();

    /**
     * Applies what this step changes on the ticket besides what every step changes. {@link Ticket}
     * derives the state, the cycle (a new one on reopening), the waiting state (rule CP-10) and the
     * timeline from the life-cycle table for every step alike; a step with an effect of its own
     * overrides this method (an assignment makes a department and person responsible, rule
     * CP-3). Called by {@link Ticket} once the step was found legal.
     *
     * @param ticket the ticket after the step's state change and timeline entry
     * @return the ticket with this step's own effect; by default the same record
     */
    default TicketRecord applyEffect(TicketRecord ticket) {
        return ticket;
    }
}
