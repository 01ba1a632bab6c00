package dev.aftersales.property;

import dev.aftersales.common.Versioned;
import java.util.Objects;

/**
 * A sellable unit (户 / 单元 / 商铺 / 车位) in a building (rule EU-1): its kind, floor area and usage,
 * whether it is usable today (EU-2), and which ownership currently holds it. Holds its building's
 * plot and estate so that the queries by plot and estate need no join. Stored as is through
 * {@link dev.aftersales.spi.UnitRepository}.
 *
 * <p>{@code currentOwnership} is the unit's side of the owner–unit relation: it changes, with the
 * unit's version, in the same unit of work as the ownership itself (contract signed, transferred),
 * so that two concurrent sales of one unit cannot both succeed.
 *
 * @param id               the unit's id
 * @param estate           the estate of the building
 * @param plot             the plot of the building
 * @param building         the building the unit is in
 * @param number           the unit's number as shown to people, 1 to {@value #MAX_NUMBER}
 *                         characters, e.g. "2-1201" or "B1-088"
 * @param kind             residence, shop, parking space ...
 * @param area             the floor area
 * @param usage            residential, commercial office ...
 * @param condition        whether the unit is usable (EU-2)
 * @param currentOwnership the ownership holding the unit now, or {@code null} while it is unsold
 * @param version          the stored version, {@code 0} if never stored ({@link Versioned})
 */
public record Unit(UnitId id, EstateId estate, PlotId plot, BuildingId building, String number, UnitKind kind,
                   Area area, UnitUsage usage, UnitCondition condition, OwnershipId currentOwnership, long version)
        implements Versioned<Unit> {

    /** The longest unit number accepted. */
    public static final int MAX_NUMBER = 32;

    /**
     * Creates a unit record.
     *
     * @throws NullPointerException     if an argument other than {@code currentOwnership} is null
     * @throws IllegalArgumentException if the number is blank or too long, or the version negative
     */
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(building, "building");
        Names.require("Unit.number", number, MAX_NUMBER);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(condition, "condition");
        Versions.requireValid(version);
    }

    /**
     * Obtains a new, not yet stored and unsold unit in a building.
     *
     * @param id        the unit's id
     * @param building  the building, which gives the plot and the estate
     * @param number    the unit's number
     * @param kind      the kind
     * @param area      the floor area
     * @param usage     the usage
     * @param condition whether it is usable
     * @return the unit at version {@code 0}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the number is blank or too long
     */
    public static Unit create(UnitId id, Building building, String number, UnitKind kind, Area area,
                              UnitUsage usage, UnitCondition condition) {
        Objects.requireNonNull(building, "building");
        return new Unit(id, building.estate(), building.plot(), building.id(), number, kind, area, usage,
                condition, null, 0);
    }

    /**
     * Checks if the unit is a parking space that can be used now (EU-2).
     *
     * @return true for a {@link UnitKind#PARKING_SPACE} in condition {@link UnitCondition#USABLE}
     */
    public boolean isUsableParkingSpace() {
        return kind == UnitKind.PARKING_SPACE && condition == UnitCondition.USABLE;
    }

    /**
     * Checks if the unit has been sold, i.e. an ownership holds it.
     *
     * @return true if {@link #currentOwnership()} is set
     */
    public boolean isSold() {
        return currentOwnership != null;
    }

    /**
     * Returns a copy of this unit in another condition.
     *
     * @param newCondition the new condition
     * @return the copy
     * @throws NullPointerException if the condition is null
     */
    public Unit withCondition(UnitCondition newCondition) {
        return new Unit(id, estate, plot, building, number, kind, area, usage, newCondition, currentOwnership,
                version);
    }

    /**
     * Returns a copy of this unit held by another ownership. Used when a contract is signed or an
     * ownership transferred, in the same unit of work as the ownership.
     *
     * @param ownership the ownership holding the unit from now on
     * @return the copy
     * @throws NullPointerException if the ownership is null
     */
    public Unit withCurrentOwnership(OwnershipId ownership) {
        Objects.requireNonNull(ownership, "ownership");
        return new Unit(id, estate, plot, building, number, kind, area, usage, condition, ownership, version);
    }

    @Override
    public Unit withVersion(long newVersion) {
        return new Unit(id, estate, plot, building, number, kind, area, usage, condition, currentOwnership,
                newVersion);
    }

    @Override
    public String idText() {
        return id.value();
    }
}
