package dev.aftersales.testkit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.DateRange;
import dev.aftersales.calendar.OutsideCoverageException;
import dev.aftersales.calendar.WorkingTimeExplanation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rule SL-16: outside its coverage a calendar uses the weekly pattern and says so; strict refuses. */
class CoveragePropertiesTest {

    @Provide
    Arbitrary<CalendarCases.Target> targets() {
        return CalendarCases.target();
    }

    @Property
    @Label("SL-16 a deadline flags exactly the uncovered dates from the start's date to the last counted instant's")
    void sl16_flagsUncoveredDates(@ForAll("targets") CalendarCases.Target t) {
        BusinessCalendar c = t.calendar();
        WorkingTimeExplanation e = c.explainPlus(t.start(), t.target());
        assertEquals(c.plus(t.start(), t.target()), e.end());
        assertEquals(t.target(), e.workingTime());
        MinuteSteppingCalendar oracle = MinuteSteppingCalendar.of(c);
        List<DateRange> expected = t.target().isZero() ? List.of()
                : c.coverage().uncovered(oracle.dayOf(t.start()), oracle.dayOf(e.end().minusNanos(1)));
        assertEquals(expected, e.uncoveredDates());
        assertEquals(c.nonWorkingSpans(t.start(), e.end()), e.skipped());
    }

    @Property
    @Label("SL-16 strict mode refuses exactly the computations a lenient calendar flags, and agrees otherwise")
    void sl16_strictRefusesFlagged(@ForAll("targets") CalendarCases.Target t) {
        BusinessCalendar lenient = t.calendar();
        BusinessCalendar strict = lenient.withStrict(true);
        WorkingTimeExplanation e = lenient.explainPlus(t.start(), t.target());
        if (e.outsideCoverage()) {
            OutsideCoverageException x = assertThrows(OutsideCoverageException.class,
                    () -> strict.plus(t.start(), t.target()));
            assertEquals(e.uncoveredDates(), x.uncovered());
        } else {
            assertEquals(e.end(), strict.plus(t.start(), t.target()));
        }
    }

    @Property
    @Label("SL-16 the working-days deadline flags the uncovered dates after the start date")
    void sl16_workingDaysFlag(@ForAll("targets") CalendarCases.Target t) {
        BusinessCalendar c = t.calendar();
        int n = 1 + (int) (t.target().toMinutes() % 20);
        WorkingTimeExplanation e = c.explainPlusWorkingDays(t.start(), n);
        LocalDate first = t.start().atZone(c.zone()).toLocalDate().plusDays(1);
        LocalDate last = MinuteSteppingCalendar.of(c).dayOf(e.end().minusNanos(1));
        assertEquals(c.coverage().uncovered(first, last), e.uncoveredDates());
        assertTrue(e.workingTime().compareTo(Duration.ZERO) > 0);
        Instant end = c.plusWorkingDays(t.start(), n);
        assertEquals(end, e.end());
    }
}
