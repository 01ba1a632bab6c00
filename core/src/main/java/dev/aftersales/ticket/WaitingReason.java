package dev.aftersales.ticket;

import dev.aftersales.common.DisplayNamed;

/**
 * Why handling of a ticket waits. Service commitments pause while a ticket waits, according to
 * their pause conditions (rule SL-7).
 */
public enum WaitingReason implements DisplayNamed {
    /** Waiting for the owner, e.g. for access to the unit or a decision. */
    FOR_OWNER,
    /** Waiting for another organisation the company coordinates with (rule CP-10). */
    FOR_THIRD_PARTY
}
