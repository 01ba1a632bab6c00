package dev.aftersales.ticket;

import dev.aftersales.common.DisplayNamed;
import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The channel through which a ticket reached the company. Whatever the channel, the receiving
 * unit accepts the ticket (one-stop acceptance, rule CP-4).
 *
 * <p>The library names the channels of the manuals and the ones owners use today as constants
 * ({@link #HOTLINE}, {@link #WECHAT} ...; {@link #builtIns()} lists them). A company with a channel
 * of its own (a Douyin account, a DingTalk group, a partner platform) names it by a code:
 * {@code Channel.of("DOUYIN")}. A code is 1 to {@value #MAX_LENGTH} characters of
 * {@code [A-Z0-9_]} starting with a letter, so it is safe in logs and in every adapter, which stores
 * the code (the built-in constants store their name, as before). Policies select custom channels
 * like built-in ones ({@code TicketSelector.any().withChannels(Channel.of("DOUYIN"))}).
 *
 * <p>Two channels are equal when their codes are; {@code Channel.of("HOTLINE")} is the constant
 * {@link #HOTLINE} itself. The built-in constants have display names in English and Chinese
 * ({@link #displayName(Locale)}, from {@code dev/aftersales/ticket/DisplayNames.properties});
 * a custom channel's display name is its code in every language: the application that invented the
 * channel names it on its own screens.
 */
public final class Channel implements DisplayNamed, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The longest code accepted, the width every adapter stores. */
    public static final int MAX_LENGTH = 32;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (MAX_LENGTH - 1) + "}");
    private static final Map<String, Channel> BUILT_IN = new LinkedHashMap<>();

    /** The unified customer-service hotline (rules RP-1, CP-1). */
    public static final Channel HOTLINE = builtIn("HOTLINE");
    /** The company website. */
    public static final Channel WEBSITE = builtIn("WEBSITE");
    /** A sales office (CP-4). */
    public static final Channel SALES_OFFICE = builtIn("SALES_OFFICE");
    /** The property-management office of the estate (CP-4). */
    public static final Channel PROPERTY_OFFICE = builtIn("PROPERTY_OFFICE");
    /** The customer-service desk (CP-4). */
    public static final Channel CUSTOMER_SERVICE_DESK = builtIn("CUSTOMER_SERVICE_DESK");
    /** A customer walking in (CV-1). */
    public static final Channel WALK_IN = builtIn("WALK_IN");
    /** A letter, entered on a transfer record for the supervisor (rule CV-3). */
    public static final Channel LETTER = builtIn("LETTER");
    /** An email. */
    public static final Channel EMAIL = builtIn("EMAIL");
    /** The building intercom to the property monitoring centre, the 24/7 night line for emergencies and paid household repairs (rule RP-1). */
    public static final Channel INTERCOM = builtIn("INTERCOM");
    /** A finding of a staff patrol, always on a common area (rule PT-2). */
    public static final Channel PATROL = builtIn("PATROL");
    /** The company's WeChat official account (微信公众号). */
    public static final Channel WECHAT = builtIn("WECHAT");
    /** The company's WeChat mini-program (小程序). */
    public static final Channel MINI_PROGRAM = builtIn("MINI_PROGRAM");
    /** The company's owner app (业主APP). */
    public static final Channel OWNER_APP = builtIn("OWNER_APP");

    private static final List<Channel> BUILT_INS = List.copyOf(BUILT_IN.values());

    private final String code;

    private Channel(String code) {
        this.code = code;
    }

    private static Channel builtIn(String code) {
        Channel channel = new Channel(code);
        BUILT_IN.put(code, channel);
        return channel;
    }

    /**
     * Obtains the channel with the given code: the built-in constant of that name, or a channel of
     * the company's own.
     *
     * @param code the code, 1 to {@value #MAX_LENGTH} characters of {@code [A-Z0-9_]} starting with a letter
     * @return the channel
     * @throws NullPointerException     if the code is null
     * @throws IllegalArgumentException if the code is not well formed (the message names the length, never the text)
     */
    public static Channel of(String code) {
        Objects.requireNonNull(code, "channel");
        Channel builtIn = BUILT_IN.get(code);
        if (builtIn != null) {
            return builtIn;
        }
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("channel must be 1 to " + MAX_LENGTH
                    + " characters of [A-Z0-9_] starting with a letter, got " + code.length() + " characters");
        }
        return new Channel(code);
    }

    /**
     * Returns the channels the library names, in the order of their declaration.
     *
     * @return the built-in channels, unmodifiable
     */
    public static List<Channel> builtIns() {
        return BUILT_INS;
    }

    /**
     * Returns the code, as every adapter stores it, e.g. {@code HOTLINE} or {@code DOUYIN}.
     *
     * @return the code
     */
    @Override
    public String name() {
        return code;
    }

    /**
     * Tells whether the library names this channel (and has display names for it).
     *
     * @return true for a built-in constant, false for a company's own channel
     */
    public boolean isBuiltIn() {
        return BUILT_IN.get(code) == this;
    }

    /**
     * Returns the name to show to people: for a built-in channel its name in the given language
     * (e.g. {@code 微信公众号}), for a custom channel its code.
     *
     * @param locale the language: any Chinese locale for Chinese, any other for English
     * @return the display name
     * @throws NullPointerException if the locale is null
     */
    @Override
    public String displayName(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return isBuiltIn() ? DisplayNamed.super.displayName(locale) : code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Channel that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }

    @Serial
    private Object readResolve() {
        return of(code);
    }
}
