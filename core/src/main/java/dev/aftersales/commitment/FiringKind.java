package dev.aftersales.commitment;

import dev.aftersales.common.DisplayNamed;

/** What a commitment fires (rules SL-8, SL-9): each at most once per commitment and level. */
public enum FiringKind implements DisplayNamed {
    /** A warning before the deadline (rule SL-8); its level is the warning's position, from 1. */
    WARNING,
    /** The breach, stamped with the deadline (rule SL-9); level 0. */
    BREACH,
    /** An escalation (rules SL-9, CP-8, CP-9); its level is the escalation level, from 1. */
    ESCALATION
}
