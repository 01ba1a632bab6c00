package dev.aftersales.warranty;

import java.util.Objects;

/**
 * A component of an estate's own ("other parts") with the term agreed between developer and
 * owner, counted from handover; it has no statutory floor (rule WA-5).
 *
 * @param component the component
 * @param term      the agreed term, months or seasons
 */
public record AgreedComponent(Component component, WarrantyPeriod term) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the term is not a counted period (months or seasons)
     */
    public AgreedComponent {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(term, "term");
        if (term.kind() == PeriodKind.AGREED) {
            throw new IllegalArgumentException("term of " + component.key() + ": an agreed component needs a length");
        }
    }
}
