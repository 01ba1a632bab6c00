package dev.aftersales.warranty;

import dev.aftersales.property.BuildingId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates of maintenance plans (rule WA-3): when a plan's tasks are due, and until when the
 * warranty they serve runs.
 *
 * <p>Task k (k = 1, 2, ...) of a plan of N months is due on {@code start.plus(Period.ofMonths(k * N))},
 * computed from the start each time, never from the previous due date (from January 31, monthly:
 * February 29 in a leap year, then March 31, not March 29). Tasks are due only while the term runs:
 * due date &lt; term end (half-open, like every period of the library).
 *
 * <p>The start and the term: a UNIT plan counts from the unit's handover date, and its term is
 * the unit's term of the component ({@link WarrantyTerms#termOf}, rule WA-5, the same the desk
 * stores as {@link UnitTerm}). A BUILDING plan (common parts such as entrance and fire doors)
 * counts from the building's completion acceptance date, and its term is the contractor's term of
 * the component from that date, which covers the building as a whole; an estate's own component
 * has its agreed term from that date. A component whose term is only "as agreed" has no term.
 */
public final class MaintenanceSchedule {

    private static final BuildingId PROBE = BuildingId.of("maintenance-probe");

    private final WarrantyTerms terms;

    /**
     * Creates the schedule over a catalogue's terms.
     *
     * @param terms the terms
     * @throws NullPointerException if the terms are null
     */
    public MaintenanceSchedule(WarrantyTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /**
     * Lists the due dates of a plan's tasks from a start, before the term end and before a horizon.
     *
     * @param start          the handover or completion acceptance date
     * @param intervalMonths the plan's interval, 1 or more
     * @param termEnd        the first date the term no longer covers
     * @param until          the first due date not generated (the horizon, exclusive)
     * @return the due dates, ascending; empty if the first is not before both limits
     * @throws NullPointerException     if a date is null
     * @throws IllegalArgumentException if the interval is not positive
     */
    public static List<LocalDate> dueDates(LocalDate start, int intervalMonths, LocalDate termEnd, LocalDate until) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(termEnd, "termEnd");
        Objects.requireNonNull(until, "until");
        if (intervalMonths < 1) {
            throw new IllegalArgumentException("intervalMonths: 1 or more, got " + intervalMonths);
        }
        LocalDate limit = termEnd.isBefore(until) ? termEnd : until;
        List<LocalDate> out = new ArrayList<>();
        for (long k = 1; ; k++) {
            LocalDate due = start.plus(Period.ofMonths(Math.toIntExact(k * intervalMonths)));
            if (!due.isBefore(limit)) {
                return out;
            }
            out.add(due);
        }
    }

    /**
     * Gets the end of a unit's term of a component (UNIT plans).
     *
     * @param settings  the estate's settings
     * @param building  the unit's building
     * @param handover  the unit's handover date
     * @param component the component key
     * @return the first date no longer covered, or empty if the component has no term
     * @throws MissingWarrantyDataException if the term needs a setting the estate lacks
     * @throws IllegalArgumentException     if the component is unknown
     */
    public Optional<LocalDate> unitTermEnd(WarrantySettings settings, BuildingId building, LocalDate handover,
                                           String component) {
        return terms.termOf(UnitFacts.handedOver(settings, building, handover), component).map(ComponentTerm::end);
    }

    /**
     * Gets the end of a building's term of a component (BUILDING plans): the contractor's term from
     * its completion acceptance, or an own component's agreed term from that date.
     *
     * @param settings  the estate's settings
     * @param building  the building
     * @param component the component key
     * @return the first date no longer covered, or empty if the component has no such term
     * @throws MissingWarrantyDataException if the acceptance date or another needed setting is missing
     * @throws IllegalArgumentException     if the component is unknown
     */
    public Optional<LocalDate> buildingTermEnd(WarrantySettings settings, BuildingId building, String component) {
        LocalDate acceptance = settings.acceptanceOf(building)
                .orElseThrow(() -> new MissingWarrantyDataException("completionAcceptance", component));
        WarrantyPeriod period = terms.catalogue().find(component).map(StatutoryTerm::contractorMinimum)
                .or(() -> Optional.ofNullable(settings.ownComponents().get(component)).map(AgreedComponent::term))
                .orElseThrow(() -> new IllegalArgumentException("component: unknown: " + component));
        return period.kind() == PeriodKind.AGREED ? Optional.empty()
                : Optional.of(WarrantyTerms.end(period, acceptance, settings, component));
    }

    /**
     * Checks that an estate can give a term for a plan's component (rule WA-3): the component is
     * the catalogue's or the estate's own, its term is not only "as agreed", and the settings hold
     * what the term needs (the date it counts from is probed with the estate's, else a building's,
     * completion acceptance date).
     *
     * @param plan     the plan
     * @param settings the estate's settings
     * @throws NoTermForPlanException if the estate gives no term for the component
     */
    public void requireTerm(MaintenancePlan plan, WarrantySettings settings) {
        MaintenancePlanId id = plan.id();
        BuildingId building = settings.completionAcceptance() != null || settings.buildingAcceptance().isEmpty() ? PROBE
                : settings.buildingAcceptance().keySet().stream().min(java.util.Comparator.comparing(BuildingId::value))
                .orElseThrow();
        LocalDate probe = settings.acceptanceOf(building).orElse(LocalDate.of(2000, 1, 1));
        Optional<LocalDate> end;
        try {
            end = id.scope() == MaintenanceScope.UNIT ? unitTermEnd(settings, building, probe, id.component())
                    : buildingTermEnd(settings, building, id.component());
        } catch (MissingWarrantyDataException e) {
            throw new NoTermForPlanException(id, e.field());
        } catch (IllegalArgumentException e) {
            throw new NoTermForPlanException(id, null);
        }
        if (end.isEmpty()) {
            throw new NoTermForPlanException(id, null);
        }
    }
}
