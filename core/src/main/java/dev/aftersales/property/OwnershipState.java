package dev.aftersales.property;

import dev.aftersales.common.DisplayNamed;

/**
 * Where an ownership stands (rule EU-3, PH-1..PH-4, WA-1).
 */
public enum OwnershipState implements DisplayNamed {
    /** The contract is signed (or the transfer agreed) and the unit not yet handed over (PH-1..PH-3). */
    CONTRACT_SIGNED,
    /** The unit has been handed over; warranty clocks run from the handover date (WA-1). */
    HANDED_OVER,
    /** The unit was transferred to a new owner; this ownership has ended. */
    TRANSFERRED
}
