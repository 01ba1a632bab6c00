package dev.aftersales.calendar;

import static dev.aftersales.calendar.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Spring Festival 2025 on the office week (09:00-12:00, 13:30-18:00, Monday to Friday):
 * holiday Tue Jan 28 to Tue Feb 4, make-up working days Sun Jan 26 and Sat Feb 8 (SL-1).
 */
class SpringFestival2025Test {

    private final BusinessCalendar office = BusinessCalendars.chinaOffice();

    @Test
    @DisplayName("SL-1 make-up working days Sun 2025-01-26 and Sat 2025-02-08 are worked with Monday's hours")
    void sl1_makeUpDaysWorked() {
        assertTrue(office.isWorkingTime(sh("2025-01-26T10:00")));
        assertTrue(office.isWorkingTime(sh("2025-02-08T17:59")));
        assertFalse(office.isWorkingTime(sh("2025-02-08T12:30")));
        assertEquals(BusinessCalendars.OFFICE_HOURS, office.hoursOn(LocalDate.of(2025, 1, 26)));
    }

    @Test
    @DisplayName("SL-1 the holiday 2025-01-28..2025-02-04 is off, weekdays included")
    void sl1_holidayOff() {
        for (LocalDate d = LocalDate.of(2025, 1, 28); !d.isAfter(LocalDate.of(2025, 2, 4)); d = d.plusDays(1)) {
            assertFalse(office.isWorkingDay(d), d.toString());
            assertEquals(WorkingHours.NONE, office.hoursOn(d));
        }
        assertTrue(office.isWorkingDay(LocalDate.of(2025, 1, 27)));
        assertTrue(office.isWorkingDay(LocalDate.of(2025, 2, 5)));
        assertFalse(office.isWorkingDay(LocalDate.of(2025, 2, 9)), "an ordinary Sunday");
    }

    @Test
    @DisplayName("SL-3 two working hours from Mon 2025-01-27 17:00 end Wed 2025-02-05 10:00")
    void sl3_acrossTheHoliday() {
        assertEquals(sh("2025-02-05T10:00"), office.plus(sh("2025-01-27T17:00"), Duration.ofHours(2)));
    }

    @Test
    @DisplayName("SL-3 one working hour from Fri 2025-01-24 17:30 ends on the make-up Sunday at 09:30")
    void sl3_intoMakeUpDay() {
        assertEquals(sh("2025-01-26T09:30"), office.plus(sh("2025-01-24T17:30"), Duration.ofHours(1)));
    }

    @Test
    @DisplayName("SL-4 the working time from Fri 2025-01-24 to Mon 2025-02-10 is six office days")
    void sl4_betweenAcross() {
        // Jan 24 (Fri), Jan 26 (make-up), Jan 27, Feb 5, 6, 7, Feb 8 (make-up): 7 days of 7.5h
        assertEquals(Duration.ofMinutes(7 * 450), office.between(sh("2025-01-24T00:00"), sh("2025-02-10T00:00")));
    }

    @Test
    @DisplayName("SL-5 working days between 2025-01-24 and 2025-02-09 are 6, make-up days included")
    void sl5_countAcross() {
        assertEquals(6, office.workingDaysBetween(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 9)));
    }

    @Test
    @DisplayName("SL-15 the skipped spans name the holiday 春节")
    void sl15_spansNameTheHoliday() {
        List<NonWorkingSpan> spans = office.nonWorkingSpans(sh("2025-01-27T17:00"), sh("2025-02-05T10:00"));
        assertEquals(List.of(
                new NonWorkingSpan(sh("2025-01-27T18:00"), sh("2025-01-28T00:00"), NonWorkingReason.OUTSIDE_HOURS, ""),
                new NonWorkingSpan(sh("2025-01-28T00:00"), sh("2025-02-05T00:00"), NonWorkingReason.PUBLIC_HOLIDAY, "春节"),
                new NonWorkingSpan(sh("2025-02-05T00:00"), sh("2025-02-05T09:00"), NonWorkingReason.OUTSIDE_HOURS, "")),
                spans);
    }

    @Test
    @DisplayName("SL-15 a make-up day's own gaps carry its name; the weekend before is a rest day")
    void sl15_makeUpDaySpans() {
        List<NonWorkingSpan> spans = office.nonWorkingSpans(sh("2025-01-24T18:00"), sh("2025-01-26T09:00"));
        assertEquals(List.of(
                new NonWorkingSpan(sh("2025-01-24T18:00"), sh("2025-01-25T00:00"), NonWorkingReason.OUTSIDE_HOURS, ""),
                new NonWorkingSpan(sh("2025-01-25T00:00"), sh("2025-01-26T00:00"), NonWorkingReason.REST_DAY, ""),
                new NonWorkingSpan(sh("2025-01-26T00:00"), sh("2025-01-26T09:00"), NonWorkingReason.OUTSIDE_HOURS, "春节")),
                spans);
    }

    @Test
    @DisplayName("SL-16 2025 is covered by the official calendar: nothing is flagged")
    void sl16_covered() {
        WorkingTimeExplanation e = office.explainPlus(sh("2025-01-27T17:00"), Duration.ofHours(2));
        assertFalse(e.outsideCoverage());
        assertEquals(sh("2025-02-05T10:00"), e.end());
        assertEquals(Duration.ofHours(2), e.workingTime());
        assertEquals(3, e.skipped().size());
        assertEquals(office.ref(), e.calendar());
    }
}
