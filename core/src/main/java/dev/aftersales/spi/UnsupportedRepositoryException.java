package dev.aftersales.spi;

import dev.aftersales.common.AfterSalesException;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown by an accessor of {@link AfterSalesStore} when the store does not provide that
 * repository: a store written before the repository existed keeps compiling and fails only when
 * the feature is used. The message names the repository, in English or Chinese.
 */
public class UnsupportedRepositoryException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String repository;

    /**
     * Creates the exception.
     *
     * @param repository the missing repository, e.g. {@code CallbackRoundRepository}
     */
    public UnsupportedRepositoryException(String repository) {
        super(text(Objects.requireNonNull(repository, "repository"), Locale.ENGLISH));
        this.repository = repository;
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese.
     *
     * @param locale the locale
     * @return the message, naming the repository
     */
    public String message(Locale locale) {
        return text(repository, locale);
    }

    /**
     * Gets the name of the missing repository.
     *
     * @return the repository's name
     */
    public String repository() {
        return repository;
    }

    private static String text(String repository, Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage())
                ? "此存储未提供 " + repository
                : "this store does not provide the " + repository;
    }
}
