package dev.aftersales.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The value types of SL-1 and SL-16. */
class ValuesTest {

    @Test
    @DisplayName("SL-1 a period is half-open, 24:00 ends the day, and text round-trips")
    void sl1_periods() {
        WorkingPeriod p = WorkingPeriod.parse("22:00-24:00");
        assertTrue(p.endsAtMidnight());
        assertEquals(Duration.ofHours(2), p.nominalLength());
        assertEquals("22:00-24:00", p.toString());
        assertEquals(WorkingPeriod.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT), p);
        assertEquals(WorkingPeriod.of(22, 0, 24, 0), p);
        assertEquals("08:30:15-09:00", WorkingPeriod.parse("08:30:15-09:00").toString());
        assertFalse(WorkingPeriod.parse("09:00-12:00").overlaps(WorkingPeriod.parse("12:00-13:00")));
        assertThrows(IllegalArgumentException.class, () -> WorkingPeriod.parse("24:00-24:00"));
        assertThrows(IllegalArgumentException.class, () -> WorkingPeriod.parse("09:00"));
        assertThrows(IllegalArgumentException.class, () -> WorkingPeriod.of(LocalTime.of(9, 0, 0, 5), LocalTime.NOON));
    }

    @Test
    @DisplayName("SL-1 working hours are sorted, may touch, may not overlap")
    void sl1_hours() {
        WorkingHours h = WorkingHours.parse("13:30-18:00, 09:00-12:00");
        assertEquals("09:00-12:00 13:30-18:00", h.toString());
        assertEquals(Duration.ofMinutes(450), h.nominalLength());
        assertEquals(2, WorkingHours.parse("09:00-12:00 12:00-13:00").periods().size());
        assertEquals(WorkingHours.NONE, WorkingHours.parse("none"));
    }

    @Test
    @DisplayName("SL-16 coverage merges, intersects and lists the uncovered parts")
    void sl16_coverage() {
        LocalDate jan1 = LocalDate.of(2025, 1, 1);
        DateCoverage c = DateCoverage.of(List.of(DateRange.of(jan1, jan1.plusDays(9)),
                DateRange.of(jan1.plusDays(10), jan1.plusDays(19)), DateRange.of(jan1.plusDays(30), jan1.plusDays(39))));
        assertEquals(List.of(DateRange.of(jan1, jan1.plusDays(19)), DateRange.of(jan1.plusDays(30), jan1.plusDays(39))),
                c.ranges());
        assertEquals(List.of(DateRange.of(jan1.minusDays(1), jan1.minusDays(1)),
                        DateRange.of(jan1.plusDays(20), jan1.plusDays(29)), DateRange.of(jan1.plusDays(40), jan1.plusDays(40))),
                c.uncovered(jan1.minusDays(1), jan1.plusDays(40)));
        assertEquals(DateCoverage.of(jan1.plusDays(5), jan1.plusDays(19)), c.intersect(DateCoverage.of(jan1.plusDays(5),
                jan1.plusDays(25))));
        assertEquals(c, c.intersect(DateCoverage.ALL));
        assertEquals(DateCoverage.ALL, c.union(DateCoverage.ALL));
        assertTrue(c.covers(jan1.plusDays(35)));
        assertFalse(c.covers(jan1.plusDays(25)));
        assertFalse(DateCoverage.none().covers(jan1));
        assertEquals("2025-01-01..2025-01-20, 2025-01-31..2025-02-09", c.toString());
    }

    @Test
    @DisplayName("SL-1 date ranges parse and print")
    void sl1_dateRange() {
        assertEquals(DateRange.of(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4)), DateRange.parse("2025-01-28..2025-02-04"));
        assertEquals("2025-01-28", DateRange.parse("2025-01-28").toString());
        assertEquals(8, DateRange.parse("2025-01-28..2025-02-04").lengthInDays());
        assertThrows(IllegalArgumentException.class, () -> DateRange.parse("2025-02-04..2025-01-28"));
    }
}
