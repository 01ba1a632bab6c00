package dev.aftersales.property;

/**
 * The text formats of the property model as regular expressions, shared by the value types and
 * the Bean Validation annotations of the commands (rule CP-2).
 */
public final class PropertyFormats {

    /** An identifier, as {@link dev.aftersales.common.Identifiers} accepts it. */
    public static final String ID = "[A-Za-z0-9._:-]{1,64}";

    /**
     * A phone number: a mainland mobile number ({@code 1[3-9]} and nine more digits) or a landline
     * number with its area code ({@code 0} and two or three digits), an optional hyphen, seven or
     * eight digits and an optional extension ({@code -} and one to six digits).
     */
    public static final String PHONE = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?";

    /** A resident identity-card number: 17 digits and a digit or {@code X}. */
    public static final String ID_CARD = "\\d{17}[\\dX]";

    /** An ownership share as a fraction, e.g. {@code 1/2}: numerator and denominator 1 to 9999. */
    public static final String SHARE = "[1-9]\\d{0,3}/[1-9]\\d{0,3}";

    private PropertyFormats() {
    }
}
