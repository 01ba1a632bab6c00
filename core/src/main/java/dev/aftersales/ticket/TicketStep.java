package dev.aftersales.ticket;

import dev.aftersales.common.DisplayNamed;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A step of the ticket life cycle: one command type (a {@link TicketStepCommand}, named on each
 * constant below; the reception's are the {@link IntakeCommand}s), one timeline entry and one
 * {@link TicketEvent}. The steps that drive service commitments (rule SL-12) are all here:
 * received, forwarded, assigned, contacted, result returned, informed, waiting and resumed,
 * closed, reopened. Where a step is legal is the table of {@link TicketLifeCycle}.
 */
public enum TicketStep implements DisplayNamed {
    /**
     * The ticket is accepted by a receiving unit (rule CP-4); creates the ticket. Taken by the
     * {@link IntakeCommand}s, not by a {@link TicketStepCommand}.
     */
    RECEIVE(null),
    /**
     * The receiving unit forwards the ticket to customer service (rule CP-5). Skipped when the
     * receiving unit is customer service itself: then a classification follows the reception
     * directly.
     */
    FORWARD(ForwardTicket::from),
    /** Customer service judges the ticket valid (rule CP-3). */
    CLASSIFY_VALID((id, details) -> ClassifyTicket.from(id, details.withValidity(Validity.VALID))),
    /** Customer service judges the ticket invalid (rules CP-3, CP-6). */
    CLASSIFY_INVALID((id, details) -> ClassifyTicket.from(id, details.withValidity(Validity.INVALID))),
    /** The ticket is assigned (or reassigned) to a responsible department and person (rule CP-3). */
    ASSIGN(AssignTicket::from),
    /** The owner is contacted (rules RP-2, CP-1; CP-6 with an explanation when invalid). */
    CONTACT_OWNER(ContactOwner::from),
    /** A visit time is agreed with the owner (rule RP-2); carries the visit time. */
    AGREE_VISIT(AgreeVisit::from),
    /** A plan is explained to and agreed with the owner (rules RP-3, CP-7). */
    AGREE_PLAN(AgreePlan::from),
    /** Handling starts (rule RP-4). */
    START_WORK(StartWork::from),
    /**
     * A new resolution time is agreed with the owner because the matter cannot be solved at once
     * (rule CP-5, SL-11); carries the agreed time. Does not change the state.
     */
    AGREE_NEW_TIME(AgreeNewTime::from),
    /** Handling starts waiting for the owner or a third party (rule CP-10); carries the reason. */
    WAIT(StartWaiting::from),
    /** Handling resumes in the state it was in before waiting. */
    RESUME(ResumeHandling::from),
    /** The responsible department returns its result (rule CP-5). */
    RETURN_RESULT(ReturnResult::from),
    /** Customer service tells the owner the result (rule CP-5). */
    INFORM_OWNER(InformOwner::from),
    /** A consultation, suggestion or praise is answered at once (rules CV-2, CV-4). */
    ANSWER(AnswerAtOnce::from),
    /** The owner confirms the closure (rule RP-5). */
    CONFIRM_CLOSURE(ConfirmClosure::from),
    /** The owner rejects the closure (rule RP-5): handling resumes, or an invalid judgement is reviewed. */
    REJECT_CLOSURE(RejectClosure::from),
    /** The callback is made, with a satisfaction score 1 to 5 (rules RP-6, MS-3). */
    RECORD_CALLBACK(RecordCallback::from),
    /** The ticket is closed. */
    CLOSE(CloseTicket::from),
    /** A closed ticket is reopened: a new cycle starts, the history stays. */
    REOPEN(ReopenTicket::from),
    /**
     * A callback was tried and did not reach the owner (rule RP-6); carries the method (phone,
     * email, visit). The ticket stays where it is, waiting for its callback.
     */
    RECORD_CALLBACK_ATTEMPT(RecordCallbackAttempt::from),
    /**
     * The owner could not be reached for the callback after at least {@link Ticket#CALLBACK_ATTEMPTS}
     * recorded attempts since the closure was confirmed (rule RP-6): the callback is waived.
     */
    CALLBACK_UNREACHABLE(MarkCallbackUnreachable::from),
    /** The owner declined the callback (rule RP-6); carries how the owner said so: the callback is waived. */
    CALLBACK_DECLINED(RecordCallbackDeclined::from),
    /**
     * A consultation, suggestion or praise that cannot be answered at once: the customer's number is
     * taken and a time agreed to call back with the answer (rule CV-2); carries that time. The
     * ticket stays with customer service until the answer ({@link #ANSWER}); agreeing again moves the time.
     */
    AGREE_ANSWER_TIME(AgreeAnswerTime::from);

    private final BiFunction<TicketId, StepDetails, ? extends TicketStepCommand> command;

    TicketStep(BiFunction<TicketId, StepDetails, ? extends TicketStepCommand> command) {
        this.command = command;
    }

    /**
     * Obtains the command that takes this step with the given details, e.g. to take again a step
     * a timeline entry recorded: its {@link TicketStepCommand#step()} is this step and its
     * {@link TicketStepCommand#details()} are the given details, as far as the step records
     * them (other fields are ignored).
     *
     * @param ticketId the ticket
     * @param details  the step's details
     * @return the command
     * @throws NullPointerException          if an argument is null
     * @throws UnsupportedOperationException for {@link #RECEIVE}, which an {@link IntakeCommand} takes
     */
    public TicketStepCommand command(TicketId ticketId, StepDetails details) {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(details, "details");
        if (command == null) {
            throw new UnsupportedOperationException("the reception creates a ticket from an IntakeCommand");
        }
        return command.apply(ticketId, details);
    }
}
