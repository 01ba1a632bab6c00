package dev.aftersales.warranty;

import dev.aftersales.property.BuildingId;
import dev.aftersales.property.Ownership;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a warranty decision needs to know of a unit: its building, its first handover date and
 * its estate's settings. There is no owner here on purpose: the warranty runs with the unit, and
 * a resale changes nothing in it (rule WA-1).
 *
 * @param building the unit's building
 * @param handover the date the unit was first handed over, or null if not yet
 * @param settings the estate's warranty settings
 */
public record UnitFacts(BuildingId building, LocalDate handover, WarrantySettings settings) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if building or settings is null
     */
    public UnitFacts {
        Objects.requireNonNull(building, "building");
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * Creates the facts of a handed-over unit.
     *
     * @param settings the estate's settings
     * @param building the building
     * @param handover the first handover date
     * @return the facts
     */
    public static UnitFacts handedOver(WarrantySettings settings, BuildingId building, LocalDate handover) {
        return new UnitFacts(building, Objects.requireNonNull(handover, "handover"), settings);
    }

    /**
     * Creates the facts of a unit from its current ownership: the handover date it carries is the
     * unit's first handover, kept through transfers, so a resold unit keeps its terms (rule WA-1).
     *
     * @param settings  the estate's settings
     * @param building  the building
     * @param ownership the unit's current ownership
     * @return the facts
     */
    public static UnitFacts of(WarrantySettings settings, BuildingId building, Ownership ownership) {
        return new UnitFacts(building, ownership.handedOverOn(), settings);
    }

    /**
     * Creates the facts of a unit not handed over yet.
     *
     * @param settings the estate's settings
     * @param building the building
     * @return the facts
     */
    public static UnitFacts notHandedOver(WarrantySettings settings, BuildingId building) {
        return new UnitFacts(building, null, settings);
    }

    /**
     * Gets the handover date.
     *
     * @return the date, or empty if not handed over
     */
    public Optional<LocalDate> handoverDate() {
        return Optional.ofNullable(handover);
    }
}
