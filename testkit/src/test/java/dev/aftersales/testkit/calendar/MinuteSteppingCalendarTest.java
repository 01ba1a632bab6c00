package dev.aftersales.testkit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.WeeklyPattern;
import dev.aftersales.calendar.WorkingHours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The oracle itself on the hand-worked examples, so that agreeing with it means something. */
class MinuteSteppingCalendarTest {

    private static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    @DisplayName("CP-1 SL-3 the oracle's hotline: periods half-open, due at a period's end")
    void cp1_hotline() {
        MinuteSteppingCalendar o = MinuteSteppingCalendar.of(BusinessCalendars.hotline());
        assertTrue(o.isWorkingTime(sh("2025-03-10T09:00")));
        assertFalse(o.isWorkingTime(sh("2025-03-10T12:00")));
        assertEquals(sh("2025-03-10T18:00"), o.plus(sh("2025-03-10T17:00"), Duration.ofHours(1)));
        assertEquals(sh("2025-03-11T09:30"), o.plus(sh("2025-03-10T20:00"), Duration.ofMinutes(30)));
        assertEquals(sh("2025-03-13T11:30"), o.plus(sh("2025-03-10T10:00"), Duration.ofHours(24)));
        assertEquals(Duration.ofMinutes(450), o.between(sh("2025-03-10T00:00"), sh("2025-03-11T00:00")));
        assertEquals(Duration.ofSeconds(1).plusNanos(5), o.between(sh("2025-03-10T11:59:58.999999995"),
                sh("2025-03-10T13:30")));
    }

    @Test
    @DisplayName("SL-5 RP-2 the oracle's working days on the office week and the Spring Festival 2025")
    void sl5_officeWeek() {
        MinuteSteppingCalendar o = MinuteSteppingCalendar.of(BusinessCalendars.chinaOffice());
        assertEquals(sh("2025-03-11T18:00"), o.plusWorkingDays(sh("2025-03-10T10:00"), 1));
        assertEquals(sh("2025-03-17T18:00"), o.plusWorkingDays(sh("2025-03-14T20:00"), 1));
        assertEquals(sh("2025-01-26T18:00"), o.plusWorkingDays(sh("2025-01-24T20:00"), 1));
        assertEquals(sh("2025-02-05T18:00"), o.plusWorkingDays(sh("2025-01-27T10:00"), 1));
        assertEquals(6, o.workingDaysBetween(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 9)));
        assertEquals(sh("2025-02-05T10:00"), o.plus(sh("2025-01-27T17:00"), Duration.ofHours(2)));
    }

    @Test
    @DisplayName("SL-2 the oracle's Berlin days: 23 and 25 hours around the clock")
    void sl2_berlin() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        MinuteSteppingCalendar o = MinuteSteppingCalendar.of(BusinessCalendars.twentyFourSeven(berlin));
        assertEquals(Duration.ofHours(23), o.between(LocalDate.of(2025, 3, 30).atStartOfDay(berlin).toInstant(),
                LocalDate.of(2025, 3, 31).atStartOfDay(berlin).toInstant()));
        assertEquals(Duration.ofHours(25), o.between(LocalDate.of(2025, 10, 26).atStartOfDay(berlin).toInstant(),
                LocalDate.of(2025, 10, 27).atStartOfDay(berlin).toInstant()));
    }

    @Test
    @DisplayName("SL-2 the oracle refuses a calendar whose boundaries are off its step grid")
    void sl2_offGrid() {
        BusinessCalendar seconds = BusinessCalendar.builder("s", ZoneId.of("UTC"))
                .weekly(WeeklyPattern.everyDay(WorkingHours.parse("09:00:30-12:00"))).build();
        assertThrows(IllegalStateException.class, () -> MinuteSteppingCalendar.of(seconds)
                .isWorkingTime(Instant.parse("2025-01-01T10:00:00Z")));
        assertEquals(Duration.ofSeconds(30), MinuteSteppingCalendar.of(seconds, Duration.ofSeconds(1))
                .between(Instant.parse("2025-01-01T09:00:00Z"), Instant.parse("2025-01-01T09:01:00Z")));
    }
}
