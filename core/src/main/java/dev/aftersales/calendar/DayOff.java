package dev.aftersales.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date that is not worked, whatever the weekly pattern says (rule SL-1): a public holiday or a
 * closure, with its name.
 *
 * @param date the date
 * @param kind public holiday or closure
 * @param name the holiday's name or the closure's reason, not empty
 */
public record DayOff(LocalDate date, DayOffKind kind, String name) implements DayOverride {

    /**
     * Creates a day off.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is empty or has line breaks
     */
    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        DayOverride.checkName(name, true);
    }

    /**
     * Obtains a public holiday.
     *
     * @param date the date
     * @param name the holiday's name, e.g. {@code 春节}
     * @return the day off
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is empty or malformed
     */
    public static DayOff holiday(LocalDate date, String name) {
        return new DayOff(date, DayOffKind.PUBLIC_HOLIDAY, name);
    }

    /**
     * Obtains a closure.
     *
     * @param date   the date
     * @param reason why it is closed
     * @return the day off
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the reason is empty or malformed
     */
    public static DayOff closure(LocalDate date, String reason) {
        return new DayOff(date, DayOffKind.CLOSURE, reason);
    }
}
