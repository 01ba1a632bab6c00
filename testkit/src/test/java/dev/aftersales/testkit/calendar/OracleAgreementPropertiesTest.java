package dev.aftersales.testkit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftersales.calendar.BusinessCalendar;

import java.time.Duration;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The table-driven calendar against the minute-stepping oracle, over generated calendars (split
 * hours, holidays, closures, make-up days, special hours, layers, zones with daylight saving),
 * instants near their edges, spans and targets from zero to more than a year.
 */
class OracleAgreementPropertiesTest {

    @Provide
    Arbitrary<CalendarCases.AtInstant> atInstant() {
        return CalendarCases.atInstant();
    }

    @Provide
    Arbitrary<CalendarCases.Interval> longIntervals() {
        return CalendarCases.interval(CalendarCases.HORIZON, true);
    }

    @Provide
    Arbitrary<CalendarCases.Interval> shortIntervals() {
        return CalendarCases.interval(Duration.ofDays(20), false);
    }

    @Provide
    Arbitrary<CalendarCases.Target> targets() {
        return CalendarCases.boundedTarget();
    }

    @Property
    @Label("SL-1 isWorkingTime agrees with the oracle")
    void sl1_isWorkingTime(@ForAll("atInstant") CalendarCases.AtInstant c) {
        assertEquals(MinuteSteppingCalendar.of(c.calendar()).isWorkingTime(c.instant()),
                c.calendar().isWorkingTime(c.instant()));
    }

    @Property
    @Label("SL-3 nextWorkingInstant agrees with the oracle")
    void sl3_nextWorkingInstant(@ForAll("atInstant") CalendarCases.AtInstant c) {
        assertEquals(MinuteSteppingCalendar.of(c.calendar()).nextWorkingInstant(c.instant()),
                c.calendar().nextWorkingInstant(c.instant()));
    }

    @Property
    @Label("SL-4 between agrees with the oracle over spans up to 400 days, both directions")
    void sl4_between(@ForAll("longIntervals") CalendarCases.Interval c) {
        assertEquals(MinuteSteppingCalendar.of(c.calendar()).between(c.a(), c.b()), c.calendar().between(c.a(), c.b()));
    }

    @Property
    @Label("SL-3 plus agrees with the oracle for targets from zero to more than a year")
    void sl3_plus(@ForAll("targets") CalendarCases.Target c) {
        assertEquals(MinuteSteppingCalendar.of(c.calendar()).plus(c.start(), c.target()),
                c.calendar().plus(c.start(), c.target()));
    }

    @Provide
    Arbitrary<Object[]> workingDays() {
        return CalendarCases.atInstant().flatMap(c -> Arbitraries.integers().between(1, 40)
                .map(n -> new Object[] {c, n}));
    }

    @Property
    @Label("SL-5 plusWorkingDays agrees with the oracle")
    void sl5_plusWorkingDays(@ForAll("workingDays") Object[] c) {
        CalendarCases.AtInstant at = (CalendarCases.AtInstant) c[0];
        int n = (Integer) c[1];
        assertEquals(MinuteSteppingCalendar.of(at.calendar()).plusWorkingDays(at.instant(), n),
                at.calendar().plusWorkingDays(at.instant(), n));
    }

    @Provide
    Arbitrary<Object[]> datePairs() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-30, 3 * 366 + 30)
                .map(CalendarArbitraries.FIRST_DATE::plusDays);
        return Combinators.combine(CalendarArbitraries.calendars(), dates, dates).as((cal, a, b) -> new Object[] {cal, a, b});
    }

    @Property
    @Label("SL-5 workingDaysBetween agrees with the oracle, (after, until]")
    void sl5_workingDaysBetween(@ForAll("datePairs") Object[] c) {
        BusinessCalendar cal = (BusinessCalendar) c[0];
        LocalDate a = (LocalDate) c[1];
        LocalDate b = (LocalDate) c[2];
        assertEquals(MinuteSteppingCalendar.of(cal).workingDaysBetween(a, b), cal.workingDaysBetween(a, b));
    }

    @Property
    @Label("SL-15 nonWorkingSpans agree with the oracle: bounds, reasons and names")
    void sl15_nonWorkingSpans(@ForAll("shortIntervals") CalendarCases.Interval c) {
        assertEquals(MinuteSteppingCalendar.of(c.calendar()).nonWorkingSpans(c.a(), c.b()),
                c.calendar().nonWorkingSpans(c.a(), c.b()));
    }
}
