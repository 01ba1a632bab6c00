package dev.aftersales.property;

import dev.aftersales.common.AfterSalesException;

/**
 * Thrown when a command conflicts with what is stored: an id already taken, a unit already sold,
 * a plot named under another estate, a date after today. The message names ids, states and dates
 * only, never personal data (rule EU-4); nothing is changed.
 */
public class PropertyConflictException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what conflicts, with ids only
     */
    public PropertyConflictException(String message) {
        super(message);
    }
}
