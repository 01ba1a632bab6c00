package dev.aftersales.calendar;

import dev.aftersales.common.LocalizedMessage;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@link IllegalArgumentException} of the calendar's values (working periods, date ranges,
 * layers of exceptions, calendars) with its problem in English and Chinese (rule CP-2):
 * {@link #getMessage()} is the English problem, {@link #message(Locale)} gives the Chinese one for
 * a Chinese locale. {@link CalendarFormat} shows the Chinese problem of a malformed line with it.
 * Not public: callers catch {@code IllegalArgumentException}, and may ask it for its
 * {@link LocalizedMessage}.
 */
final class BilingualArgumentException extends IllegalArgumentException implements LocalizedMessage {

    private static final long serialVersionUID = 1L;

    private final String chineseProblem;

    /**
     * Creates the exception.
     *
     * @param problem        what is wrong, in English, with the values
     * @param chineseProblem the same in Chinese
     * @param cause          the underlying failure, or null
     * @throws NullPointerException if a problem is null
     */
    BilingualArgumentException(String problem, String chineseProblem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem"), cause);
        this.chineseProblem = Objects.requireNonNull(chineseProblem, "chineseProblem");
    }

    /**
     * Creates the exception without a cause.
     *
     * @param problem        what is wrong, in English, with the values
     * @param chineseProblem the same in Chinese
     * @throws NullPointerException if a problem is null
     */
    BilingualArgumentException(String problem, String chineseProblem) {
        this(problem, chineseProblem, null);
    }

    /**
     * Gets the problem in English or (for a Chinese locale) Chinese.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the problem
     */
    @Override
    public String message(Locale locale) {
        return Messages.chinese(locale) ? chineseProblem : getMessage();
    }
}
