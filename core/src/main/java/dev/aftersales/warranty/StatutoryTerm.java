package dev.aftersales.warranty;

import java.util.Objects;

/**
 * One entry of the statutory catalogue: a component with the owner's minimum term from handover
 * and the contractor's minimum term from completion acceptance (rule WA-5).
 *
 * @param component        the component
 * @param ownerMinimum     the owner's minimum, counted from handover
 * @param contractorMinimum the contractor's minimum, counted from completion acceptance
 * @param rule             the rule id the entry cites, e.g. {@code WA-5}
 */
public record StatutoryTerm(Component component, WarrantyPeriod ownerMinimum, WarrantyPeriod contractorMinimum,
                            String rule) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public StatutoryTerm {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(ownerMinimum, "ownerMinimum");
        Objects.requireNonNull(contractorMinimum, "contractorMinimum");
        Objects.requireNonNull(rule, "rule");
    }
}
