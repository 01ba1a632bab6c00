package dev.aftersales.common;

import java.util.Objects;

/**
 * Who performed a step: a staff member, a department, the owner, or the system itself. Holds
 * identifiers only, never names (rule EU-4).
 *
 * @param kind the kind of actor
 * @param id   the identifier of the staff member, department or owner; {@code "system"} for the system
 */
public record Actor(Kind kind, String id) {

    /** The kinds of actor. */
    public enum Kind {
        /** A member of staff, by staff id. */
        STAFF,
        /** A department as a whole, by department id. */
        DEPARTMENT,
        /** The owner or contact who raised the ticket, by owner id or contact reference. */
        CUSTOMER,
        /** The library itself, e.g. the deadline sweeper. */
        SYSTEM
    }

    private static final Actor SYSTEM_ACTOR = new Actor(Kind.SYSTEM, "system");

    /**
     * Creates an actor.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the id is not a valid identifier
     */
    public Actor {
        Objects.requireNonNull(kind, "kind");
        Identifiers.requireValid("Actor.id", id);
    }

    /**
     * Obtains a staff member as actor.
     *
     * @param staffId the staff id
     * @return the actor
     */
    public static Actor staff(String staffId) {
        return new Actor(Kind.STAFF, staffId);
    }

    /**
     * Obtains a department as actor.
     *
     * @param department the department
     * @return the actor
     */
    public static Actor department(DepartmentId department) {
        return new Actor(Kind.DEPARTMENT, department.value());
    }

    /**
     * Obtains the customer as actor.
     *
     * @param customerRef the owner id or contact reference
     * @return the actor
     */
    public static Actor customer(String customerRef) {
        return new Actor(Kind.CUSTOMER, customerRef);
    }

    /**
     * Obtains the system as actor.
     *
     * @return the system actor
     */
    public static Actor system() {
        return SYSTEM_ACTOR;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
