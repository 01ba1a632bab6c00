package dev.aftersales.property;

import dev.aftersales.common.DisplayNamed;

/**
 * Whether a unit can be used today. Rule EU-2 asks for parking spaces "total and usable"
 * (seed 004: 车位625个, 能够使用的623个): a parking space is <em>usable</em> exactly when its
 * kind is {@link UnitKind#PARKING_SPACE} and its condition is {@link #USABLE}.
 */
public enum UnitCondition implements DisplayNamed {
    /** Finished and available for use. */
    USABLE,
    /** Still being built or fitted out. */
    UNDER_CONSTRUCTION,
    /** Held back, e.g. reserved for fire access or the developer's own use. */
    RESERVED,
    /** Closed for repair or by an authority. */
    OUT_OF_SERVICE
}
