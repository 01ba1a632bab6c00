package dev.aftersales.calendar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The working periods of one day (rule SL-1): zero or more {@link WorkingPeriod}s, sorted and
 * not overlapping (periods may touch), for example {@code 09:00-12:00 13:30-18:00}. No periods
 * means the day is not worked.
 *
 * @param periods the periods, in any order; kept sorted by start
 */
public record WorkingHours(List<WorkingPeriod> periods) {

    /** No working period: a day off. */
    public static final WorkingHours NONE = new WorkingHours(List.of());

    /** The whole day, {@code 00:00-24:00}. */
    public static final WorkingHours ALL_DAY = new WorkingHours(List.of(WorkingPeriod.of(0, 0, 24, 0)));

    /**
     * Creates the hours of a day, sorting the periods and checking that none overlap.
     *
     * @throws NullPointerException     if the list or a period is null
     * @throws IllegalArgumentException if two periods overlap, naming both
     */
    public WorkingHours {
        Objects.requireNonNull(periods, "periods");
        List<WorkingPeriod> sorted = new ArrayList<>(periods.size());
        for (WorkingPeriod p : periods) {
            sorted.add(Objects.requireNonNull(p, "period"));
        }
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new BilingualArgumentException("working periods " + sorted.get(i - 1) + " and "
                        + sorted.get(i) + " overlap", "工作时段 " + sorted.get(i - 1) + " 与 " + sorted.get(i) + " 重叠");
            }
        }
        periods = List.copyOf(sorted);
    }

    /**
     * Obtains the hours of a day from its periods.
     *
     * @param periods the periods
     * @return the hours
     * @throws NullPointerException     if a period is null
     * @throws IllegalArgumentException if two periods overlap
     */
    public static WorkingHours of(WorkingPeriod... periods) {
        return new WorkingHours(List.of(periods));
    }

    /**
     * Obtains the hours of a day from text: periods separated by spaces or commas, e.g.
     * {@code "09:00-12:00 13:30-18:00"}; {@code "none"} or blank text is a day without hours.
     *
     * @param text the hours text
     * @return the hours
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if a period is malformed or two periods overlap
     */
    public static WorkingHours parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        if (s.isEmpty() || s.equalsIgnoreCase("none")) {
            return NONE;
        }
        List<WorkingPeriod> list = new ArrayList<>();
        for (String token : s.split("[\\s,]+")) {
            list.add(WorkingPeriod.parse(token));
        }
        return new WorkingHours(list);
    }

    /**
     * Checks if the day has no working period.
     *
     * @return true if there are no periods
     */
    public boolean isEmpty() {
        return periods.isEmpty();
    }

    /**
     * Gets the working time on the clock face, ignoring daylight saving.
     *
     * @return the sum of the periods' nominal lengths
     */
    public Duration nominalLength() {
        Duration total = Duration.ZERO;
        for (WorkingPeriod p : periods) {
            total = total.plus(p.nominalLength());
        }
        return total;
    }

    /**
     * Returns the periods separated by spaces, or {@code none}; {@link #parse} reads it back.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return periods.isEmpty() ? "none" : periods.stream().map(WorkingPeriod::toString).collect(Collectors.joining(" "));
    }
}
