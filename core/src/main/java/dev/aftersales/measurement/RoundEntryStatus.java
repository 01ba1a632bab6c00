package dev.aftersales.measurement;

/**
 * Where an entry of a two-monthly callback round stands (rule MS-2).
 */
public enum RoundEntryStatus {

    /** Generated, the customer not called yet. */
    OPEN,

    /** The customer was called back (by phone, email or a visit). */
    DONE,

    /** The customer could not be reached; a later call may still reach them. */
    NOT_REACHED
}
