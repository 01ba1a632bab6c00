package dev.aftersales.warranty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A unit's warranty term for one component: it covers the local dates [start, end) (rule WA-5).
 *
 * @param component the component
 * @param start     the handover date
 * @param end       the first date no longer covered
 * @param decidedBy which term gave the end (the first of owner's minimum, contractor's term,
 *                  developer's grant on a tie)
 */
public record ComponentTerm(Component component, LocalDate start, LocalDate end, TermSource decidedBy) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public ComponentTerm {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }

    /**
     * Tells whether the term covers a date.
     *
     * @param date the date
     * @return true if start &lt;= date &lt; end
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    /**
     * Gets the last covered date.
     *
     * @return the day before {@link #end()}
     */
    public LocalDate lastCoveredDay() {
        return end.minusDays(1);
    }
}
