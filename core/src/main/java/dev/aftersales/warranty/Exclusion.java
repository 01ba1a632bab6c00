package dev.aftersales.warranty;

import dev.aftersales.common.DisplayNamed;

/** Why a defect is outside the warranty whatever its date (rule WA-6). */
public enum Exclusion implements DisplayNamed {
    /** Damage from improper use. */
    IMPROPER_USE,
    /** Damage done by a third party. */
    THIRD_PARTY_DAMAGE,
    /** Damage from force majeure. */
    FORCE_MAJEURE,
    /** Facilities the owner added or altered after acceptance (an unconfirmed preset, see docs/regulations.md). */
    OWNER_ALTERATION
}
