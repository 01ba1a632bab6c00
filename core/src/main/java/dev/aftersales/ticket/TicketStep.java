package dev.aftersales.ticket;

/**
 * A step of the ticket life cycle: one method of {@link Ticket}, one timeline entry and one
 * {@link TicketEvent}. The steps that drive service commitments (rule SL-12) are all here:
 * received, forwarded, assigned, contacted, result returned, informed, waiting and resumed,
 * closed, reopened.
 */
public enum TicketStep {
    /** The ticket is accepted by a receiving unit (rule CP-4); creates the ticket. */
    RECEIVE,
    /**
     * The receiving unit forwards the ticket to customer service (rule CP-5). Skipped when the
     * receiving unit is customer service itself: then a classification follows the reception
     * directly.
     */
    FORWARD,
    /** Customer service judges the ticket valid (rule CP-3). */
    CLASSIFY_VALID,
    /** Customer service judges the ticket invalid (rules CP-3, CP-6). */
    CLASSIFY_INVALID,
    /** The ticket is assigned (or reassigned) to a responsible department and person (rule CP-3). */
    ASSIGN,
    /** The owner is contacted (rules RP-2, CP-1; CP-6 with an explanation when invalid). */
    CONTACT_OWNER,
    /** A visit time is agreed with the owner (rule RP-2); carries the visit time. */
    AGREE_VISIT,
    /** A plan is explained to and agreed with the owner (rules RP-3, CP-7). */
    AGREE_PLAN,
    /** Handling starts (rule RP-4). */
    START_WORK,
    /**
     * A new resolution time is agreed with the owner because the matter cannot be solved at once
     * (rule CP-5, SL-11); carries the agreed time. Does not change the state.
     */
    AGREE_NEW_TIME,
    /** Handling starts waiting for the owner or a third party (rule CP-10); carries the reason. */
    WAIT,
    /** Handling resumes in the state it was in before waiting. */
    RESUME,
    /** The responsible department returns its result (rule CP-5). */
    RETURN_RESULT,
    /** Customer service tells the owner the result (rule CP-5). */
    INFORM_OWNER,
    /** A consultation, suggestion or praise is answered at once (rules CV-2, CV-4). */
    ANSWER,
    /** The owner confirms the closure (rule RP-5). */
    CONFIRM_CLOSURE,
    /** The owner rejects the closure (rule RP-5): handling resumes, or an invalid judgement is reviewed. */
    REJECT_CLOSURE,
    /** The callback is made, with a satisfaction score 1 to 5 (rules RP-6, MS-3). */
    RECORD_CALLBACK,
    /** The ticket is closed. */
    CLOSE,
    /** A closed ticket is reopened: a new cycle starts, the history stays. */
    REOPEN
}
