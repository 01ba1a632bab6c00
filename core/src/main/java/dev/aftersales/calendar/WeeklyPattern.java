package dev.aftersales.calendar;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The weekly pattern of a business calendar (rule SL-1): the {@link WorkingHours} of each day of
 * the week. Dated exceptions ({@link DayOverride}) override it for single dates.
 *
 * @param days the hours per weekday; a weekday missing from the map has no hours
 */
public record WeeklyPattern(Map<DayOfWeek, WorkingHours> days) {

    /**
     * Creates a pattern, filling missing weekdays with {@link WorkingHours#NONE}.
     *
     * @throws NullPointerException if the map, a key or a value is null
     */
    public WeeklyPattern {
        Objects.requireNonNull(days, "days");
        EnumMap<DayOfWeek, WorkingHours> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            copy.put(d, WorkingHours.NONE);
        }
        days.forEach((d, h) -> copy.put(Objects.requireNonNull(d, "day"), Objects.requireNonNull(h, "hours")));
        days = Collections.unmodifiableMap(copy);
    }

    /**
     * Obtains a pattern from hours per weekday.
     *
     * @param days the hours per weekday; missing weekdays have none
     * @return the pattern
     * @throws NullPointerException if the map, a key or a value is null
     */
    public static WeeklyPattern of(Map<DayOfWeek, WorkingHours> days) {
        return new WeeklyPattern(days);
    }

    /**
     * Obtains a pattern with the same hours every day of the week (e.g. the hotline of CP-1).
     *
     * @param hours the daily hours
     * @return the pattern
     * @throws NullPointerException if {@code hours} is null
     */
    public static WeeklyPattern everyDay(WorkingHours hours) {
        return none().with(Set.of(DayOfWeek.values()), hours);
    }

    /**
     * Obtains a pattern with the given hours Monday to Friday and none at the weekend.
     *
     * @param hours the hours of a weekday
     * @return the pattern
     * @throws NullPointerException if {@code hours} is null
     */
    public static WeeklyPattern mondayToFriday(WorkingHours hours) {
        return none().with(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), hours);
    }

    /**
     * Obtains a pattern without any working hours, a starting point for {@link #with}.
     *
     * @return the empty pattern
     */
    public static WeeklyPattern none() {
        return new WeeklyPattern(Map.of());
    }

    /**
     * Returns a copy of this pattern with the given hours on some weekdays.
     *
     * @param weekdays the weekdays to set
     * @param hours    their hours
     * @return the new pattern
     * @throws NullPointerException if an argument is null
     */
    public WeeklyPattern with(Set<DayOfWeek> weekdays, WorkingHours hours) {
        Objects.requireNonNull(weekdays, "weekdays");
        Objects.requireNonNull(hours, "hours");
        EnumMap<DayOfWeek, WorkingHours> copy = new EnumMap<>(days);
        for (DayOfWeek d : weekdays) {
            copy.put(d, hours);
        }
        return new WeeklyPattern(copy);
    }

    /**
     * Returns a copy of this pattern with the given hours on one weekday.
     *
     * @param weekday the weekday
     * @param hours   its hours
     * @return the new pattern
     * @throws NullPointerException if an argument is null
     */
    public WeeklyPattern with(DayOfWeek weekday, WorkingHours hours) {
        return with(Set.of(Objects.requireNonNull(weekday, "weekday")), hours);
    }

    /**
     * Gets the hours of a weekday.
     *
     * @param weekday the weekday
     * @return its hours, possibly {@link WorkingHours#NONE}
     * @throws NullPointerException if {@code weekday} is null
     */
    public WorkingHours hoursOn(DayOfWeek weekday) {
        return days.get(Objects.requireNonNull(weekday, "weekday"));
    }

    /**
     * Checks if no weekday has working hours.
     *
     * @return true if the pattern is empty
     */
    public boolean isEmpty() {
        return days.values().stream().allMatch(WorkingHours::isEmpty);
    }

    /**
     * Returns the pattern as {@code MON 09:00-12:00; TUE ...}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner("; ");
        days.forEach((d, h) -> j.add(d.name().substring(0, 3) + " " + h));
        return j.toString();
    }
}
