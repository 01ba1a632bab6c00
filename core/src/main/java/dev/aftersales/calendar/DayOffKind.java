package dev.aftersales.calendar;

/**
 * Why a date is off (rule SL-1): an official public holiday or a closure of the company or estate.
 */
public enum DayOffKind {
    /** An official public holiday (法定节假日), e.g. 春节. */
    PUBLIC_HOLIDAY,
    /** A closure decided by the company or the estate, e.g. a maintenance day. */
    CLOSURE
}
