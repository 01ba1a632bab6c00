package dev.aftersales.measurement;

import dev.aftersales.common.DisplayNamed;

/**
 * Where an entry of a two-monthly callback round stands (rule MS-2).
 *
 * <p>Its display names, in English and Chinese, come from the package's {@code DisplayNames} bundle (rule CP-2).
 */
public enum RoundEntryStatus implements DisplayNamed {

    /** Generated, the customer not called yet. */
    OPEN,

    /** The customer was called back (by phone, email or a visit). */
    DONE,

    /** The customer could not be reached; a later call may still reach them. */
    NOT_REACHED
}
