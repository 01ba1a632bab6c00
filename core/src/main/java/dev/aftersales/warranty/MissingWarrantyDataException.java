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
        super(CoverageDecision.text(java.util.Locale.ENGLISH, "error.missingData", field, component));
        this.field = field;
        this.component = component;
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese.
     *
     * @param locale the locale
     * @return the message, naming the setting and the component
     */
    @Override
    public String message(java.util.Locale locale) {
        return CoverageDecision.text(locale, "error.missingData", field, component);
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
