package dev.aftersales.ticket;

import dev.aftersales.common.DisplayNamed;

/** The urgency of a repair request (rule RP-2). Only repairs have an urgency. */
public enum Urgency implements DisplayNamed {
    /**
     * An emergency: a defect that endangers the owner's safety or makes basic living impossible
     * (rule RP-2). An engineer goes on site as fast as possible; at night it may be reported
     * through the building intercom (rule RP-1).
     */
    EMERGENCY,
    /** Any other repair: contact with the owner within one working day (rule RP-2). */
    NORMAL
}
