package dev.aftersales.property;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An owner's phone number (联系电话, rule EU-3): a mainland mobile number or a landline number with
 * its area code, see {@link PropertyFormats#PHONE}. Personal data: {@code toString} masks it and
 * no exception message shows it (rule EU-4); read it with {@link #value()}.
 *
 * @param value the number, digits with an optional hyphen after the area code and before an extension
 */
public record PhoneNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile(PropertyFormats.PHONE);
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /**
     * Creates a phone number.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not a mobile or landline number (the message
     *                                  does not show it)
     */
    public PhoneNumber {
        Objects.requireNonNull(value, "PhoneNumber.value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("PhoneNumber must be a mobile number or a landline number with"
                    + " area code (" + value.length() + " characters given)");
        }
    }

    /**
     * Obtains a phone number from text, ignoring spaces.
     *
     * @param text the number
     * @return the phone number
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the text is not a phone number
     */
    public static PhoneNumber parse(String text) {
        Objects.requireNonNull(text, "PhoneNumber.text");
        return new PhoneNumber(text.replace(" ", ""));
    }

    /**
     * Checks if this is a mobile number.
     *
     * @return true for a mobile number, false for a landline
     */
    public boolean isMobile() {
        return MOBILE.matcher(value).matches();
    }

    /** Returns a masked text that shows no digit (rule EU-4). */
    @Override
    public String toString() {
        return "PhoneNumber[masked]";
    }
}
