package dev.aftersales.measurement;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketRecord;

import java.util.Objects;
import java.util.Set;

/**
 * Which tickets a measurement covers (rule MS-1): those of some estates, buildings, responsible
 * departments and kinds. Each set narrows the scope; an empty set does not narrow it, so
 * {@link #all()} covers every ticket and {@code Scope.estate(e).withKinds(Set.of(REPAIR))} the
 * repairs of estate {@code e}.
 *
 * @param estates     the estates of the tickets' locations, or empty for any
 * @param buildings   the buildings of the tickets' locations, or empty for any
 * @param departments the tickets' responsible departments, or empty for any
 * @param kinds       the kinds of ticket, or empty for any
 */
public record Scope(Set<EstateId> estates, Set<BuildingId> buildings, Set<DepartmentId> departments,
                    Set<TicketKind> kinds) {

    private static final Scope ALL = new Scope(Set.of(), Set.of(), Set.of(), Set.of());

    /**
     * Creates a scope.
     *
     * @throws NullPointerException if a set is null or holds null
     */
    public Scope {
        estates = Set.copyOf(Objects.requireNonNull(estates, "estates"));
        buildings = Set.copyOf(Objects.requireNonNull(buildings, "buildings"));
        departments = Set.copyOf(Objects.requireNonNull(departments, "departments"));
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
    }

    /**
     * Obtains the scope of every ticket.
     *
     * @return the scope
     */
    public static Scope all() {
        return ALL;
    }

    /**
     * Obtains the scope of one estate's tickets.
     *
     * @param estate the estate
     * @return the scope
     */
    public static Scope estate(EstateId estate) {
        return ALL.withEstates(Set.of(estate));
    }

    /**
     * Obtains the scope of one building's tickets.
     *
     * @param building the building
     * @return the scope
     */
    public static Scope building(BuildingId building) {
        return ALL.withBuildings(Set.of(building));
    }

    /**
     * Obtains the scope of the tickets one department is responsible for.
     *
     * @param department the department
     * @return the scope
     */
    public static Scope department(DepartmentId department) {
        return ALL.withDepartments(Set.of(department));
    }

    /**
     * Obtains the scope of one kind of ticket.
     *
     * @param kind the kind
     * @return the scope
     */
    public static Scope kind(TicketKind kind) {
        return ALL.withKinds(Set.of(kind));
    }

    /**
     * Returns a copy of this scope with other estates.
     *
     * @param newEstates the estates, empty for any
     * @return the copy
     */
    public Scope withEstates(Set<EstateId> newEstates) {
        return new Scope(newEstates, buildings, departments, kinds);
    }

    /**
     * Returns a copy of this scope with other buildings.
     *
     * @param newBuildings the buildings, empty for any
     * @return the copy
     */
    public Scope withBuildings(Set<BuildingId> newBuildings) {
        return new Scope(estates, newBuildings, departments, kinds);
    }

    /**
     * Returns a copy of this scope with other responsible departments.
     *
     * @param newDepartments the departments, empty for any
     * @return the copy
     */
    public Scope withDepartments(Set<DepartmentId> newDepartments) {
        return new Scope(estates, buildings, newDepartments, kinds);
    }

    /**
     * Returns a copy of this scope with other kinds of ticket.
     *
     * @param newKinds the kinds, empty for any
     * @return the copy
     */
    public Scope withKinds(Set<TicketKind> newKinds) {
        return new Scope(estates, buildings, departments, newKinds);
    }

    /**
     * Checks if a ticket is in the scope: its estate, building, responsible department and kind
     * are each in their set where the set is not empty (a ticket without a building or department
     * is outside a scope that names buildings or departments).
     *
     * @param ticket the ticket
     * @return true if the scope covers it
     */
    public boolean includes(TicketRecord ticket) {
        return (estates.isEmpty() || estates.contains(ticket.estate()))
                && (buildings.isEmpty() || ticket.building().map(buildings::contains).orElse(false))
                && (departments.isEmpty() || (ticket.responsibleDepartment() != null
                        && departments.contains(ticket.responsibleDepartment())))
                && (kinds.isEmpty() || kinds.contains(ticket.kind()));
    }
}
