package dev.aftersales.property;

import dev.aftersales.common.DisplayNamed;

/**
 * Who lives in an owner's household (人口结构, rule EU-3). Part of the personal profile
 * ({@link OwnerProfile}), never shown by {@code toString} (EU-4).
 */
public enum HouseholdStructure implements DisplayNamed {
    /** One person living alone. */
    SINGLE,
    /** A couple without children at home. */
    COUPLE,
    /** Parents with children. */
    COUPLE_WITH_CHILDREN,
    /** Three generations under one roof. */
    THREE_GENERATIONS,
    /** Any other arrangement. */
    OTHER
}
