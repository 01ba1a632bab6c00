package dev.aftersales.spi;

import dev.aftersales.common.AfterSalesException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Thrown by an {@link AfterSalesStore} accessor of a repository the store does not provide: a
 * store written before the repository existed keeps compiling, and fails with this exception,
 * naming the repository, only when a feature needing it is used.
 */
public class UnsupportedRepositoryException extends AfterSalesException {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "dev.aftersales.spi.messages";

    private final String repository;

    /**
     * Creates the exception.
     *
     * @param repository the simple name of the repository interface, e.g. {@code "WarrantySettingsRepository"}
     * @throws NullPointerException if the repository is null
     */
    public UnsupportedRepositoryException(String repository) {
        super(format(Locale.ENGLISH, Objects.requireNonNull(repository, "repository")));
        this.repository = repository;
    }

    /**
     * Gets the repository the store does not provide.
     *
     * @return the simple name of its interface
     */
    public String repository() {
        return repository;
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese.
     *
     * @param locale the locale; {@code null} is taken as English
     * @return the message, naming the repository
     */
    @Override
    public String message(Locale locale) {
        return format(locale, repository);
    }

    private static String format(Locale locale, String repository) {
        Locale lang = chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, lang,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return MessageFormat.format(b.getString("unsupportedRepository"), repository);
    }
}
