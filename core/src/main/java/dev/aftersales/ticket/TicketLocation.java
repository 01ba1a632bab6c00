package dev.aftersales.ticket;

import dev.aftersales.common.validation.FreeText;
import dev.aftersales.common.validation.FreeTexts;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a ticket's matter is: in a unit, or in a common area of a building or of an estate
 * (rule EU-1; patrol findings are always on a common area, rule PT-2). The location of a stored
 * ticket names its estate, and its building where it has one, so that tickets can be queried per
 * building and per estate.
 *
 * <p>An intake command may name a unit by its id alone ({@link #ofUnit(UnitId)}, a
 * {@link UnitOnly}): the ticket service looks the unit's building and estate up in the property
 * register when it receives the command, and stores the ticket at the {@link InUnit} location the
 * register gives. The other locations are checked against the register as they are given
 * ({@code dev.aftersales.ticket.service.TicketService} says how).
 *
 * <p>The free-text description of a common area is typed by staff and may mention people, so
 * {@code toString} never shows it (rule EU-4).
 */
public sealed interface TicketLocation
        permits TicketLocation.InUnit, TicketLocation.UnitOnly, TicketLocation.BuildingArea,
        TicketLocation.EstateArea {

    /** The longest description of a common area accepted. */
    int DESCRIPTION_MAX = 200;

    /**
     * Returns the estate of this location.
     *
     * @return the estate id
     * @throws IllegalStateException for a unit named by its id alone ({@link UnitOnly}), whose
     *         estate is known only once the ticket service has looked it up
     */
    EstateId estate();

    /**
     * Returns the building of this location, if it has one.
     *
     * @return the building id, empty for an estate's common area
     * @throws IllegalStateException for a unit named by its id alone ({@link UnitOnly}), whose
     *         building is known only once the ticket service has looked it up
     */
    Optional<BuildingId> building();

    /**
     * Returns the unit of this location, if it is in a unit.
     *
     * @return the unit id, empty for common areas
     */
    Optional<UnitId> unit();

    /**
     * Checks if this location is a common area (of a building or an estate).
     *
     * @return true for common areas, false for a unit
     */
    default boolean isCommonArea() {
        return unit().isEmpty();
    }

    /**
     * Obtains the location of a unit.
     *
     * @param unit     the unit
     * @param building the unit's building
     * @param estate   the building's estate
     * @return the location
     * @throws NullPointerException if an argument is null
     */
    static InUnit ofUnit(UnitId unit, BuildingId building, EstateId estate) {
        return new InUnit(unit, building, estate);
    }

    /**
     * Obtains the location of a unit named by its id alone, for an intake command: the ticket
     * service takes the unit's building and estate from the property register when it receives the
     * command (and refuses the command if the unit is not registered), so that they cannot be
     * given wrong.
     *
     * @param unit the unit
     * @return the location
     * @throws NullPointerException if the unit is null
     */
    static UnitOnly ofUnit(UnitId unit) {
        return new UnitOnly(unit);
    }

    /**
     * Obtains a common area of a building, e.g. its lift lobby or roof.
     *
     * @param building    the building
     * @param estate      the building's estate
     * @param description what and where the area is
     * @return the location
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the description is blank or too long
     */
    static BuildingArea buildingCommonArea(BuildingId building, EstateId estate, String description) {
        return new BuildingArea(building, estate, description);
    }

    /**
     * Obtains a common area of an estate, e.g. a road, a garden or the car park entrance.
     *
     * @param estate      the estate
     * @param description what and where the area is
     * @return the location
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the description is blank or too long
     */
    static EstateArea estateCommonArea(EstateId estate, String description) {
        return new EstateArea(estate, description);
    }

    /**
     * A unit: a residence, shop, parking space ... with its building and estate.
     *
     * @param unitId     the unit
     * @param buildingId the unit's building
     * @param estateId   the building's estate
     */
    record InUnit(UnitId unitId, BuildingId buildingId, EstateId estateId) implements TicketLocation {

        /**
         * Creates the location.
         *
         * @throws NullPointerException if an argument is null
         */
        public InUnit {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(buildingId, "buildingId");
            Objects.requireNonNull(estateId, "estateId");
        }

        @Override
        public EstateId estate() {
            return estateId;
        }

        @Override
        public Optional<BuildingId> building() {
            return Optional.of(buildingId);
        }

        @Override
        public Optional<UnitId> unit() {
            return Optional.of(unitId);
        }

        @Override
        public String toString() {
            return "unit " + unitId + " (building " + buildingId + ", estate " + estateId + ")";
        }
    }

    /**
     * A unit named by its id alone, in an intake command ({@link TicketLocation#ofUnit(UnitId)}):
     * its building and estate are those the property register holds, looked up by the ticket
     * service when it receives the command. No ticket is stored at such a location: the ticket
     * gets the {@link InUnit} location of the register, and {@link TicketIntake} refuses this one.
     *
     * @param unitId the unit
     */
    record UnitOnly(UnitId unitId) implements TicketLocation {

        /**
         * Creates the location.
         *
         * @throws NullPointerException if the unit is null
         */
        public UnitOnly {
            Objects.requireNonNull(unitId, "unitId");
        }

        /**
         * Refuses: the unit's estate comes from the property register.
         *
         * @throws IllegalStateException always
         */
        @Override
        public EstateId estate() {
            throw notLookedUp();
        }

        /**
         * Refuses: the unit's building comes from the property register.
         *
         * @throws IllegalStateException always
         */
        @Override
        public Optional<BuildingId> building() {
            throw notLookedUp();
        }

        @Override
        public Optional<UnitId> unit() {
            return Optional.of(unitId);
        }

        private IllegalStateException notLookedUp() {
            return new IllegalStateException("unit " + unitId + " is named alone: its building and estate are "
                    + "looked up in the property register when the ticket service receives the command");
        }

        @Override
        public String toString() {
            return "unit " + unitId + " (building and estate from the register)";
        }
    }

    /**
     * A common area of a building.
     *
     * @param buildingId  the building
     * @param estateId    the building's estate
     * @param description what and where the area is, 1 to {@value #DESCRIPTION_MAX} characters
     */
    record BuildingArea(BuildingId buildingId, EstateId estateId, @FreeText String description) implements TicketLocation {

        /**
         * Creates the location.
         *
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if the description is blank or too long
         */
        public BuildingArea {
            Objects.requireNonNull(buildingId, "buildingId");
            Objects.requireNonNull(estateId, "estateId");
            requireDescription(description);
        }

        @Override
        public EstateId estate() {
            return estateId;
        }

        @Override
        public Optional<BuildingId> building() {
            return Optional.of(buildingId);
        }

        @Override
        public Optional<UnitId> unit() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "common area of building " + buildingId + " (estate " + estateId + ")";
        }
    }

    /**
     * A common area of an estate, outside any building.
     *
     * @param estateId    the estate
     * @param description what and where the area is, 1 to {@value #DESCRIPTION_MAX} characters
     */
    record EstateArea(EstateId estateId, @FreeText String description) implements TicketLocation {

        /**
         * Creates the location.
         *
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if the description is blank or too long
         */
        public EstateArea {
            Objects.requireNonNull(estateId, "estateId");
            requireDescription(description);
        }

        @Override
        public EstateId estate() {
            return estateId;
        }

        @Override
        public Optional<BuildingId> building() {
            return Optional.empty();
        }

        @Override
        public Optional<UnitId> unit() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "common area of estate " + estateId;
        }
    }

    private static void requireDescription(String description) {
        FreeTexts.require("common-area description", description, DESCRIPTION_MAX);
    }
}
