package dev.aftersales.warranty;

import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.Identifiers;
import dev.aftersales.property.EstateId;
import java.time.Instant;
import java.util.Objects;

/**
 * An estate's warranty settings were saved (rules WA-1, WA-5): its completion acceptance dates,
 * seasons, grants or own components changed, and with them the terms of its handed-over units.
 * Published by {@code WarrantyService.saveSettings} through the step pipeline: in the transaction
 * that stores the settings when the store has an outbox, else to the listeners straight after the
 * commit. Holds identifiers only (rule EU-4): the estate and the version stored; read the settings
 * with {@code desk.warranty().settingsOf(estate())}.
 *
 * @param eventId    the event's stable id
 * @param occurredAt when the settings were saved, from the desk's clock
 * @param estate     the estate
 * @param version    the version the settings were stored at, 1 or more
 */
public record WarrantySettingsSaved(String eventId, Instant occurredAt, EstateId estate, long version)
        implements DomainEvent {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException     if a field is null
     * @throws IllegalArgumentException if the event id is not a valid identifier, or the version is not positive
     */
    public WarrantySettingsSaved {
        Identifiers.requireValid("eventId", eventId);
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(estate, "estate");
        if (version < 1) {
            throw new IllegalArgumentException("version: 1 or more, got " + version);
        }
    }

    /**
     * Gets the estate: an estate's settings are one aggregate.
     *
     * @return the estate id
     */
    @Override
    public String aggregateId() {
        return estate.value();
    }

    /**
     * Names the event for log lines, with the version stored.
     *
     * @return e.g. {@code WarrantySettingsSaved v2}
     */
    @Override
    public String eventType() {
        return "WarrantySettingsSaved v" + version;
    }
}
