package dev.aftersales.calendar;

import static dev.aftersales.calendar.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule SL-16: coverage, the fallback to the weekly pattern, and strict mode. */
class CoverageTest {

    private final BusinessCalendar office = BusinessCalendars.chinaOffice();
    private final BusinessCalendar strict = office.withStrict(true);

    @Test
    @DisplayName("SL-16 the office calendar covers the published years only")
    void sl16_coverage() {
        assertTrue(office.coversDates(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31)));
        assertFalse(office.coversDates(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)));
        assertFalse(office.coversDates(LocalDate.of(2019, 12, 31), LocalDate.of(2019, 12, 31)));
    }

    @Test
    @DisplayName("SL-16 a deadline needing 2027 is computed on the weekly pattern and flagged with the dates")
    void sl16_fallbackFlagged() {
        WorkingTimeExplanation e = office.explainPlus(sh("2026-12-31T17:00"), Duration.ofHours(2));
        assertEquals(sh("2027-01-01T10:00"), e.end(), "New Year's Day 2027 is unknown: a plain Friday");
        assertTrue(e.outsideCoverage());
        assertEquals(List.of(DateRange.ofDate(LocalDate.of(2027, 1, 1))), e.uncoveredDates());
    }

    @Test
    @DisplayName("SL-16 a deadline inside the coverage is not flagged")
    void sl16_insideNotFlagged() {
        assertFalse(office.explainPlus(sh("2026-12-30T17:00"), Duration.ofHours(2)).outsideCoverage());
        assertFalse(office.explainPlusWorkingDays(sh("2026-12-30T17:00"), 1).outsideCoverage());
        assertFalse(office.explainBetween(sh("2026-12-30T17:00"), sh("2027-01-01T00:00")).outsideCoverage());
    }

    @Test
    @DisplayName("SL-16 a deadline ending exactly at midnight into an uncovered day needs only covered dates")
    void sl16_endAtMidnightNeedsNoNextDay() {
        BusinessCalendar c = BusinessCalendars.twentyFourSeven(Times.SHANGHAI)
                .withOverrides(DayOverrides.builder("known").covers(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                        .build()).withStrict(true);
        assertEquals(sh("2026-01-01T00:00"), c.plus(sh("2025-12-31T23:00"), Duration.ofHours(1)));
        assertThrows(OutsideCoverageException.class, () -> c.plus(sh("2025-12-31T23:00"), Duration.ofHours(1).plusNanos(1)));
    }

    @Test
    @DisplayName("SL-16 strict mode refuses with the calendar, the uncovered dates and the coverage")
    void sl16_strictRefuses() {
        OutsideCoverageException e = assertThrows(OutsideCoverageException.class,
                () -> strict.plus(sh("2026-12-31T17:00"), Duration.ofHours(2)));
        assertEquals(List.of(DateRange.ofDate(LocalDate.of(2027, 1, 1))), e.uncovered());
        assertEquals(strict.ref(), e.calendar());
        assertTrue(e.getMessage().contains("cn-office@") && e.getMessage().contains("2027-01-01")
                && e.getMessage().contains("2020-01-01..2026-12-31"), e.getMessage());
    }

    @Test
    @DisplayName("SL-16 strict mode refuses every kind of computation outside the coverage")
    void sl16_strictEverywhere() {
        assertThrows(OutsideCoverageException.class, () -> strict.isWorkingTime(sh("2027-01-04T10:00")));
        assertThrows(OutsideCoverageException.class, () -> strict.nextWorkingInstant(sh("2026-12-31T19:00")));
        assertThrows(OutsideCoverageException.class, () -> strict.between(sh("2026-12-31T19:00"), sh("2027-01-01T01:00")));
        assertThrows(OutsideCoverageException.class, () -> strict.plusWorkingDays(sh("2026-12-31T10:00"), 1));
        assertThrows(OutsideCoverageException.class,
                () -> strict.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)));
        assertThrows(OutsideCoverageException.class, () -> strict.nonWorkingSpans(sh("2019-12-31T10:00"), sh("2020-01-02T00:00")));
        assertThrows(OutsideCoverageException.class, () -> strict.hoursOn(LocalDate.of(2027, 1, 1)));
        assertThrows(OutsideCoverageException.class, () -> strict.isWorkingDay(LocalDate.of(2019, 1, 1)));
    }

    @Test
    @DisplayName("SL-16 strict mode computes normally inside the coverage, and the start date of SL-5 is not needed")
    void sl16_strictInside() {
        assertEquals(sh("2026-12-31T18:00"), strict.plusWorkingDays(sh("2026-12-30T10:00"), 1));
        assertEquals(sh("2020-01-03T18:00"), strict.plusWorkingDays(sh("2019-12-31T10:00"), 2), "Jan 1 is 元旦");
        assertEquals(Duration.ZERO, strict.between(sh("2030-01-01T00:00"), sh("2030-01-01T00:00")));
        assertEquals(sh("2030-01-01T00:00"), strict.plus(sh("2030-01-01T00:00"), Duration.ZERO));
    }
}
