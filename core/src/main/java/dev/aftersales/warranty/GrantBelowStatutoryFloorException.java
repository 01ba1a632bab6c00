package dev.aftersales.warranty;

import dev.aftersales.common.AfterSalesException;

/**
 * Thrown when a developer's grant for a component is shorter than (or not comparable with) the
 * statutory floor: a developer may grant longer terms, never shorter ones (rule WA-5).
 */
public class GrantBelowStatutoryFloorException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final String component;
    private final transient WarrantyPeriod floor;
    private final transient WarrantyPeriod grant;

    /**
     * Creates the exception.
     *
     * @param component the component key
     * @param floor     the statutory floor (owner's minimum)
     * @param grant     the refused grant
     */
    public GrantBelowStatutoryFloorException(String component, WarrantyPeriod floor, WarrantyPeriod grant) {
        super(CoverageDecision.text(java.util.Locale.ENGLISH, "error.grantBelowFloor", component, grant, floor));
        this.component = component;
        this.floor = floor;
        this.grant = grant;
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese.
     *
     * @param locale the locale
     * @return the message, naming the component, the grant and the floor
     */
    @Override
    public String message(java.util.Locale locale) {
        return CoverageDecision.text(locale, "error.grantBelowFloor", component, grant, floor);
    }

    /**
     * Gets the component key.
     *
     * @return the component key
     */
    public String component() {
        return component;
    }

    /**
     * Gets the statutory floor.
     *
     * @return the statutory floor
     */
    public WarrantyPeriod floor() {
        return floor;
    }

    /**
     * Gets the refused grant.
     *
     * @return the refused grant
     */
    public WarrantyPeriod grant() {
        return grant;
    }
}
