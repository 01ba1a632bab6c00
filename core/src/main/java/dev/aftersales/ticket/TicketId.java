package dev.aftersales.ticket;

import dev.aftersales.common.Identifiers;

/**
 * Identifies a ticket (工单): one request from a customer, a repair, complaint, consultation, suggestion or praise.
 *
 * @param value the identifier text, see {@link Identifiers}
 */
public record TicketId(String value) {

    /**
     * Creates the identifier.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public TicketId {
        Identifiers.requireValid("TicketId", value);
    }

    /**
     * Obtains the identifier from its text.
     *
     * @param value the identifier text
     * @return the identifier
     */
    public static TicketId of(String value) {
        return new TicketId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
