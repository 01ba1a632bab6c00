package dev.aftersales.warranty;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.Identifiers;
import java.time.Instant;
import java.util.Objects;

/**
 * A maintenance task was completed (rule WA-3), once. Published by
 * {@code MaintenanceService.complete} through the step pipeline: in the transaction that records
 * the completion when the store has an outbox, else to the listeners straight after the commit.
 * Holds identifiers and dates only (rule EU-4): the task's key (plan, target, due date) and who
 * completed it.
 *
 * @param eventId     the event's stable id
 * @param occurredAt  when the completion was recorded, as {@link MaintenanceTask#doneAt()}
 * @param task        the task's key
 * @param completedBy who completed it, as {@link MaintenanceTask#doneBy()}
 */
public record MaintenanceTaskCompleted(String eventId, Instant occurredAt, MaintenanceTaskId task, Actor completedBy)
        implements DomainEvent {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public MaintenanceTaskCompleted {
        Identifiers.requireValid("eventId", eventId);
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(completedBy, "completedBy");
    }

    /**
     * Gets the task's estate: an estate's plans and tasks are one aggregate (a task's key may be
     * longer than an identifier).
     *
     * @return the estate id
     */
    @Override
    public String aggregateId() {
        return task.plan().estate().value();
    }

    /**
     * Names the event for log lines, with the component and scope.
     *
     * @return e.g. {@code MaintenanceTaskCompleted doors-windows/UNIT}
     */
    @Override
    public String eventType() {
        return "MaintenanceTaskCompleted " + task.plan().component() + "/" + task.plan().scope();
    }
}
