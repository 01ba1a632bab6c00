package dev.aftersales.ticket;

/**
 * The channel through which a ticket reached the company. Whatever the channel, the receiving
 * unit accepts the ticket (one-stop acceptance, rule CP-4).
 */
public enum Channel {
    /** The unified customer-service hotline (rules RP-1, CP-1). */
    HOTLINE,
    /** The company website. */
    WEBSITE,
    /** A sales office (CP-4). */
    SALES_OFFICE,
    /** The property-management office of the estate (CP-4). */
    PROPERTY_OFFICE,
    /** The customer-service desk (CP-4). */
    CUSTOMER_SERVICE_DESK,
    /** A customer walking in (CV-1). */
    WALK_IN,
    /** A letter, entered on a transfer record for the supervisor (rule CV-3). */
    LETTER,
    /** An email. */
    EMAIL,
    /** The building intercom to the property monitoring centre, the 24/7 night line for emergencies and paid household repairs (rule RP-1). */
    INTERCOM,
    /** A finding of a staff patrol, always on a common area (rule PT-2). */
    PATROL
}
