package dev.aftersales.warranty;

import dev.aftersales.common.Versioned;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An estate's warranty facts: its completion acceptance date (per building where they differ),
 * its region's heating and cooling seasons, the design service life, the developer's grants per
 * component (never shorter than the statutory floor, rule WA-5) and components of its own with
 * agreed terms.
 *
 * @param estate                 the estate
 * @param completionAcceptance   the estate's completion acceptance date, or null if only per building
 * @param buildingAcceptance     completion acceptance dates of buildings that differ from the estate's
 * @param heatingSeason          the heating season, or null if none
 * @param coolingSeason          the cooling season, or null if none
 * @param designServiceLifeYears the design service life in years, or null if not known
 * @param grants                 the developer's grants by component key
 * @param ownComponents          the estate's own components by key
 * @param version                the version the settings were read at, {@code 0} if never stored
 *                               (optimistic concurrency, see {@link Versioned})
 */
public record WarrantySettings(EstateId estate, LocalDate completionAcceptance,
                               Map<BuildingId, LocalDate> buildingAcceptance, SeasonRange heatingSeason,
                               SeasonRange coolingSeason, Integer designServiceLifeYears,
                               Map<String, WarrantyPeriod> grants, Map<String, AgreedComponent> ownComponents,
                               long version) implements Versioned<WarrantySettings> {

    /**
     * Validates and copies the fields.
     *
     * @throws NullPointerException     if estate or a map is null
     * @throws IllegalArgumentException if the design service life is not 1..200 years, or the
     *                                  version is negative
     */
    public WarrantySettings {
        Objects.requireNonNull(estate, "estate");
        buildingAcceptance = Map.copyOf(buildingAcceptance);
        grants = Map.copyOf(grants);
        ownComponents = Map.copyOf(ownComponents);
        if (designServiceLifeYears != null && (designServiceLifeYears < 1 || designServiceLifeYears > 200)) {
            throw new IllegalArgumentException("designServiceLifeYears: 1 to 200, got " + designServiceLifeYears);
        }
        if (version < 0) {
            throw new IllegalArgumentException("version: zero or more, got " + version);
        }
    }

    /**
     * Creates the settings of an estate whose buildings passed completion acceptance on one date.
     *
     * @param estate     the estate
     * @param acceptance the completion acceptance date
     * @return settings without seasons, design life, grants or own components
     */
    public static WarrantySettings forEstate(EstateId estate, LocalDate acceptance) {
        return new WarrantySettings(estate, Objects.requireNonNull(acceptance, "acceptance"), Map.of(), null, null,
                null, Map.of(), Map.of(), 0);
    }

    /**
     * Creates the settings of an estate whose acceptance dates are only given per building.
     *
     * @param estate the estate
     * @return empty settings
     */
    public static WarrantySettings perBuilding(EstateId estate) {
        return new WarrantySettings(estate, null, Map.of(), null, null, null, Map.of(), Map.of(), 0);
    }

    /**
     * Copies with a building's own completion acceptance date.
     *
     * @param building   the building
     * @param acceptance its completion acceptance date
     * @return the copy
     */
    public WarrantySettings withBuildingAcceptance(BuildingId building, LocalDate acceptance) {
        Map<BuildingId, LocalDate> m = new HashMap<>(buildingAcceptance);
        m.put(Objects.requireNonNull(building, "building"), Objects.requireNonNull(acceptance, "acceptance"));
        return new WarrantySettings(estate, completionAcceptance, m, heatingSeason, coolingSeason,
                designServiceLifeYears, grants, ownComponents, version);
    }

    /**
     * Copies with the region's heating season, e.g. Nov 15 - Mar 15.
     *
     * @param season the season
     * @return the copy
     */
    public WarrantySettings withHeatingSeason(SeasonRange season) {
        return new WarrantySettings(estate, completionAcceptance, buildingAcceptance,
                Objects.requireNonNull(season, "season"), coolingSeason, designServiceLifeYears, grants, ownComponents,
                version);
    }

    /**
     * Copies with the region's cooling season.
     *
     * @param season the season
     * @return the copy
     */
    public WarrantySettings withCoolingSeason(SeasonRange season) {
        return new WarrantySettings(estate, completionAcceptance, buildingAcceptance, heatingSeason,
                Objects.requireNonNull(season, "season"), designServiceLifeYears, grants, ownComponents, version);
    }

    /**
     * Copies with the design service life from the estate's design documents.
     *
     * @param years the design service life, 1..200 years
     * @return the copy
     */
    public WarrantySettings withDesignServiceLifeYears(int years) {
        return new WarrantySettings(estate, completionAcceptance, buildingAcceptance, heatingSeason, coolingSeason,
                years, grants, ownComponents, version);
    }

    /**
     * Copies with the developer's grant for a catalogue component, counted from handover (rule WA-5).
     *
     * @param term  the component's statutory entry
     * @param grant the granted term
     * @return the copy
     * @throws GrantBelowStatutoryFloorException if the grant is shorter than the owner's minimum
     */
    public WarrantySettings withGrant(StatutoryTerm term, WarrantyPeriod grant) {
        Objects.requireNonNull(grant, "grant");
        if (!grant.isAtLeast(term.ownerMinimum())) {
            throw new GrantBelowStatutoryFloorException(term.component().key(), term.ownerMinimum(), grant);
        }
        Map<String, WarrantyPeriod> m = new HashMap<>(grants);
        m.put(term.component().key(), grant);
        return new WarrantySettings(estate, completionAcceptance, buildingAcceptance, heatingSeason, coolingSeason,
                designServiceLifeYears, m, ownComponents, version);
    }

    /**
     * Copies with a component of the estate's own and its agreed term.
     *
     * @param own the component and term
     * @return the copy
     */
    public WarrantySettings withOwnComponent(AgreedComponent own) {
        Map<String, AgreedComponent> m = new HashMap<>(ownComponents);
        m.put(own.component().key(), own);
        return new WarrantySettings(estate, completionAcceptance, buildingAcceptance, heatingSeason, coolingSeason,
                designServiceLifeYears, grants, m, version);
    }

    /**
     * Gets a building's completion acceptance date: its own, else the estate's.
     *
     * @param building the building
     * @return the date, or empty if neither is set
     */
    public Optional<LocalDate> acceptanceOf(BuildingId building) {
        return Optional.ofNullable(buildingAcceptance.getOrDefault(building, completionAcceptance));
    }

    /**
     * Gets the developer's grant for a component.
     *
     * @param key the component key
     * @return the grant, or empty
     */
    public Optional<WarrantyPeriod> grantFor(String key) {
        return Optional.ofNullable(grants.get(key));
    }

    /**
     * Copies with another version. Used by storage adapters only.
     *
     * @param version the version
     * @return the copy
     */
    @Override
    public WarrantySettings withVersion(long version) {
        return new WarrantySettings(estate, completionAcceptance, buildingAcceptance, heatingSeason, coolingSeason,
                designServiceLifeYears, grants, ownComponents, version);
    }

    /**
     * Gets the estate id text, the key of the settings.
     *
     * @return the estate id text
     */
    @Override
    public String idText() {
        return estate.value();
    }
}
