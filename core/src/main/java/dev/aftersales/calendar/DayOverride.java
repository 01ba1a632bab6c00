package dev.aftersales.calendar;

import java.time.LocalDate;

/**
 * A dated exception to a calendar's weekly pattern (rule SL-1): a day off, a make-up working day
 * (调休上班) or special hours for one date. Its name (a holiday's name, a closure's reason) is
 * kept for explanations (rule SL-15).
 */
public sealed interface DayOverride permits DayOff, MakeUpWorkday, SpecialHours {

    /**
     * Gets the date this exception applies to.
     *
     * @return the local date
     */
    LocalDate date();

    /**
     * Gets the name, e.g. {@code 春节}; may be empty for make-up days and special hours.
     *
     * @return the name, never null
     */
    String name();

    /**
     * Checks a name: no line breaks, no leading or trailing blanks.
     *
     * @param name     the name
     * @param required whether it may be empty
     * @return the name
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if the name is malformed
     */
    static String checkName(String name, boolean required) {
        if (name == null) {
            throw new NullPointerException("name");
        }
        if (required && name.isEmpty()) {
            throw new BilingualArgumentException("a day off needs a name (the holiday or the reason for the closure)",
                    "休息日须有名称（节日名称或停业原因）");
        }
        if (!name.strip().equals(name) || name.chars().anyMatch(Character::isISOControl)) {
            throw new BilingualArgumentException("a name has no line breaks, control characters or surrounding blanks",
                    "名称中不能有换行符、控制字符，首尾不能有空白");
        }
        return name;
    }
}
