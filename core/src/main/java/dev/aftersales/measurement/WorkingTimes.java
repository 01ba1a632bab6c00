package dev.aftersales.measurement;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.CalendarArgumentException;
import dev.aftersales.calendar.OutsideCoverageException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The median and 90th percentile of the time to first response and to closure of one group, in
 * working time on the business calendar of each ticket's response commitments (rule MS-1), with
 * the same nearest-rank percentiles as the calendar-time figures ({@link DurationSummary}).
 *
 * <p>A ticket's working time is {@link BusinessCalendar#between} its reception and its first
 * response (or its first closing of cycle 1), on the current version of the calendar its response
 * commitments name ({@link TicketTimes#calendarId()}). A ticket whose response commitments count
 * calendar time, whose calendar is not registered, or whose instants lie outside the calendar's
 * coverage (strict calendars) is not guessed: it is counted in {@link #notMeasured()}.
 *
 * @param group         the group
 * @param firstResponse the time to first response in working time
 * @param closure       the time to closure in working time
 * @param notMeasured   the tickets with a first response or a closing whose working time could not
 *                      be measured
 */
public record WorkingTimes(GroupKey group, DurationSummary firstResponse, DurationSummary closure,
                           long notMeasured) {

    /**
     * Creates the figures of a group.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code notMeasured} is negative
     */
    public WorkingTimes {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(closure, "closure");
        if (notMeasured < 0) {
            throw new IllegalArgumentException("notMeasured must not be negative, got " + notMeasured);
        }
    }

    /**
     * Summarizes tickets' times per group, in working time.
     *
     * @param times     the tickets' times, as the store gives them
     * @param calendars finds the current version of a calendar by id
     * @return one entry per group with at least one ticket, in {@link GroupKey#ORDER}
     * @throws NullPointerException if an argument is null
     */
    public static List<WorkingTimes> summarize(Collection<TicketTimes> times,
                                               Function<String, Optional<BusinessCalendar>> calendars) {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(calendars, "calendars");
        Map<GroupKey, Accumulator> groups = new TreeMap<>(GroupKey.ORDER);
        for (TicketTimes t : times) {
            Accumulator a = groups.computeIfAbsent(t.group(), k -> new Accumulator());
            BusinessCalendar calendar = t.calendarIfAny().flatMap(calendars).orElse(null);
            boolean missed = false;
            if (t.firstResponse() != null) {
                missed |= !a.firstResponse.add(calendar, t.received(), t.firstResponse());
            }
            if (t.closed() != null) {
                missed |= !a.closure.add(calendar, t.received(), t.closed());
            }
            if (missed) {
                a.notMeasured++;
            }
        }
        List<WorkingTimes> out = new ArrayList<>();
        groups.forEach((key, a) -> out.add(new WorkingTimes(key, DurationSummary.ofMicros(a.firstResponse.toArray()),
                DurationSummary.ofMicros(a.closure.toArray()), a.notMeasured)));
        return List.copyOf(out);
    }

    /**
     * Gets the working time between two instants on a calendar, in microseconds.
     *
     * @return the microseconds, or empty if it cannot be measured
     */
    static Optional<Long> workingMicros(BusinessCalendar calendar, Instant from, Instant to) {
        if (calendar == null) {
            return Optional.empty();
        }
        try {
            Duration d = calendar.between(from, to);
            return Optional.of(Math.floorDiv(d.toNanos(), 1000L));
        } catch (OutsideCoverageException | CalendarArgumentException e) {
            return Optional.empty();
        }
    }

    private static final class Accumulator {
        private final Micros firstResponse = new Micros();
        private final Micros closure = new Micros();
        private long notMeasured;
    }

    private static final class Micros {
        private long[] values = new long[8];
        private int size;

        boolean add(BusinessCalendar calendar, Instant from, Instant to) {
            Optional<Long> micros = workingMicros(calendar, from, to);
            if (micros.isEmpty()) {
                return false;
            }
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = micros.get();
            return true;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
