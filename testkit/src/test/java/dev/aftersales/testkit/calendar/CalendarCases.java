package dev.aftersales.testkit.calendar;

import static dev.aftersales.testkit.calendar.CalendarArbitraries.FIRST_DATE;
import static dev.aftersales.testkit.calendar.CalendarArbitraries.LAST_DATE;

import dev.aftersales.calendar.BusinessCalendar;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generated cases shared by the calendar properties: a calendar, instants on it, spans and targets. */
final class CalendarCases {

    /** The longest calendar-time span the oracle is asked to step through. */
    static final Duration HORIZON = Duration.ofDays(400);

    /** Ten years of calendar time, the cap of the uncapped-looking {@link #target()}. */
    static final Duration TEN_YEARS = Duration.ofDays(3653);

    private CalendarCases() {
    }

    /** A calendar with an instant that likes its edges. */
    record AtInstant(BusinessCalendar calendar, Instant instant) {
    }

    /** A calendar, a start and an end at most {@code maxSpan} later (or earlier when signed). */
    record Interval(BusinessCalendar calendar, Instant a, Instant b) {
    }

    /** A calendar, a start and a business-time target. */
    record Target(BusinessCalendar calendar, Instant start, Duration target) {
    }

    static Arbitrary<AtInstant> atInstant() {
        return CalendarArbitraries.calendars().flatMap(c ->
                CalendarArbitraries.instantsNear(c, FIRST_DATE, LAST_DATE).map(i -> new AtInstant(c, i)));
    }

    /** Spans from zero to {@code maxSpan}, biased to short ones; negative too when {@code signed}. */
    static Arbitrary<Interval> interval(Duration maxSpan, boolean signed) {
        Arbitrary<Long> span = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(4, Arbitraries.longs().between(1, Math.min(maxSpan.toNanos(), 3L * 86_400_000_000_000L))),
                Tuple.of(2, Arbitraries.longs().between(1, maxSpan.toNanos())));
        return CalendarArbitraries.calendars().flatMap(c -> Combinators.combine(
                CalendarArbitraries.instantsNear(c, FIRST_DATE, LAST_DATE), span, Arbitraries.of(true, !signed))
                .as((a, n, forward) -> new Interval(c, a, forward ? a.plusNanos(n) : a.minusNanos(n))));
    }

    /** Targets from zero to more than a year, capped at the working time of {@link #HORIZON}. */
    static Arbitrary<Target> boundedTarget() {
        return CalendarArbitraries.calendars().flatMap(c -> Combinators.combine(
                CalendarArbitraries.instantsNear(c, FIRST_DATE, LAST_DATE), CalendarArbitraries.businessDurations())
                .as((s, d) -> {
                    Duration cap = c.between(s, s.plus(HORIZON));
                    return new Target(c, s, d.compareTo(cap) > 0 ? cap : d);
                }));
    }

    /**
     * Targets from zero to more than a year, for the real implementation only: capped at the
     * working time of {@link #TEN_YEARS}, the longest target a policy accepts, because a calendar
     * with a few working minutes a week would otherwise need centuries, which the calendar
     * refuses (its {@code MAX_SPAN}) instead of computing.
     */
    static Arbitrary<Target> target() {
        return CalendarArbitraries.calendars().flatMap(c -> Combinators.combine(
                CalendarArbitraries.instantsNear(c, FIRST_DATE, LAST_DATE), CalendarArbitraries.businessDurations())
                .as((s, d) -> {
                    Duration cap = c.between(s, s.plus(TEN_YEARS));
                    return new Target(c, s, d.compareTo(cap) > 0 ? cap : d);
                }));
    }
}
