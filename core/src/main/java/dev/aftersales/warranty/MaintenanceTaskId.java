package dev.aftersales.warranty;

import dev.aftersales.common.Identifiers;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.UnitId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The key of a maintenance task (rule WA-3): its plan, its target (the unit of a UNIT plan, the
 * building of a BUILDING plan) and its due date. Generating a plan's tasks again finds the same keys.
 *
 * @param plan   the plan
 * @param target the id of the unit or building
 * @param due    the due date
 */
public record MaintenanceTaskId(MaintenancePlanId plan, String target, LocalDate due) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the target is not an identifier
     */
    public MaintenanceTaskId {
        Objects.requireNonNull(plan, "plan");
        Identifiers.requireValid("target", target);
        Objects.requireNonNull(due, "due");
    }

    /**
     * Creates the key of a unit's task of a UNIT plan.
     *
     * @param plan the plan, of scope UNIT
     * @param unit the unit
     * @param due  the due date
     * @return the key
     * @throws IllegalArgumentException if the plan is not of scope UNIT
     */
    public static MaintenanceTaskId ofUnit(MaintenancePlanId plan, UnitId unit, LocalDate due) {
        return of(plan, MaintenanceScope.UNIT, unit.value(), due);
    }

    /**
     * Creates the key of a building's task of a BUILDING plan.
     *
     * @param plan     the plan, of scope BUILDING
     * @param building the building
     * @param due      the due date
     * @return the key
     * @throws IllegalArgumentException if the plan is not of scope BUILDING
     */
    public static MaintenanceTaskId ofBuilding(MaintenancePlanId plan, BuildingId building, LocalDate due) {
        return of(plan, MaintenanceScope.BUILDING, building.value(), due);
    }

    private static MaintenanceTaskId of(MaintenancePlanId plan, MaintenanceScope scope, String target, LocalDate due) {
        if (plan.scope() != scope) {
            throw new IllegalArgumentException("plan: of scope " + plan.scope() + ", not " + scope);
        }
        return new MaintenanceTaskId(plan, target, due);
    }

    /**
     * Gets the key as text, {@code estate/component/SCOPE/target/due}, for messages and storage keys.
     *
     * @return the text
     */
    public String text() {
        return plan.text() + "/" + target + "/" + due;
    }
}
