package dev.aftersales.warranty;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a unit's term for a component (rule WA-5): the later of handover + owner's minimum,
 * completion acceptance + contractor's term and handover + developer's grant.
 */
public final class WarrantyTerms {

    private final StatutoryCatalogue catalogue;

    /**
     * Creates the calculator.
     *
     * @param catalogue the statutory catalogue
     */
    public WarrantyTerms(StatutoryCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * Gets the catalogue.
     *
     * @return the catalogue
     */
    public StatutoryCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Finds a component: the catalogue's, else the estate's own.
     *
     * @param settings the estate's settings
     * @param key      the component key
     * @return the component
     * @throws IllegalArgumentException if neither lists it
     */
    public Component component(WarrantySettings settings, String key) {
        return catalogue.find(key).map(StatutoryTerm::component)
                .or(() -> Optional.ofNullable(settings.ownComponents().get(key)).map(AgreedComponent::component))
                .orElseThrow(() -> new IllegalArgumentException("component: unknown: " + key));
    }

    /**
     * Computes the term of a component for a handed-over unit.
     *
     * @param unit the unit
     * @param key  the component key
     * @return the term, or empty if the component has none (agreed, and nothing agreed or granted)
     * @throws IllegalStateException        if the unit is not handed over
     * @throws MissingWarrantyDataException if a needed setting is missing
     */
    public Optional<ComponentTerm> termOf(UnitFacts unit, String key) {
        LocalDate handover = unit.handoverDate()
                .orElseThrow(() -> new IllegalStateException("unit not handed over: no warranty term yet"));
        WarrantySettings s = unit.settings();
        Optional<StatutoryTerm> statutory = catalogue.find(key);
        if (statutory.isEmpty()) {
            AgreedComponent own = s.ownComponents().get(key);
            if (own == null) {
                throw new IllegalArgumentException("component: unknown: " + key);
            }
            return Optional.of(new ComponentTerm(own.component(), handover,
                    end(own.term(), handover, s, key), TermSource.AGREED_TERM));
        }
        StatutoryTerm t = statutory.get();
        LocalDate best = null;
        TermSource source = null;
        if (t.ownerMinimum().kind() != PeriodKind.AGREED) {
            best = end(t.ownerMinimum(), handover, s, key);
            source = TermSource.OWNER_MINIMUM;
        }
        if (t.contractorMinimum().kind() != PeriodKind.AGREED) {
            LocalDate acceptance = s.acceptanceOf(unit.building())
                    .orElseThrow(() -> new MissingWarrantyDataException("completionAcceptance", key));
            LocalDate contractor = end(t.contractorMinimum(), acceptance, s, key);
            if (best == null || contractor.isAfter(best)) {
                best = contractor;
                source = TermSource.CONTRACTOR_TERM;
            }
        }
        Optional<WarrantyPeriod> grant = s.grantFor(key);
        if (grant.isPresent()) {
            LocalDate granted = end(grant.get(), handover, s, key);
            if (best == null || granted.isAfter(best)) {
                best = granted;
                source = TermSource.DEVELOPER_GRANT;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new ComponentTerm(t.component(), handover, best, source));
    }

    /**
     * Gives the exclusive end of a period counted from a date: {@code LocalDate.plusMonths} for
     * months and design service life (years), whole seasons for seasons (the later of the heating
     * and the cooling season where both are set).
     *
     * @param period   the period, not agreed
     * @param from     the first covered date
     * @param settings the estate's settings (seasons, design service life)
     * @param key      the component key, for errors
     * @return the first date no longer covered
     * @throws MissingWarrantyDataException if seasons or the design service life are needed and missing
     */
    static LocalDate end(WarrantyPeriod period, LocalDate from, WarrantySettings settings, String key) {
        return switch (period.kind()) {
            case MONTHS -> from.plusMonths(period.amount());
            case DESIGN_SERVICE_LIFE -> {
                if (settings.designServiceLifeYears() == null) {
                    throw new MissingWarrantyDataException("designServiceLifeYears", key);
                }
                yield from.plusYears(settings.designServiceLifeYears());
            }
            case SEASONS -> {
                if (settings.heatingSeason() == null && settings.coolingSeason() == null) {
                    throw new MissingWarrantyDataException("heatingSeason", key);
                }
                LocalDate heating = settings.heatingSeason() == null ? LocalDate.MIN
                        : settings.heatingSeason().endAfter(from, period.amount());
                LocalDate cooling = settings.coolingSeason() == null ? LocalDate.MIN
                        : settings.coolingSeason().endAfter(from, period.amount());
                yield heating.isAfter(cooling) ? heating : cooling;
            }
            case AGREED -> throw new IllegalArgumentException("an agreed period has no length");
        };
    }
}
