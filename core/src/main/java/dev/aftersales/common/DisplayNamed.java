package dev.aftersales.common;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A value a screen shows to people, with a display name in English and Chinese (rule CP-2: the
 * library speaks both languages wherever it talks to people). The ticket and property enums
 * ({@code TicketState}, {@code Channel}, {@code UnitKind} ...) implement it, and the commitment,
 * warranty and measurement ones ({@code CommitmentStatus}, {@code FiringKind},
 * {@code CoverageOutcome}, {@code Exclusion}, {@code RoundEntryStatus}).
 *
 * <p>The names come from the bundle {@code DisplayNames} in the package of the enum, keyed by
 * {@code SimpleName.CONSTANT} (e.g. {@code dev/aftersales/ticket/DisplayNames.properties} holds
 * {@code TicketState.RECEIVED=Received} and its {@code _zh_CN} part {@code TicketState.RECEIVED=已受理}).
 * Any Chinese locale gives the Chinese name, every other locale the English one, never the
 * JVM's default locale: a server running in {@code zh_CN} still answers English with English.
 *
 * <p>Enums implement it, and {@code Channel}, whose built-in constants are named the same way;
 * a constant without a name in either language is a build failure (the display-name test of the
 * core module checks every constant).
 */
public interface DisplayNamed {

    /** The base name of the bundle in the package of each implementing enum. */
    String BUNDLE = "DisplayNames";

    /**
     * Returns the constant's name in code, as stored by every adapter (implemented by the enum).
     *
     * @return the constant's name, e.g. {@code RECEIVED}
     */
    String name();

    /**
     * Returns the name to show to people in the given language, e.g. {@code Received} or {@code 已受理}.
     *
     * @param locale the language: any Chinese locale for Chinese, any other for English
     * @return the display name
     * @throws NullPointerException     if the locale is null
     * @throws MissingResourceException if the constant has no name in that language
     */
    default String displayName(Locale locale) {
        Class<?> type = this instanceof Enum<?> constant ? constant.getDeclaringClass() : getClass();
        ResourceBundle bundle = ResourceBundle.getBundle(type.getPackageName() + "." + BUNDLE,
                CommandMessages.supported(locale), type.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.getString(type.getSimpleName() + "." + name());
    }

    /**
     * Returns the English display name, e.g. {@code Received}.
     *
     * @return the English name
     */
    default String displayName() {
        return displayName(Locale.ENGLISH);
    }
}
