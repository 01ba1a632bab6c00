package dev.aftersales.property;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message bundle of the property exceptions, {@code dev/aftersales/property/messages}, in
 * English and Chinese (rules EU-4, CP-2).
 */
final class Messages {

    /** The bundle's base name. */
    static final String BUNDLE = "dev.aftersales.property.messages";

    private Messages() {
    }

    /**
     * Names a kind of record (e.g. {@code unit}) or a word of a message (e.g. {@code contract date})
     * in the language of the locale, or gives it as it is when the bundle does not know it.
     */
    static String word(String prefix, String word, Locale locale) {
        Locale language = locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
        try {
            return ResourceBundle.getBundle(BUNDLE, language, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(prefix + word);
        } catch (MissingResourceException e) {
            return word;
        }
    }

    static String kind(String kind, Locale locale) {
        return word("kind.", kind, locale);
    }
}
