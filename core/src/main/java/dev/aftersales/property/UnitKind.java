package dev.aftersales.property;

import dev.aftersales.common.DisplayNamed;

/**
 * The kind of a sellable unit (rule EU-1). The per-plot counts of rule EU-2 count units by kind:
 * households are {@link #RESIDENCE} units, shops are {@link #SHOP} units, parking spaces are
 * {@link #PARKING_SPACE} units.
 */
public enum UnitKind implements DisplayNamed {
    /** A home (住宅 / 户); each counts as one household (EU-2). */
    RESIDENCE,
    /** A shop (商铺). */
    SHOP,
    /** A parking space for a motor vehicle (车位). */
    PARKING_SPACE,
    /** A parking space for bicycles and scooters (非机动车位). */
    NON_MOTOR_PARKING,
    /** A room used by the property-management company (物业管理用房). */
    PROPERTY_MANAGEMENT_ROOM,
    /** Anything else, e.g. a storage room (其它). */
    OTHER
}
