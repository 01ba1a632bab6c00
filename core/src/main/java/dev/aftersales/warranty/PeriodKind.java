package dev.aftersales.warranty;

/** The unit a {@link WarrantyPeriod} is counted in. */
public enum PeriodKind {
    /** Calendar months (a year is 12 months), added with {@code LocalDate.plusMonths}. */
    MONTHS,
    /** Whole heating or cooling seasons of the estate's region. */
    SEASONS,
    /** The reasonable service life in the design documents, a number of years set per estate. */
    DESIGN_SERVICE_LIFE,
    /** No statutory floor: the term is whatever the developer and owner agreed. */
    AGREED
}
