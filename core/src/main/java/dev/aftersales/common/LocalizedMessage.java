package dev.aftersales.common;

import java.util.Locale;

/**
 * An exception that gives its message in English or Chinese (rule CP-2): every
 * {@link AfterSalesException}, and the library's {@link IllegalArgumentException}s that are not
 * ones (e.g. {@code CalendarArgumentException}). A caller shows {@code message(locale)} to people
 * and logs {@link #getMessage()}, the English one. Messages name identifiers, fields and states
 * only, never personal data (rule EU-4).
 */
public interface LocalizedMessage {

    /**
     * Gets the English message.
     *
     * @return the message, as {@link Throwable#getMessage()}
     */
    String getMessage();

    /**
     * Gets the message in English, unless the locale's language is Chinese ({@code zh}, any country
     * or script): then in Chinese. The JVM's default locale plays no part.
     *
     * @param locale the language wanted; {@code null} is taken as English
     * @return the message, naming the same identifiers, fields and states as {@link #getMessage()}
     */
    String message(Locale locale);
}
