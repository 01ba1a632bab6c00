package dev.aftersales.property;

import dev.aftersales.common.Identifiers;

/**
 * Identifies a plot (地块), a land parcel of an estate (rule EU-1).
 *
 * @param value the identifier text, see {@link Identifiers}
 */
public record PlotId(String value) {

    /**
     * Creates the identifier.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public PlotId {
        Identifiers.requireValid("PlotId", value);
    }

    /**
     * Obtains the identifier from its text.
     *
     * @param value the identifier text
     * @return the identifier
     */
    public static PlotId of(String value) {
        return new PlotId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
