package dev.aftersales.property;

import dev.aftersales.common.Identifiers;

/**
 * Identifies an estate (楼盘 / 小区 / 项目), a development project with plots and buildings (rule EU-1).
 *
 * @param value the identifier text, see {@link Identifiers}
 */
public record EstateId(String value) {

    /**
     * Creates the identifier.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public EstateId {
        Identifiers.requireValid("EstateId", value);
    }

    /**
     * Obtains the identifier from its text.
     *
     * @param value the identifier text
     * @return the identifier
     */
    public static EstateId of(String value) {
        return new EstateId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
