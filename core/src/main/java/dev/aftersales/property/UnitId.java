package dev.aftersales.property;

import dev.aftersales.common.Identifiers;

/**
 * Identifies a sellable unit (户 / 单元 / 商铺 / 车位): a residence, shop, parking space ... (rule EU-1).
 *
 * @param value the identifier text, see {@link Identifiers}
 */
public record UnitId(String value) {

    /**
     * Creates the identifier.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public UnitId {
        Identifiers.requireValid("UnitId", value);
    }

    /**
     * Obtains the identifier from its text.
     *
     * @param value the identifier text
     * @return the identifier
     */
    public static UnitId of(String value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
