package dev.aftersales.common;

import java.util.Objects;

/**
 * One problem with a command: which field, and what is wrong with it, in the caller's language.
 * Never holds the rejected value, which may be personal data (rule EU-4).
 *
 * @param field   the property path, e.g. {@code "contact.phone"}
 * @param message what is wrong, localised (English or Chinese)
 */
public record Violation(String field, String message) {

    /**
     * Creates a violation.
     *
     * @throws NullPointerException if an argument is null
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
