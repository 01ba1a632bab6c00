package dev.aftersales.common;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks the text of identifiers. Every identifier in the library (estate, unit, owner, ticket,
 * department, staff member ...) is an opaque text of 1 to 64 characters from
 * {@code [A-Za-z0-9._:-]}: safe to log, to put in an exception message and to use as a key in
 * any storage. Identifiers never carry personal data (rule EU-4).
 */
public final class Identifiers {

    /** The longest identifier accepted. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private Identifiers() {
    }

    /**
     * Checks that {@code value} is a well-formed identifier.
     *
     * @param kind  what the identifier names, for the error message, e.g. {@code "UnitId"}
     * @param value the identifier text
     * @return the value, unchanged
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is empty, too long or has other characters
     */
    public static String requireValid(String kind, String value) {
        Objects.requireNonNull(value, kind);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be 1 to " + MAX_LENGTH
                    + " characters of [A-Za-z0-9._:-], got " + value.length() + " characters");
        }
        return value;
    }
}
