package dev.aftersales.common.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * The one rule for free text the library accepts (rule IN-1), for every store alike: names,
 * descriptions, notes, reasons. A free text
 * <ul>
 *   <li>holds no control character other than a tab, a line feed or a carriage return (a NUL
 *       among them, which PostgreSQL cannot store);</li>
 *   <li>is well-formed UTF-16: no surrogate without its partner (which PostgreSQL and MariaDB
 *       would store as {@code ?});</li>
 *   <li>is not blank in the Unicode sense: white space of any script ({@code U+00A0},
 *       {@code U+3000} ...) and invisible format characters ({@code U+200B}, {@code U+FEFF} ...)
 *       count as blank, not only ASCII spaces.</li>
 * </ul>
 * Commands check it through the {@link FreeText} constraint; value types check it in their
 * constructors with {@link #require}.
 */
public final class FreeTexts {

    /** What is wrong with a free text. */
    public enum Problem {
        /** A control character other than a tab, a line feed or a carriage return. */
        CONTROL_CHARACTER,
        /** A surrogate without its partner: not well-formed UTF-16. */
        MALFORMED,
        /** Nothing but white space and invisible characters, or nothing at all. */
        BLANK
    }

    private FreeTexts() {
    }

    /**
     * Returns what is wrong with a text, the first of control characters, malformed UTF-16 and
     * blankness that applies.
     *
     * @param text the text
     * @return the problem, or empty for an acceptable text
     * @throws NullPointerException if the text is null
     */
    public static Optional<Problem> problem(String text) {
        Objects.requireNonNull(text, "text");
        boolean blank = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == n || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Optional.of(Problem.MALFORMED);
                }
                blank &= isInvisible(Character.toCodePoint(c, text.charAt(++i)));
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of(Problem.MALFORMED);
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(Problem.CONTROL_CHARACTER);
            } else {
                blank &= isInvisible(c);
            }
        }
        return blank ? Optional.of(Problem.BLANK) : Optional.empty();
    }

    /**
     * Checks if a text is blank in the Unicode sense: empty, or only white space of any script and
     * invisible format characters ({@code " \u00A0\u200B"} is blank, {@code String.isBlank} says it is not).
     *
     * @param text the text
     * @return true if it shows nothing
     * @throws NullPointerException if the text is null
     */
    public static boolean isBlank(String text) {
        Objects.requireNonNull(text, "text");
        return text.codePoints().allMatch(FreeTexts::isInvisible);
    }

    /**
     * Checks a required free text of a value type: present, acceptable under rule IN-1 and at most
     * {@code max} characters. The message names the field, never the text (rule EU-4).
     *
     * @param field the field's name, for the message
     * @param value the text
     * @param max   the longest text accepted
     * @return the text, unchanged
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the text breaks rule IN-1 or is too long
     */
    public static String require(String field, String value, int max) {
        Objects.requireNonNull(value, field);
        Optional<Problem> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(field + " " + switch (problem.get()) {
                case CONTROL_CHARACTER -> "must not hold control characters other than tabs and line breaks";
                case MALFORMED -> "must be well-formed text, without an unpaired surrogate";
                case BLANK -> "must not be blank";
            });
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters, got "
                    + value.length());
        }
        return value;
    }

    private static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || Character.getType(codePoint) == Character.CONTROL;
    }
}
