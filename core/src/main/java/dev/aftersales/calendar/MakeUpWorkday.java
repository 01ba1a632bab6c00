package dev.aftersales.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A make-up working day (调休上班, rule SL-1): a date the weekly pattern leaves free that is
 * worked, with the hours of a weekday: the one named here, or else the one the calendar names
 * (Monday by default, {@link BusinessCalendar#makeUpHoursOf()}).
 *
 * @param date    the date
 * @param hoursOf the weekday whose hours apply; empty for the calendar's choice
 * @param name    what it makes up for, e.g. {@code 春节}; may be empty
 */
public record MakeUpWorkday(LocalDate date, Optional<DayOfWeek> hoursOf, String name) implements DayOverride {

    /**
     * Creates a make-up working day.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is malformed
     */
    public MakeUpWorkday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hoursOf, "hoursOf");
        DayOverride.checkName(name, false);
    }

    /**
     * Obtains a make-up working day with the calendar's make-up hours.
     *
     * @param date the date
     * @param name what it makes up for; may be empty
     * @return the make-up day
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is malformed
     */
    public static MakeUpWorkday of(LocalDate date, String name) {
        return new MakeUpWorkday(date, Optional.empty(), name);
    }

    /**
     * Obtains a make-up working day with the hours of a given weekday.
     *
     * @param date    the date
     * @param hoursOf the weekday whose hours apply
     * @param name    what it makes up for; may be empty
     * @return the make-up day
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is malformed
     */
    public static MakeUpWorkday of(LocalDate date, DayOfWeek hoursOf, String name) {
        return new MakeUpWorkday(date, Optional.of(Objects.requireNonNull(hoursOf, "hoursOf")), name);
    }
}
