package dev.aftersales.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Special hours for one date (rule SL-1), replacing the weekly pattern's hours, e.g. a short day
 * {@code 09:00-12:00} on New Year's Eve. A date with no hours at all is a {@link DayOff}.
 *
 * @param date  the date
 * @param hours the hours worked that day, not empty
 * @param name  why, e.g. {@code 除夕}; may be empty
 */
public record SpecialHours(LocalDate date, WorkingHours hours, String name) implements DayOverride {

    /**
     * Creates special hours.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the hours are empty or the name is malformed
     */
    public SpecialHours {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
        if (hours.isEmpty()) {
            throw new BilingualArgumentException("special hours on " + date + " have no working period; use a day off",
                    date + " 的特殊工作时间没有任何工作时段；请改用休息日");
        }
        DayOverride.checkName(name, false);
    }
}
