package dev.aftersales.ticket;

import dev.aftersales.common.DisplayNamed;

/** The severity of a complaint, judged by customer service (rules CP-3, CP-9). Only complaints have a severity. */
public enum Severity implements DisplayNamed {
    /** A general complaint, reported by phone or orally (CP-3). */
    GENERAL,
    /** An important complaint, reported in writing (CP-3). */
    IMPORTANT,
    /** A severe complaint: reported at once to the property director and the general manager's office, with an on-site visit (CP-9). */
    SEVERE
}
