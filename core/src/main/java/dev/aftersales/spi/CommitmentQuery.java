package dev.aftersales.spi;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.Firing;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.common.SupportedRange;
import java.time.Instant;
import java.util.Objects;

/**
 * A query of commitments by what happened in a period (rule MS-1 builds its rates on these):
 * commitments <em>due</em> (their deadline in force falls in the period), <em>warned</em> (a warning
 * was scheduled in the period and recorded) or <em>breached</em> (their breach stamp falls in the
 * period), narrowed by estate, building, responsible department and ticket kind. The period is
 * half-open, {@code [from, to)}. A {@code null} criterion means any. Ends outside the range every
 * store holds are clamped to it ({@link SupportedRange#clamp}, rule IN-2): a query from
 * {@link Instant#MIN} to {@link Instant#MAX} finds every commitment, on every adapter.
 *
 * @param measure    due, warned or breached
 * @param from       the first instant of the period, clamped to the supported range
 * @param to         the instant after the period, clamped to the supported range
 * @param estate     the estate, or {@code null}
 * @param building   the building, or {@code null}
 * @param department the responsible department, or {@code null}
 * @param kind       the ticket kind, or {@code null}
 */
public record CommitmentQuery(Measure measure, Instant from, Instant to, EstateId estate, BuildingId building,
                              DepartmentId department, TicketKind kind) {

    /** What a query measures in its period. */
    public enum Measure {
        /** The deadline in force falls in the period. */
        DUE,
        /** A recorded warning was scheduled in the period. */
        WARNED,
        /** The breach stamp falls in the period. */
        BREACHED
    }

    /**
     * Creates a query.
     *
     * @throws NullPointerException     if the measure or an end of the period is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public CommitmentQuery {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends before it starts: " + from + ".." + to);
        }
        from = SupportedRange.clamp(from);
        to = SupportedRange.clamp(to);
    }

    /**
     * Obtains a query of the commitments due in a period.
     *
     * @param from the first instant
     * @param to   the instant after
     * @return the query
     */
    public static CommitmentQuery due(Instant from, Instant to) {
        return new CommitmentQuery(Measure.DUE, from, to, null, null, null, null);
    }

    /**
     * Obtains a query of the commitments warned in a period.
     *
     * @param from the first instant
     * @param to   the instant after
     * @return the query
     */
    public static CommitmentQuery warned(Instant from, Instant to) {
        return new CommitmentQuery(Measure.WARNED, from, to, null, null, null, null);
    }

    /**
     * Obtains a query of the commitments breached in a period.
     *
     * @param from the first instant
     * @param to   the instant after
     * @return the query
     */
    public static CommitmentQuery breached(Instant from, Instant to) {
        return new CommitmentQuery(Measure.BREACHED, from, to, null, null, null, null);
    }

    /**
     * Returns a copy narrowed to an estate.
     *
     * @param value the estate
     * @return the copy
     */
    public CommitmentQuery inEstate(EstateId value) {
        return new CommitmentQuery(measure, from, to, value, building, department, kind);
    }

    /**
     * Returns a copy narrowed to a building.
     *
     * @param value the building
     * @return the copy
     */
    public CommitmentQuery inBuilding(BuildingId value) {
        return new CommitmentQuery(measure, from, to, estate, value, department, kind);
    }

    /**
     * Returns a copy narrowed to a responsible department.
     *
     * @param value the department
     * @return the copy
     */
    public CommitmentQuery ofDepartment(DepartmentId value) {
        return new CommitmentQuery(measure, from, to, estate, building, value, kind);
    }

    /**
     * Returns a copy narrowed to a ticket kind.
     *
     * @param value the kind
     * @return the copy
     */
    public CommitmentQuery ofKind(TicketKind value) {
        return new CommitmentQuery(measure, from, to, estate, building, department, value);
    }

    /**
     * Checks if a commitment matches, as adapters without a query language may evaluate it.
     *
     * @param c the commitment
     * @return true if it matches every criterion
     * @throws NullPointerException if {@code c} is null
     */
    public boolean matches(Commitment c) {
        if ((estate != null && !estate.equals(c.facts().estate()))
                || (building != null && !building.equals(c.facts().building()))
                || (department != null && !department.equals(c.responsibleDepartment()))
                || (kind != null && kind != c.facts().kind())) {
            return false;
        }
        switch (measure) {
            case DUE:
                return in(c.deadline());
            case BREACHED:
                return in(c.breachedAt());
            default:
                for (Firing f : c.firings()) {
                    if (f.kind() == FiringKind.WARNING && in(f.scheduledAt())) {
                        return true;
                    }
                }
                return false;
        }
    }

    private boolean in(Instant t) {
        return t != null && !t.isBefore(from) && t.isBefore(to);
    }
}
