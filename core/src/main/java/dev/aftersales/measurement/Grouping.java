package dev.aftersales.measurement;

/**
 * What the figures of a measurement are broken down by (rule MS-1): any combination, in one query.
 */
public enum Grouping {
    /** The estate of the ticket's location. */
    ESTATE,
    /** The building of the ticket's location (none for an estate's common area). */
    BUILDING,
    /** The ticket's responsible department (none before the first assignment). */
    DEPARTMENT,
    /** The kind of ticket. */
    KIND,
    /**
     * The calendar month, in the query's time zone, of the instant that puts an item in the
     * period: the reception for the response figures, the confirmed closure for handling and
     * callback coverage, the callback for satisfaction.
     */
    MONTH
}
