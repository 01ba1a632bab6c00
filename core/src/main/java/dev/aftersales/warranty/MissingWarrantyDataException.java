package dev.aftersales.warranty;

import dev.aftersales.common.AfterSalesException;

/**
 * Thrown when a term cannot be computed because the estate's warranty settings lack a fact it
 * needs: the completion acceptance date, a heating or cooling season, or the design service life.
 */
public class MissingWarrantyDataException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String component;

    /**
     * Creates the exception.
     *
     * @param field     the missing setting, e.g. {@code designServiceLifeYears}
     * @param component the component whose term needs it
     */
    public MissingWarrantyDataException(String field, String component) {
        super(field + ": required by the warranty term of " + component);
        this.field = field;
        this.component = component;
    }

    /**
     * Gets the missing setting.
     *
     * @return the missing setting
     */
    public String field() {
        return field;
    }

    /**
     * Gets the component key.
     *
     * @return the component key
     */
    public String component() {
        return component;
    }
}
