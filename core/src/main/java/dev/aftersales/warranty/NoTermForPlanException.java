package dev.aftersales.warranty;

import dev.aftersales.common.AfterSalesException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a maintenance plan is saved for a component its estate gives no warranty term for
 * (rule WA-3): an unknown component, one whose term is only "as agreed", or one whose term needs a
 * setting the estate lacks. Proactive maintenance is planned within a term only.
 */
public class NoTermForPlanException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final MaintenancePlanId plan;
    private final String missingSetting;

    /**
     * Creates the exception.
     *
     * @param plan           the plan
     * @param missingSetting the setting the term needs and the estate lacks, or null if the
     *                       component has no term at all
     */
    public NoTermForPlanException(MaintenancePlanId plan, String missingSetting) {
        super(text(Locale.ENGLISH, Objects.requireNonNull(plan, "plan"), missingSetting));
        this.plan = plan;
        this.missingSetting = missingSetting;
    }

    private static String text(Locale locale, MaintenancePlanId plan, String missing) {
        return missing == null
                ? CoverageDecision.text(locale, "error.planNoTerm", plan.text(), plan.estate().value(), plan.component())
                : CoverageDecision.text(locale, "error.planMissingData", plan.text(), plan.component(), missing,
                plan.estate().value());
    }

    /**
     * Gets the message in English or (for a Chinese locale) Chinese.
     *
     * @param locale the locale
     * @return the message, naming the plan, the component and the missing setting if any
     */
    @Override
    public String message(Locale locale) {
        return text(locale, plan, missingSetting);
    }

    /**
     * Gets the refused plan's key.
     *
     * @return the plan key
     */
    public MaintenancePlanId plan() {
        return plan;
    }

    /**
     * Gets the setting the term needs and the estate lacks.
     *
     * @return the setting, or empty if the component has no term at all
     */
    public Optional<String> missingSetting() {
        return Optional.ofNullable(missingSetting);
    }
}
