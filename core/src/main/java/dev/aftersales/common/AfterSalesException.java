package dev.aftersales.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The root of the library's exceptions. Messages name identifiers, states and actions only,
 * never personal data (rule EU-4).
 *
 * <p>Every exception of the library gives its message in English and Chinese through
 * {@link #message(Locale)} (rule CP-2, see {@link LocalizedMessage}); {@link #getMessage()} is the
 * English one.
 */
public class AfterSalesException extends RuntimeException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, without personal data
     */
    public AfterSalesException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, without personal data
     * @param cause   the underlying failure
     */
    public AfterSalesException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Gets the message in English, unless the locale's language is Chinese ({@code zh}, any
     * country or script): then in Chinese. The JVM's default locale plays no part. It names the
     * same identifiers, fields and states as {@link #getMessage()}, never personal data (rule EU-4).
     *
     * <p>This default returns {@link #getMessage()}; the library's exceptions override it.
     *
     * @param locale the language wanted; {@code null} is taken as English
     * @return the message
     */
    @Override
    public String message(Locale locale) {
        return getMessage();
    }

    /**
     * Tells whether a locale asks for Chinese.
     *
     * @param locale the locale, or {@code null}
     * @return true if its language is Chinese
     */
    protected static boolean chinese(Locale locale) {
        return locale != null && Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    /**
     * Formats a text of a message bundle in English or (for a Chinese locale) Chinese. The bundle
     * has an English base file and a {@code _zh} file; the arguments are printed with
     * {@code String.valueOf}, so numbers and dates appear as in the English message.
     *
     * @param bundle the bundle's base name, e.g. {@code dev.aftersales.property.messages}
     * @param locale the language wanted; {@code null} is taken as English
     * @param key    the key
     * @param args   the arguments
     * @return the text
     */
    protected static String text(String bundle, Locale locale, String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle(bundle, chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                AfterSalesException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return MessageFormat.format(b.getString(key), texts);
    }
}
