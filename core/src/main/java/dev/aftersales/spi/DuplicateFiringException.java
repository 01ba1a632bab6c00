package dev.aftersales.spi;

import dev.aftersales.commitment.FiringKey;
import java.util.Locale;

/**
 * Thrown by a commitment repository when a firing is recorded under a key that is already recorded
 * (rules SL-8, SL-9: each warning, breach and escalation is recorded exactly once). Nothing of the
 * sweep step is written. A {@link StaleWriteException}, so that a sweeper treats it like any lost
 * race: it drops its work on that commitment.
 */
public class DuplicateFiringException extends StaleWriteException {

    private static final long serialVersionUID = 1L;

    private final transient FiringKey key;

    /**
     * Creates the exception.
     *
     * @param key the key already recorded
     */
    public DuplicateFiringException(FiringKey key) {
        super("Firing", key.text(), 0, 1);
        this.key = key;
    }

    /**
     * Gets the message in Chinese for a Chinese locale, naming the key (rules SL-8, SL-9), e.g.
     * {@code 触发 C-1/response/BREACH 已记录：...}; in English it is {@link #getMessage()}, the
     * message of a stale write.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the key
     */
    @Override
    public String message(Locale locale) {
        return chinese(locale) ? text(UnsupportedRepositoryException.BUNDLE, locale, "duplicateFiring", key.text())
                : getMessage();
    }

    /**
     * Gets the key already recorded.
     *
     * @return the key
     */
    public FiringKey key() {
        return key;
    }
}
