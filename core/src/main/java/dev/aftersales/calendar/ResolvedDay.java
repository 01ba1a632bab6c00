package dev.aftersales.calendar;

import java.time.LocalDate;

/**
 * One date after applying the exceptions to the weekly pattern: its hours, the reason its
 * non-working time gets, the governing exception's name, and whether the date is covered.
 */
record ResolvedDay(LocalDate date, WorkingHours hours, NonWorkingReason offReason, String name, boolean covered) {
}
