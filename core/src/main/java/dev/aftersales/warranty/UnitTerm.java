package dev.aftersales.warranty;

import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored warranty term of one component of a handed-over unit (rules WA-1, WA-4, WA-5): the
 * first local date it no longer covers. Derived from the unit's handover date and its estate's
 * settings; kept so that terms ending in a period can be found without deciding every unit again.
 *
 * @param unit      the unit
 * @param estate    the unit's estate
 * @param component the component key, e.g. {@code pipe-leaks}
 * @param end       the first date no longer covered
 */
public record UnitTerm(UnitId unit, EstateId estate, String component, LocalDate end) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the component key is blank
     */
    public UnitTerm {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(end, "end");
        if (component.isBlank()) {
            throw new IllegalArgumentException("component: blank");
        }
    }

    /**
     * Returns the stored term of a unit's component term.
     *
     * @param unit   the unit
     * @param estate the unit's estate
     * @param term   the component's term
     * @return the stored term
     * @throws NullPointerException if an argument is null
     */
    public static UnitTerm of(UnitId unit, EstateId estate, ComponentTerm term) {
        return new UnitTerm(unit, estate, term.component().key(), term.end());
    }
}
