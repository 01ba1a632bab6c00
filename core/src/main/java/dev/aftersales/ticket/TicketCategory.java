package dev.aftersales.ticket;

import dev.aftersales.common.Identifiers;

/**
 * The category of a request, as the property company's catalogue names it: a repair type such as
 * {@code plumbing}, {@code electrical} or {@code doors-windows}, or a complaint or consultation
 * topic. A ticket may carry one from its intake; service policies may be selected by it, together
 * with the estate (rule PS-1: the most specific matching policy starts a term). The code is an
 * identifier (1 to 64 characters of {@code [A-Za-z0-9._:-]}), never personal data; display names
 * belong to the embedding system's catalogue.
 *
 * @param code the category's code
 */
public record TicketCategory(String code) {

    /**
     * Creates a category.
     *
     * @throws NullPointerException     if the code is null
     * @throws IllegalArgumentException if the code is not an identifier
     */
    public TicketCategory {
        Identifiers.requireValid("TicketCategory", code);
    }

    /**
     * Obtains a category.
     *
     * @param code the code
     * @return the category
     * @throws NullPointerException     if the code is null
     * @throws IllegalArgumentException if the code is not an identifier
     */
    public static TicketCategory of(String code) {
        return new TicketCategory(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
