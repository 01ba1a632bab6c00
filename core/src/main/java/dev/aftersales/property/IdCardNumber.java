package dev.aftersales.property;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A resident identity-card number (身份证号): 17 digits and a digit or {@code X}, see
 * {@link PropertyFormats#ID_CARD}. Personal data: {@code toString} masks it and no exception
 * message shows it (rule EU-4); read it with {@link #value()}.
 *
 * @param value the 18 characters, an upper-case {@code X} last if any
 */
public record IdCardNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile(PropertyFormats.ID_CARD);

    /**
     * Creates an id-card number.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not 17 digits and a digit or X (the message
     *                                  does not show it)
     */
    public IdCardNumber {
        Objects.requireNonNull(value, "IdCardNumber.value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("IdCardNumber must be 17 digits and a digit or X ("
                    + value.length() + " characters given)");
        }
    }

    /**
     * Obtains an id-card number from text, accepting a lower-case {@code x} and surrounding spaces.
     *
     * @param text the number
     * @return the id-card number
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the text is not an id-card number
     */
    public static IdCardNumber parse(String text) {
        Objects.requireNonNull(text, "IdCardNumber.text");
        return new IdCardNumber(text.strip().toUpperCase(Locale.ROOT));
    }

    /** Returns a masked text that shows no character of the number (rule EU-4). */
    @Override
    public String toString() {
        return "IdCardNumber[masked]";
    }
}
