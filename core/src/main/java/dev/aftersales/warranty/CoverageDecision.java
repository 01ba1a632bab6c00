package dev.aftersales.warranty;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Whether a defect of a component is under warranty, with its reasons (rules WA-1, WA-2, WA-6).
 * A decision that is not {@link CoverageOutcome#COVERED} still offers a paid repair (WA-2).
 *
 * @param outcome    the outcome
 * @param component  the component
 * @param defectDate the date the defect appeared
 * @param handover   the unit's handover date, or null if not handed over
 * @param term       the component's term, or null (not handed over, no term, or excluded before computing it)
 * @param cause      the cause found by staff
 */
public record CoverageDecision(CoverageOutcome outcome, Component component, LocalDate defectDate,
                               LocalDate handover, ComponentTerm term, DefectCause cause) {

    private static final String BUNDLE = "dev.aftersales.warranty.explanation";

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if outcome, component, defect date or cause is null
     * @throws IllegalArgumentException if the fields do not fit the outcome
     */
    public CoverageDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(defectDate, "defectDate");
        Objects.requireNonNull(cause, "cause");
        boolean fits = switch (outcome) {
            case COVERED -> term != null && term.covers(defectDate) && !cause.isExcluded();
            case EXPIRED -> term != null && !defectDate.isBefore(term.end()) && !cause.isExcluded();
            case EXCLUDED -> cause.isExcluded() && handover != null;
            case NOT_HANDED_OVER -> handover == null || defectDate.isBefore(handover);
            case NO_TERM -> term == null && handover != null;
        };
        if (!fits) {
            throw new IllegalArgumentException("decision fields do not fit the outcome " + outcome);
        }
    }

    /**
     * Gets the last covered date of a covered defect.
     *
     * @return the last day of the term if COVERED, else empty
     */
    public Optional<LocalDate> coveredThrough() {
        return outcome == CoverageOutcome.COVERED ? Optional.of(term.lastCoveredDay()) : Optional.empty();
    }

    /**
     * Gets the first uncovered date of an expired term.
     *
     * @return the term's end if EXPIRED, else empty
     */
    public Optional<LocalDate> expiredSince() {
        return outcome == CoverageOutcome.EXPIRED ? Optional.of(term.end()) : Optional.empty();
    }

    /**
     * Gets which term decided the end, for a covered or expired defect.
     *
     * @return the deciding term, or empty
     */
    public Optional<TermSource> decidedBy() {
        return Optional.ofNullable(term).map(ComponentTerm::decidedBy);
    }

    /**
     * Tells whether a paid repair is offered: always when not covered (rule WA-2).
     *
     * @return true unless COVERED
     */
    public boolean paidRepairOffered() {
        return outcome != CoverageOutcome.COVERED;
    }

    /**
     * Explains the decision, naming the dates and the rule, in English or (for a Chinese locale) Chinese.
     *
     * @param locale the locale
     * @return the explanation
     */
    public String explain(Locale locale) {
        Locale lang = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, lang,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String name = component.displayName(lang);
        String text = switch (outcome) {
            case COVERED -> format(b, "covered", name, defectDate, term.lastCoveredDay(),
                    b.getString("source." + term.decidedBy()), handover);
            case EXPIRED -> format(b, "expired", name, defectDate, term.end(),
                    b.getString("source." + term.decidedBy()), handover);
            case EXCLUDED -> format(b, "excluded", name, defectDate, b.getString("exclusion." + cause.exclusion()),
                    cause.reason());
            case NOT_HANDED_OVER -> format(b, "notHandedOver", name, defectDate,
                    handover == null ? b.getString("notYet") : handover.toString());
            case NO_TERM -> format(b, "noTerm", name, defectDate);
        };
        return outcome == CoverageOutcome.COVERED ? text : text + " " + b.getString("paidRepair");
    }

    /**
     * Formats a text of the warranty bundle in English or (for a Chinese locale) Chinese.
     *
     * @param locale the locale
     * @param key    the key
     * @param args   the arguments, printed with {@code String.valueOf}
     * @return the text
     */
    static String text(Locale locale, String key, Object... args) {
        Locale lang = locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return format(ResourceBundle.getBundle(BUNDLE, lang,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), key, args);
    }

    private static String format(ResourceBundle b, String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return MessageFormat.format(b.getString(key), texts);
    }

    @Override
    public String toString() {
        return "CoverageDecision[" + outcome + ", " + component.key() + ", defect " + defectDate
                + (term == null ? "" : ", term end " + term.end() + " by " + term.decidedBy()) + "]";
    }
}
