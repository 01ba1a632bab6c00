package dev.aftersales.calendar;

import static dev.aftersales.calendar.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rule SL-5 and RP-2 ("contact within one working day"). SL-5's examples ("Friday 20:00 before a
 * normal weekend: Monday 18:00") need a calendar whose weekend is off: the hotline's hours on the
 * Monday-to-Friday office week ({@link BusinessCalendars#chinaOffice()}). On the daily hotline of
 * CP-1 itself the next working day after a Friday is the Saturday.
 */
class WorkingDaysTest {

    private final BusinessCalendar office = BusinessCalendars.chinaOffice();
    private final BusinessCalendar hotline = BusinessCalendars.hotline();

    @Test
    @DisplayName("SL-5 RP-2 reported Monday 10:00, one working day: Tuesday 18:00")
    void sl5_mondayPlusOne() {
        assertEquals(sh("2025-03-11T18:00"), office.plusWorkingDays(sh("2025-03-10T10:00"), 1));
        assertEquals(sh("2025-03-11T18:00"), hotline.plusWorkingDays(sh("2025-03-10T10:00"), 1));
    }

    @Test
    @DisplayName("SL-5 RP-2 reported Friday 20:00 before a normal weekend, one working day: Monday 18:00")
    void sl5_fridayEveningPlusOne() {
        assertEquals(sh("2025-03-17T18:00"), office.plusWorkingDays(sh("2025-03-14T20:00"), 1));
    }

    @Test
    @DisplayName("SL-5 on the daily hotline the working day after Friday is Saturday")
    void sl5_hotlineWorksSaturday() {
        assertEquals(sh("2025-03-15T18:00"), hotline.plusWorkingDays(sh("2025-03-14T20:00"), 1));
    }

    @Test
    @DisplayName("SL-5 the start date never counts, even when reported before opening on a working day")
    void sl5_startDateNeverCounts() {
        assertEquals(sh("2025-03-11T18:00"), office.plusWorkingDays(sh("2025-03-10T08:00"), 1));
        assertEquals(sh("2025-03-17T18:00"), office.plusWorkingDays(sh("2025-03-15T10:00"), 1), "from a Saturday");
    }

    @Test
    @DisplayName("SL-5 three working days from Thursday skip the weekend")
    void sl5_threeDays() {
        assertEquals(sh("2025-03-18T18:00"), office.plusWorkingDays(sh("2025-03-13T11:00"), 3));
    }

    @Test
    @DisplayName("SL-5 a make-up working day counts: Friday 2025-01-24 20:00 plus one is Sunday 2025-01-26 18:00")
    void sl5_makeUpDayCounts() {
        assertEquals(sh("2025-01-26T18:00"), office.plusWorkingDays(sh("2025-01-24T20:00"), 1));
    }

    @Test
    @DisplayName("SL-5 public holidays do not count: Monday 2025-01-27 plus one is Wednesday 2025-02-05 18:00")
    void sl5_holidaysSkipped() {
        assertEquals(sh("2025-02-05T18:00"), office.plusWorkingDays(sh("2025-01-27T10:00"), 1));
    }

    @Test
    @DisplayName("SL-5 working days between two dates count (after, until], so plusWorkingDays lands on n")
    void sl5_workingDaysBetween() {
        assertEquals(1, office.workingDaysBetween(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 11)));
        assertEquals(0, office.workingDaysBetween(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 16)));
        assertEquals(5, office.workingDaysBetween(LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 16)));
        assertEquals(-5, office.workingDaysBetween(LocalDate.of(2025, 3, 16), LocalDate.of(2025, 3, 9)));
        assertEquals(0, office.workingDaysBetween(LocalDate.of(2025, 3, 16), LocalDate.of(2025, 3, 16)));
    }

    @Test
    @DisplayName("SL-5 working days of a whole official year: 2025 has 248 working days")
    void sl5_year2025() {
        // weekdays, less the holidays that fall on weekdays, plus the make-up days at weekends
        long weekdays = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 1, 1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
        long weekdayHolidays = ChinaPublicHolidays.year(2025).orElseThrow().entries().stream()
                .filter(o -> o instanceof DayOff && o.date().getDayOfWeek().getValue() <= 5).count();
        long makeUps = ChinaPublicHolidays.year(2025).orElseThrow().entries().stream()
                .filter(o -> o instanceof MakeUpWorkday).count();
        assertEquals(weekdays - weekdayHolidays + makeUps,
                office.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)));
        assertEquals(248, weekdays - weekdayHolidays + makeUps);
    }

    @Test
    @DisplayName("SL-5 a working-days target is at least one")
    void sl5_atLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> office.plusWorkingDays(sh("2025-03-10T10:00"), 0));
    }
}
