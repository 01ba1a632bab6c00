package dev.aftersales.property;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What staff must be able to say about a plot (rule EU-2, seed 004: "A地块 ... 23栋, 户数1090户,
 * 商58户, 车位625个能够使用的623个, 非机动车位1200个, 物业管理用房541平米").
 *
 * <ul>
 *   <li>households: units of kind {@link UnitKind#RESIDENCE};</li>
 *   <li>shops: units of kind {@link UnitKind#SHOP};</li>
 *   <li>parking spaces: units of kind {@link UnitKind#PARKING_SPACE}; <em>usable</em> ones are
 *       those in condition {@link UnitCondition#USABLE} (not under construction, reserved or out
 *       of service);</li>
 *   <li>non-motor parking spaces: units of kind {@link UnitKind#NON_MOTOR_PARKING}.</li>
 * </ul>
 *
 * @param plot                       the plot counted
 * @param buildings                  the number of buildings on the plot
 * @param units                      the counts per kind of the plot's units
 */
public record PlotCounts(PlotId plot, long buildings, UnitCounts units) {

    /**
     * Creates the counts.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the number of buildings is negative
     */
    public PlotCounts {
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(units, "units");
        if (buildings < 0) {
            throw new IllegalArgumentException("buildings must be >= 0, got " + buildings);
        }
    }

    /**
     * Returns the number of households: residence units.
     *
     * @return the count
     */
    public long households() {
        return units.count(UnitKind.RESIDENCE);
    }

    /**
     * Returns the number of shops.
     *
     * @return the count
     */
    public long shops() {
        return units.count(UnitKind.SHOP);
    }

    /**
     * Returns the number of parking spaces, usable or not.
     *
     * @return the count
     */
    public long parkingSpaces() {
        return units.count(UnitKind.PARKING_SPACE);
    }

    /**
     * Returns the number of parking spaces in condition {@link UnitCondition#USABLE}.
     *
     * @return the count
     */
    public long usableParkingSpaces() {
        return units.usableParkingSpaces();
    }

    /**
     * Returns the number of non-motor parking spaces.
     *
     * @return the count
     */
    public long nonMotorParkingSpaces() {
        return units.count(UnitKind.NON_MOTOR_PARKING);
    }

    /**
     * Returns the floor area of the residences (住宅建筑面积).
     *
     * @return the area in square metres
     */
    public BigDecimal residentialArea() {
        return units.area(UnitKind.RESIDENCE);
    }

    /**
     * Returns the floor area of the property-management rooms (物业管理用房).
     *
     * @return the area in square metres
     */
    public BigDecimal propertyManagementRoomArea() {
        return units.area(UnitKind.PROPERTY_MANAGEMENT_ROOM);
    }
}
