package dev.aftersales.calendar;

import dev.aftersales.common.AfterSalesException;
import java.util.Locale;

/**
 * Thrown when a {@link CalendarRegistry} is asked for a calendar id it does not know.
 */
public class UnknownCalendarException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String id;

    /**
     * Creates the exception.
     *
     * @param id the unknown id
     */
    public UnknownCalendarException(String id) {
        super(Messages.text(Locale.ENGLISH, "unknown", id));
        this.id = id;
    }

    /**
     * Gets the unknown id.
     *
     * @return the id asked for
     */
    public String id() {
        return id;
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese, e.g. {@code 没有编号为 cn-x 的日历}.
     *
     * @param locale the language; {@code null} is taken as English
     * @return the message, naming the id
     */
    @Override
    public String message(Locale locale) {
        return Messages.text(locale, "unknown", id);
    }
}
