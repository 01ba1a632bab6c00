package dev.aftersales.property;

import dev.aftersales.common.DisplayNamed;

/**
 * How an owner stands with the fees due (缴费情况, rule EU-3).
 */
public enum PaymentStatus implements DisplayNamed {
    /** Nothing is due yet, e.g. before handover. */
    NOT_YET_DUE,
    /** Every fee due has been paid. */
    PAID_UP,
    /** Part of the fees due has been paid. */
    PARTLY_PAID,
    /** Fees due are unpaid. */
    IN_ARREARS
}
