package dev.aftersales.ticket;

import dev.aftersales.common.DisplayNamed;

/** Customer service's judgement of a ticket (rule CP-3). */
public enum Validity implements DisplayNamed {
    /** Valid: the cause and responsibility are analysed and a department handles it (CP-7). */
    VALID,
    /** Invalid: the customer still gets contact within the specified time, with an explanation (CP-6). */
    INVALID
}
