package dev.aftersales.warranty;

import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.Identifiers;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A component's warranty term of a unit ends soon: remind the owner (rule WA-4). Fired exactly
 * once per unit, component and term end by the desk's sweep ({@code AfterSales.sweep()}); it
 * {@linkplain #occurredAt() occurred} at the instant the reminder was due, also when the sweep ran
 * later (after downtime), and {@link #recordedAt()} says when it was fired. Delivered at least
 * once with a stable {@link #eventId()}: through the outbox in the transaction that fired it when
 * the store has one, else to the listeners after that transaction. Holds identifiers and dates
 * only (rule EU-4); the owner to remind is the unit's current owner in the property register.
 *
 * @param eventId    the event's stable id, see {@link WarrantyReminder#eventId()}
 * @param occurredAt the instant the reminder was due
 * @param recordedAt the instant a sweep fired it
 * @param unit       the unit
 * @param estate     the unit's estate
 * @param component  the component key
 * @param termEnd    the first date the term no longer covers
 */
public record WarrantyReminderDue(String eventId, Instant occurredAt, Instant recordedAt, UnitId unit, EstateId estate,
                                  String component, LocalDate termEnd) implements DomainEvent {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the event id is not a valid identifier
     */
    public WarrantyReminderDue {
        Identifiers.requireValid("eventId", eventId);
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(termEnd, "termEnd");
    }

    /**
     * Gets the unit: a unit's reminders are of one aggregate.
     *
     * @return the unit id
     */
    @Override
    public String aggregateId() {
        return unit.value();
    }

    /**
     * Names the event for log lines, with the component.
     *
     * @return e.g. {@code WarrantyReminderDue pipe-leaks}
     */
    @Override
    public String eventType() {
        return "WarrantyReminderDue " + component;
    }
}
