package dev.aftersales.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A span of non-working time, {@code [start, end)}, with its reason and name (rules SL-1, SL-15):
 * what a deadline skipped. Spans returned by {@link BusinessCalendar#nonWorkingSpans} are sorted,
 * disjoint and, together with the working time, cover the asked interval exactly; neighbouring
 * spans touch only when their reason or name differs (e.g. Friday evening outside hours, then the
 * weekend as rest days).
 *
 * @param start  the first instant of the span (inclusive)
 * @param end    the end of the span (exclusive), after {@code start}
 * @param reason why it is not working time
 * @param name   the holiday's, closure's, make-up day's or special hours' name; empty if none
 */
public record NonWorkingSpan(Instant start, Instant end, NonWorkingReason reason, String name) {

    /**
     * Creates a span.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public NonWorkingSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(name, "name");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a non-working span ends after it starts: " + start + ".." + end);
        }
    }

    /**
     * Gets the length of the span in elapsed time.
     *
     * @return {@code end - start}
     */
    public Duration length() {
        return Duration.between(start, end);
    }

    /**
     * Returns a copy ending later, used when neighbouring spans merge.
     *
     * @param newEnd the new end
     * @return the longer span
     * @throws IllegalArgumentException if {@code newEnd} is not after {@code start}
     */
    public NonWorkingSpan withEnd(Instant newEnd) {
        return new NonWorkingSpan(start, newEnd, reason, name);
    }
}
