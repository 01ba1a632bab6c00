package dev.aftersales.ticket;

import dev.aftersales.common.DisplayNamed;

/**
 * The channel through which a ticket reached the company. Whatever the channel, the receiving
 * unit accepts the ticket (one-stop acceptance, rule CP-4).
 *
 * <p>Every adapter stores a channel by its constant name (at most 32 characters); new constants
 * are appended at the end. The display names ({@link #displayName(java.util.Locale)}) are in
 * {@code dev/aftersales/ticket/DisplayNames.properties} and its Chinese part.
 */
public enum Channel implements DisplayNamed {
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
    PATROL,
    /** The company's WeChat official account (微信公众号). */
    WECHAT,
    /** The company's WeChat mini-program (小程序). */
    MINI_PROGRAM,
    /** The company's owner app (业主APP). */
    OWNER_APP
}
