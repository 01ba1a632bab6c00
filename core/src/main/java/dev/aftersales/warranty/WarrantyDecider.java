package dev.aftersales.warranty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a defect is under warranty (rules WA-1, WA-2, WA-5, WA-6), in this order: a
 * defect before handover is NOT_HANDED_OVER; an exclusion found by staff gives EXCLUDED; a
 * component without a term gives NO_TERM; otherwise the defect date inside [handover, term end)
 * is COVERED, after it EXPIRED.
 */
public final class WarrantyDecider {

    private final WarrantyTerms terms;

    /**
     * Creates a decider.
     *
     * @param catalogue the statutory catalogue
     */
    public WarrantyDecider(StatutoryCatalogue catalogue) {
        this.terms = new WarrantyTerms(catalogue);
    }

    /**
     * Creates a decider on the built-in catalogue.
     *
     * @return the decider
     */
    public static WarrantyDecider withBuiltInCatalogue() {
        return new WarrantyDecider(StatutoryCatalogue.builtIn());
    }

    /**
     * Gets the term calculator.
     *
     * @return the calculator
     */
    public WarrantyTerms terms() {
        return terms;
    }

    /**
     * Decides on a defect.
     *
     * @param unit       the unit
     * @param component  the component key
     * @param defectDate the date the defect appeared
     * @param cause      the cause found by staff
     * @return the decision
     * @throws IllegalArgumentException     if the component is unknown
     * @throws MissingWarrantyDataException if the term needs a setting the estate lacks
     */
    public CoverageDecision decide(UnitFacts unit, String component, LocalDate defectDate, DefectCause cause) {
        Objects.requireNonNull(defectDate, "defectDate");
        Objects.requireNonNull(cause, "cause");
        Component c = terms.component(unit.settings(), component);
        LocalDate handover = unit.handover();
        if (handover == null || defectDate.isBefore(handover)) {
            return new CoverageDecision(CoverageOutcome.NOT_HANDED_OVER, c, defectDate, handover, null, cause);
        }
        if (cause.isExcluded()) {
            return new CoverageDecision(CoverageOutcome.EXCLUDED, c, defectDate, handover, null, cause);
        }
        Optional<ComponentTerm> term = terms.termOf(unit, component);
        if (term.isEmpty()) {
            return new CoverageDecision(CoverageOutcome.NO_TERM, c, defectDate, handover, null, cause);
        }
        CoverageOutcome outcome = term.get().covers(defectDate) ? CoverageOutcome.COVERED : CoverageOutcome.EXPIRED;
        return new CoverageDecision(outcome, c, defectDate, handover, term.get(), cause);
    }
}
