package dev.aftersales.spi;

import dev.aftersales.property.UnitId;
import dev.aftersales.warranty.UnitTerm;
import java.time.LocalDate;
import java.util.List;

/**
 * Stores the warranty terms of handed-over units, one per unit and component (rules WA-1, WA-4,
 * WA-5), indexed by term end so that the terms ending in a period are found without a scan.
 *
 * <p>Common contracts (see the {@code spi} package): a write joins the calling thread's
 * {@link UnitOfWork} if one is open, else it is atomic on its own; reads see the calling thread's
 * own uncommitted writes and never another thread's; implementations are thread-safe.
 */
public interface WarrantyTermRepository {

    /**
     * Replaces every stored term of a unit by the given ones (none removes them all). Atomic;
     * joins the current unit of work.
     *
     * @param unit  the unit
     * @param terms its terms, at most one per component
     * @throws NullPointerException     if an argument or a term is null
     * @throws IllegalArgumentException if a term is of another unit, or two are of one component
     */
    void replaceTermsOf(UnitId unit, List<UnitTerm> terms);

    /**
     * Lists a unit's stored terms.
     *
     * @param unit the unit
     * @return its terms ordered by component key, empty if none
     * @throws NullPointerException if the unit is null
     */
    List<UnitTerm> termsOf(UnitId unit);

    /**
     * Lists the stored terms whose end lies in the half-open period [from, to).
     *
     * @param from the first end date included
     * @param to   the first end date excluded
     * @return the terms ordered by end, unit id and component key; empty if {@code to} is not after {@code from}
     * @throws NullPointerException if a date is null
     */
    List<UnitTerm> endingBetween(LocalDate from, LocalDate to);

    /**
     * Checks the terms given to {@link #replaceTermsOf}: each of the unit, one per component.
     *
     * @param unit  the unit
     * @param terms the terms
     * @return the terms, an unmodifiable copy
     * @throws NullPointerException     if an argument or a term is null
     * @throws IllegalArgumentException if a term is of another unit, or two are of one component
     */
    static List<UnitTerm> checked(UnitId unit, List<UnitTerm> terms) {
        java.util.Objects.requireNonNull(unit, "unit");
        List<UnitTerm> copy = List.copyOf(terms);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (UnitTerm t : copy) {
            if (!t.unit().equals(unit)) {
                throw new IllegalArgumentException("terms: a term of another unit");
            }
            if (!seen.add(t.component())) {
                throw new IllegalArgumentException("terms: two terms of component " + t.component());
            }
        }
        return copy;
    }
}
