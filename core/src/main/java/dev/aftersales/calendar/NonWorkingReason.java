package dev.aftersales.calendar;

/**
 * Why a span of time is not working time (rules SL-1, SL-15). Structured, so that explanations
 * can be rendered in English and in Chinese; the holiday's or closure's own name travels beside it
 * in {@link NonWorkingSpan#name()}.
 */
public enum NonWorkingReason {
    /** Before, between or after the working periods of a day that has some (下班时间). */
    OUTSIDE_HOURS,
    /** A day the weekly pattern leaves free, e.g. a weekend (休息日). */
    REST_DAY,
    /** An official public holiday (法定节假日). */
    PUBLIC_HOLIDAY,
    /** A closure of the company or estate (停业). */
    CLOSURE
}
