package dev.aftersales.ticket;

import dev.aftersales.common.DisplayNamed;

/**
 * The state of a ticket in its life cycle. The legal steps between states are the table of
 * {@link TicketLifeCycle}; {@link Ticket} documents the same table.
 */
public enum TicketState implements DisplayNamed {
    /** Accepted by a receiving unit, whichever it is (one-stop acceptance, rule CP-4). */
    RECEIVED,
    /** Forwarded by the receiving unit to customer service (rule CP-5). */
    FORWARDED,
    /** Closed once and reopened: back with customer service for a new cycle. */
    REOPENED,
    /** Judged valid by customer service (rule CP-3); a responsible department is to be found. */
    CLASSIFIED,
    /** Judged invalid (rules CP-3, CP-6); the owner is still to be contacted with an explanation. */
    JUDGED_INVALID,
    /** Invalid, and the owner was contacted with an explanation (rule CP-6); the owner confirms or disputes. */
    EXPLAINED,
    /** Assigned to a responsible department and person (rules CP-3, CP-7). */
    ASSIGNED,
    /** The responsible person contacted the owner (rules RP-2, CP-1, CP-5). */
    OWNER_CONTACTED,
    /** A visit time was agreed with the owner (rule RP-2; CP-9 for severe complaints). */
    VISIT_AGREED,
    /** A plan was explained to and agreed with the owner (rules RP-3, CP-7). */
    PLAN_AGREED,
    /** Handling is under way (rule RP-4). */
    IN_PROGRESS,
    /** Handling waits for the owner or a third party (rule CP-10); resumes where it stopped. */
    WAITING,
    /** The responsible department returned its result to customer service (rule CP-5). */
    RESULT_RETURNED,
    /** Customer service told the owner the result (rule CP-5); the owner confirms or rejects closure. */
    OWNER_INFORMED,
    /** A consultation, suggestion or praise answered at once (rules CV-2, CV-4). */
    ANSWERED,
    /** The owner confirmed the closure (rule RP-5). */
    CLOSURE_CONFIRMED,
    /** The callback was made and the satisfaction recorded (rules RP-6, MS-3). */
    CALLBACK_DONE,
    /** Closed. May be reopened, which starts a new cycle and keeps the history. */
    CLOSED,
    /**
     * No callback will be made, and why is recorded: the owner could not be reached after
     * {@link Ticket#CALLBACK_ATTEMPTS} attempts, or declined it (rule RP-6). The ticket may close.
     */
    CALLBACK_WAIVED
}
