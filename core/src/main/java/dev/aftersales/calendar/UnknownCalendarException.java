package dev.aftersales.calendar;

import dev.aftersales.common.AfterSalesException;

/**
 * Thrown when a {@link CalendarRegistry} is asked for a calendar id it does not know.
 */
public class UnknownCalendarException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param id the unknown id
     */
    public UnknownCalendarException(String id) {
        super("no calendar with id " + id);
    }
}
