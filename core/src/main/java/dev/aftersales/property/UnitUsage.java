package dev.aftersales.property;

import dev.aftersales.common.DisplayNamed;

/**
 * What a unit is used for (物业性质, rule EU-1).
 */
public enum UnitUsage implements DisplayNamed {
    /** Residential (住宅). */
    RESIDENTIAL,
    /** Commercial or office use (商业办公). */
    COMMERCIAL_OFFICE,
    /** Public-facility rooms (公共项目用房). */
    PUBLIC,
    /** Other use (其它用房). */
    OTHER
}
