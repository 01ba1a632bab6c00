package dev.aftersales.ticket;

import dev.aftersales.common.DisplayNamed;

/** How a callback (回访) reached the customer (rules RP-6, MS-2). */
public enum CallbackMethod implements DisplayNamed {
    /** By phone, the rule for completed repairs (RP-6). */
    PHONE,
    /** By email (MS-2). */
    EMAIL,
    /** By a visit (MS-2). */
    VISIT
}
