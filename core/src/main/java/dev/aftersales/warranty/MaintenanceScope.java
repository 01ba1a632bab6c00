package dev.aftersales.warranty;

/**
 * What a maintenance plan's tasks are generated for (rule WA-3), and which date they count from.
 */
public enum MaintenanceScope {
    /** One task series per handed-over unit, counted from the unit's handover date. */
    UNIT,
    /** One task series per building, counted from the building's completion acceptance date. */
    BUILDING
}
