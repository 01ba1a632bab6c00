package dev.aftersales.testkit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rule SL-5 on the real implementation: working-day deadlines and counts. */
class WorkingDaysPropertiesTest {

    /** A calendar, a start and two working-day counts. */
    record Case(BusinessCalendar calendar, Instant start, int n1, int n2) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return CalendarArbitraries.calendars().flatMap(c -> Combinators.combine(
                CalendarArbitraries.instantsNear(c, CalendarArbitraries.FIRST_DATE, CalendarArbitraries.LAST_DATE),
                Arbitraries.integers().between(1, 300), Arbitraries.integers().between(1, 300))
                .as((s, n1, n2) -> new Case(c, s, n1, n2)));
    }

    @Property
    @Label("SL-5 the deadline ends the last period of the n-th working day strictly after the start date")
    void sl5_deadlineShape(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.calendar();
        Instant due = cal.plusWorkingDays(c.start(), c.n1());
        LocalDate startDate = c.start().atZone(cal.zone()).toLocalDate();
        LocalDate dueDate = due.minusNanos(1).atZone(cal.zone()).toLocalDate();
        assertTrue(dueDate.isAfter(startDate), "the start date never counts");
        assertTrue(cal.isWorkingDay(dueDate));
        assertEquals(c.n1(), cal.workingDaysBetween(startDate, dueDate));
        assertTrue(cal.isWorkingTime(due.minusNanos(1)), "a period ends at the deadline");
        Instant nextDate = dueDate.plusDays(1).atStartOfDay(cal.zone()).toInstant();
        if (nextDate.isAfter(due)) {
            assertEquals(Duration.ZERO, cal.between(due, nextDate), "no later working time that day");
        }
    }

    @Property
    @Label("SL-5 working-day targets add up: n1 days, then n2 more, is n1 + n2 days")
    void sl5_additive(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.calendar();
        Instant first = cal.plusWorkingDays(c.start(), c.n1());
        assertEquals(cal.plusWorkingDays(c.start(), c.n1() + c.n2()), cal.plusWorkingDays(first.minusNanos(1), c.n2()));
    }

    @Property
    @Label("SL-5 working days between dates add up over any middle date")
    void sl5_countsAdd(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.calendar();
        LocalDate a = c.start().atZone(cal.zone()).toLocalDate();
        LocalDate b = a.plusDays(c.n1());
        LocalDate m = a.plusDays(c.n2() % (c.n1() + 1));
        assertEquals(cal.workingDaysBetween(a, b), cal.workingDaysBetween(a, m) + cal.workingDaysBetween(m, b));
        assertEquals(cal.workingDaysBetween(a, b), -cal.workingDaysBetween(b, a));
    }
}
