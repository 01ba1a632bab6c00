package dev.aftersales.property;

import dev.aftersales.common.Identifiers;

/**
 * Identifies a building (栋 / 楼) on a plot (rule EU-1).
 *
 * @param value the identifier text, see {@link Identifiers}
 */
public record BuildingId(String value) {

    /**
     * Creates the identifier.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public BuildingId {
        Identifiers.requireValid("BuildingId", value);
    }

    /**
     * Obtains the identifier from its text.
     *
     * @param value the identifier text
     * @return the identifier
     */
    public static BuildingId of(String value) {
        return new BuildingId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
