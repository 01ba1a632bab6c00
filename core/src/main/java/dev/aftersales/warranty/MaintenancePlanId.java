package dev.aftersales.warranty;

import dev.aftersales.property.EstateId;
import java.util.Objects;

/**
 * The key of a maintenance plan (rule WA-3): an estate has at most one plan per component and scope.
 *
 * @param estate    the estate
 * @param component the component key, e.g. {@code doors-windows} or an estate's own {@code fire-doors}
 * @param scope     units or buildings
 */
public record MaintenancePlanId(EstateId estate, String component, MaintenanceScope scope) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the component is not a component key (lower case letters,
     *                                  digits and dashes, at most 100 characters)
     */
    public MaintenancePlanId {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(scope, "scope");
        if (component.length() > 100 || !component.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("component: lower case letters, digits and dashes, at most 100");
        }
    }

    /**
     * Creates the key of an estate's plan.
     *
     * @param estate    the estate
     * @param component the component key
     * @param scope     units or buildings
     * @return the key
     */
    public static MaintenancePlanId of(EstateId estate, String component, MaintenanceScope scope) {
        return new MaintenancePlanId(estate, component, scope);
    }

    /**
     * Gets the key as text, {@code estate/component/SCOPE}, for messages and storage keys.
     *
     * @return the text
     */
    public String text() {
        return estate.value() + "/" + component + "/" + scope;
    }
}
