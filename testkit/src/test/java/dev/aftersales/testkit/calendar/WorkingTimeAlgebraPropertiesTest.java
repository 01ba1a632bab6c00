package dev.aftersales.testkit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.NonWorkingSpan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The algebra of rules SL-3 and SL-4 on the real implementation, targets from zero to more than a year. */
class WorkingTimeAlgebraPropertiesTest {

    @Provide
    Arbitrary<CalendarCases.Target> targets() {
        return CalendarCases.target();
    }

    /**
     * A calendar, a start and two targets, each at most the working time of
     * {@link CalendarCases#TEN_YEARS} from the start (as {@link CalendarCases#target()}): a calendar
     * with a few minutes of work a week could not reach a long target within
     * {@code BusinessCalendar.MAX_SPAN}, and {@code plus} rightly refuses it.
     */
    record TwoTargets(BusinessCalendar calendar, Instant start, Duration d1, Duration d2) {
    }

    @Provide
    Arbitrary<TwoTargets> twoTargets() {
        return CalendarArbitraries.calendars().flatMap(c -> Combinators.combine(
                CalendarArbitraries.instantsNear(c, CalendarArbitraries.FIRST_DATE, CalendarArbitraries.LAST_DATE),
                CalendarArbitraries.businessDurations(), CalendarArbitraries.businessDurations())
                .as((s, d1, d2) -> {
                    Duration cap = c.between(s, s.plus(CalendarCases.TEN_YEARS));
                    return new TwoTargets(c, s, d1.compareTo(cap) > 0 ? cap : d1, d2.compareTo(cap) > 0 ? cap : d2);
                }));
    }

    /** A calendar and three instants. */
    record ThreeInstants(BusinessCalendar calendar, Instant a, Instant b, Instant c) {
    }

    @Provide
    Arbitrary<ThreeInstants> threeInstants() {
        return CalendarArbitraries.calendars().flatMap(cal -> {
            Arbitrary<Instant> i = CalendarArbitraries.instantsNear(cal, CalendarArbitraries.FIRST_DATE,
                    CalendarArbitraries.LAST_DATE);
            return Combinators.combine(i, i, i).as((a, b, c) -> new ThreeInstants(cal, a, b, c));
        });
    }

    @Property
    @Label("SL-4 between(s, plus(s, d)) = d")
    void sl4_betweenUndoesPlus(@ForAll("targets") CalendarCases.Target t) {
        BusinessCalendar c = t.calendar();
        assertEquals(t.target(), c.between(t.start(), c.plus(t.start(), t.target())));
    }

    @Property
    @Label("SL-4 plus is additive: plus(plus(s, d1), d2) = plus(s, d1 + d2)")
    void sl4_additive(@ForAll("twoTargets") TwoTargets t) {
        BusinessCalendar c = t.calendar();
        assertEquals(c.plus(t.start(), t.d1().plus(t.d2())), c.plus(c.plus(t.start(), t.d1()), t.d2()));
    }

    @Property
    @Label("SL-4 plus is monotonic in the target")
    void sl4_monotonicInTarget(@ForAll("twoTargets") TwoTargets t) {
        BusinessCalendar c = t.calendar();
        Duration small = t.d1().compareTo(t.d2()) <= 0 ? t.d1() : t.d2();
        Duration large = t.d1().compareTo(t.d2()) <= 0 ? t.d2() : t.d1();
        assertFalse(c.plus(t.start(), small).isAfter(c.plus(t.start(), large)));
    }

    @Property
    @Label("SL-4 plus is monotonic in the start")
    void sl4_monotonicInStart(@ForAll("threeInstants") ThreeInstants t) {
        BusinessCalendar c = t.calendar();
        Instant early = t.a().isBefore(t.b()) ? t.a() : t.b();
        Instant late = t.a().isBefore(t.b()) ? t.b() : t.a();
        Duration d = Duration.between(Instant.EPOCH, t.c()).abs().dividedBy(1000); // about 20 days of nanos
        assertFalse(c.plus(early, d).isAfter(c.plus(late, d)));
    }

    @Property
    @Label("SL-4 between is additive over any three instants and bounded by elapsed time")
    void sl4_betweenAdditive(@ForAll("threeInstants") ThreeInstants t) {
        BusinessCalendar c = t.calendar();
        assertEquals(c.between(t.a(), t.c()), c.between(t.a(), t.b()).plus(c.between(t.b(), t.c())));
        Duration elapsed = Duration.between(t.a(), t.b()).abs();
        Duration worked = c.between(t.a(), t.b()).abs();
        assertTrue(worked.compareTo(elapsed) <= 0);
        assertEquals(c.between(t.a(), t.b()), c.between(t.b(), t.a()).negated());
    }

    @Property
    @Label("SL-3 a zero target is due at the start")
    void sl3_zero(@ForAll("targets") CalendarCases.Target t) {
        assertEquals(t.start(), t.calendar().plus(t.start(), Duration.ZERO));
    }

    @Property
    @Label("SL-3 the deadline is the first instant at which the target has elapsed: the nanosecond before is working")
    void sl3_firstInstant(@ForAll("targets") CalendarCases.Target t) {
        BusinessCalendar c = t.calendar();
        if (t.target().isZero()) {
            return;
        }
        Instant due = c.plus(t.start(), t.target());
        assertTrue(c.isWorkingTime(due.minusNanos(1)));
        assertEquals(t.target().minusNanos(1), c.between(t.start(), due.minusNanos(1)));
    }

    @Property
    @Label("SL-3 a target used up exactly at a period's end is due at that end, not at the next start")
    void sl3_dueAtPeriodEnd(@ForAll("targets") CalendarCases.Target t) {
        BusinessCalendar c = t.calendar();
        Instant from = c.nextWorkingInstant(t.start());
        List<NonWorkingSpan> after = c.nonWorkingSpans(from, from.plus(Duration.ofDays(400)));
        if (after.isEmpty()) {
            return; // around the clock: no period ends
        }
        Instant periodEnd = after.get(0).start();
        Duration toEnd = c.between(t.start(), periodEnd);
        assertEquals(periodEnd, c.plus(t.start(), toEnd));
        assertFalse(c.isWorkingTime(periodEnd));
    }
}
