package dev.aftersales.property;

import dev.aftersales.common.Identifiers;

/**
 * Identifies an ownership (购房合同 / 交付): one owner–unit relation from contract signing (or a
 * transfer) to the next transfer (rule EU-3). The id is opaque and holds no personal data (EU-4).
 *
 * @param value the identifier text, see {@link Identifiers}
 */
public record OwnershipId(String value) {

    /**
     * Creates the identifier.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public OwnershipId {
        Identifiers.requireValid("OwnershipId", value);
    }

    /**
     * Obtains the identifier from its text.
     *
     * @param value the identifier text
     * @return the identifier
     */
    public static OwnershipId of(String value) {
        return new OwnershipId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
