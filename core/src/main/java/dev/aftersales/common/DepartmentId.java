package dev.aftersales.common;

/**
 * Identifies a responsible department (部门 / 管理处): customer service, engineering, a property
 * office, sales, administration ... Tickets are assigned to departments (CP-3) and late tasks are
 * escalated to them (CP-8).
 *
 * @param value the identifier text
 */
public record DepartmentId(String value) {

    /**
     * Creates a department id.
     *
     * @throws NullPointerException     if the value is null
     * @throws IllegalArgumentException if the value is not a valid identifier
     */
    public DepartmentId {
        Identifiers.requireValid("DepartmentId", value);
    }

    /**
     * Obtains a department id.
     *
     * @param value the identifier text
     * @return the id
     */
    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
