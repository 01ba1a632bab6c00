package dev.aftersales.property;

import dev.aftersales.common.Identifiers;

/**
 * Identifies an owner (业主 / 客户), a buyer of one or more units (rule EU-3). The id is opaque and holds no personal data (rule EU-4).
 *
 * @param value the identifier text, see {@link Identifiers}
 */
public record OwnerId(String value) {

    /**
     * Creates the identifier.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public OwnerId {
        Identifiers.requireValid("OwnerId", value);
    }

    /**
     * Obtains the identifier from its text.
     *
     * @param value the identifier text
     * @return the identifier
     */
    public static OwnerId of(String value) {
        return new OwnerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
