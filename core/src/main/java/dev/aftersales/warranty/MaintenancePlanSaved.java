package dev.aftersales.warranty;

import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.Identifiers;
import java.time.Instant;
import java.util.Objects;

/**
 * A maintenance plan was saved (rule WA-3): new, or with another interval or task code for the
 * tasks generated from now on. Published by {@code MaintenanceService.savePlan} through the step
 * pipeline: in the transaction that stores the plan when the store has an outbox, else to the
 * listeners straight after the commit. Holds identifiers only (rule EU-4): the plan's key and the
 * version stored; read the plan with {@code desk.maintenance().plansOf(plan().estate())}.
 *
 * @param eventId    the event's stable id
 * @param occurredAt when the plan was saved, from the desk's clock
 * @param plan       the plan's key
 * @param version    the version the plan was stored at, 1 or more
 */
public record MaintenancePlanSaved(String eventId, Instant occurredAt, MaintenancePlanId plan, long version)
        implements DomainEvent {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the event id is not a valid identifier, or the version is not positive
     */
    public MaintenancePlanSaved {
        Identifiers.requireValid("eventId", eventId);
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(plan, "plan");
        if (version < 1) {
            throw new IllegalArgumentException("version: 1 or more, got " + version);
        }
    }

    /**
     * Gets the plan's estate: an estate's plans and tasks are one aggregate (a plan's key, with its
     * component, may be longer than an identifier).
     *
     * @return the estate id
     */
    @Override
    public String aggregateId() {
        return plan.estate().value();
    }

    /**
     * Names the event for log lines, with the component, scope and version.
     *
     * @return e.g. {@code MaintenancePlanSaved doors-windows/UNIT v1}
     */
    @Override
    public String eventType() {
        return "MaintenancePlanSaved " + plan.component() + "/" + plan.scope() + " v" + version;
    }
}
