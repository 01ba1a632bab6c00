package dev.aftersales.property;

import java.util.Objects;

/** Checks of the free texts held by the property model (names, numbers, descriptions). */
final class Names {

    private Names() {
    }

    /**
     * Checks that a text is present, not blank and at most {@code max} characters long. The message
     * names the field only, never the text (rule EU-4).
     */
    static String require(String field, String value, int max) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters, got "
                    + value.length());
        }
        return value;
    }

    /** Like {@link #require} but accepts null (an unknown value). */
    static String optional(String field, String value, int max) {
        return value == null ? null : require(field, value, max);
    }
}
