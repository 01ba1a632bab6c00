package dev.aftersales.commitment;

import dev.aftersales.common.Identifiers;

/**
 * Identifies one service commitment (服务承诺) of one ticket cycle.
 *
 * @param value the identifier text
 */
public record CommitmentId(String value) {

    /**
     * Creates an id.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public CommitmentId {
        Identifiers.requireValid("CommitmentId", value);
    }

    /**
     * Obtains an id.
     *
     * @param value the identifier text
     * @return the id
     */
    public static CommitmentId of(String value) {
        return new CommitmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
