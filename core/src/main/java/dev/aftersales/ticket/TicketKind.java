package dev.aftersales.ticket;

import dev.aftersales.common.DisplayNamed;

/**
 * The kind of a ticket (工单): what the customer came for. The kind decides which short paths of
 * the life cycle are open (see {@link TicketLifeCycle}) and, later, which service commitments
 * apply.
 */
public enum TicketKind implements DisplayNamed {
    /** A repair request (报修) on a unit or a common area (rules RP-1..RP-6). */
    REPAIR,
    /** A complaint (投诉) about the product or the service (rules CP-1..CP-13). */
    COMPLAINT,
    /** A consultation (咨询): a question, oral or written (rules CV-2, CV-4). */
    CONSULTATION,
    /** A suggestion (建议) from a customer. */
    SUGGESTION,
    /** Praise (表扬) from a customer. */
    PRAISE;

    /**
     * Checks if tickets of this kind may be answered at once, without assignment and handling
     * (rules CV-2 and CV-4: what can be answered at once is answered). Repairs and complaints
     * always go through handling.
     *
     * @return true for consultations, suggestions and praise
     */
    public boolean mayBeAnsweredAtOnce() {
        return this == CONSULTATION || this == SUGGESTION || this == PRAISE;
    }

    /**
     * Checks if handling of this kind needs a plan agreed with the owner before work starts
     * (rule RP-3 for repairs, CP-7 for complaints: the department head approves the plan).
     *
     * @return true for repairs and complaints
     */
    public boolean needsAgreedPlan() {
        return this == REPAIR || this == COMPLAINT;
    }
}
