package dev.aftersales.calendar;

import static dev.aftersales.calendar.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Rules SL-3 to SL-5 at their limits: bad input and absurd spans are refused with a
 * {@link CalendarArgumentException} naming the parameter, quickly and without filling memory; the
 * year tables a calendar holds stay bounded however far it computes.
 */
class CalendarLimitsTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);

    private final BusinessCalendar office = BusinessCalendars.chinaOffice();
    private final BusinessCalendar allDay = BusinessCalendars.twentyFourSeven();

    private static void refused(String parameter, Executable call) {
        CalendarArgumentException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(CalendarArgumentException.class, call));
        assertEquals(parameter, e.parameter(), e.getMessage());
        assertTrue(e.getMessage().startsWith(parameter + ": "), e.getMessage());
    }

    @Test
    @DisplayName("SL-5 Integer.MAX_VALUE working days is refused at once, naming n, instead of running out of memory")
    void sl5_hugeWorkingDays() {
        refused("n", () -> office.plusWorkingDays(sh("2025-03-10T10:00"), Integer.MAX_VALUE));
        refused("n", () -> office.explainPlusWorkingDays(sh("2025-03-10T10:00"), Integer.MAX_VALUE));
        refused("n", () -> office.plusWorkingDays(sh("2025-03-10T10:00"), 0));
        assertThrows(IllegalArgumentException.class, () -> office.plusWorkingDays(sh("2025-03-10T10:00"), -1),
                "still an IllegalArgumentException, as before");
    }

    @Test
    @DisplayName("SL-5 a working-days target that fits MAX_SPAN's days but not its time is refused after at most MAX_SPAN")
    void sl5_workingDaysBeyondTheSpan() {
        int days = (int) BusinessCalendar.MAX_SPAN.toDays();
        refused("n", () -> office.plusWorkingDays(sh("2025-03-10T10:00"), days)); // five working days a week
        Instant end = allDay.plusWorkingDays(Instant.parse("2000-01-01T12:00:00Z"), days);
        assertEquals(LocalDate.of(2000, 1, 1).plusDays(days + 1).atStartOfDay(ZoneOffset.UTC).toInstant(), end);
        assertEquals(days, allDay.workingDaysBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1).plusDays(days)));
    }

    @Test
    @DisplayName("SL-5 workingDaysBetween over 10,000 years is refused, naming untilInclusive")
    void sl5_workingDaysBetweenMillennia() {
        refused("untilInclusive", () -> office.workingDaysBetween(LocalDate.of(2000, 1, 1), LocalDate.of(9999, 12, 31)));
        refused("untilInclusive", () -> office.workingDaysBetween(LocalDate.of(9999, 12, 31), LocalDate.of(2000, 1, 1)));
        refused("untilInclusive", () -> office.workingDaysBetween(LocalDate.of(2000, 1, 1), LocalDate.MAX));
        refused("afterExclusive", () -> office.workingDaysBetween(LocalDate.MIN, LocalDate.of(2000, 1, 1)));
    }

    @Test
    @DisplayName("SL-3 SL-4 spans longer than MAX_SPAN are refused; up to it they are exact, beyond a long of nanoseconds")
    void sl4_maxSpan() {
        Instant a = Instant.parse("2000-01-01T00:00:00Z");
        Instant b = a.plus(BusinessCalendar.MAX_SPAN);
        assertEquals(BusinessCalendar.MAX_SPAN, allDay.between(a, b), "500 years of working time, more than 292");
        assertEquals(BusinessCalendar.MAX_SPAN.negated(), allDay.between(b, a));
        assertEquals(b, allDay.plus(a, BusinessCalendar.MAX_SPAN));
        refused("b", () -> allDay.between(a, b.plusNanos(1)));
        refused("b", () -> allDay.between(b.plusNanos(1), a));
        refused("to", () -> allDay.nonWorkingSpans(a, b.plusNanos(1)));
        refused("to", () -> allDay.explainBetween(a, b.plusNanos(1)));
        refused("target", () -> allDay.plus(a, BusinessCalendar.MAX_SPAN.plusNanos(1)));
        refused("target", () -> allDay.plus(a.plusNanos(1), BusinessCalendar.MAX_SPAN.plusNanos(1)));
        // 300 years of working time on office hours would take more than 500 years
        refused("target", () -> office.plus(sh("2025-03-10T10:00"), Duration.ofDays(300 * 365)));
        refused("target", () -> office.plus(sh("2025-03-10T10:00"), Duration.ofSeconds(Long.MAX_VALUE)));
        refused("target", () -> office.plus(sh("2025-03-10T10:00"), Duration.ofMinutes(-1)));
        assertThrows(IllegalArgumentException.class, () -> office.plus(sh("2025-03-10T10:00"), Duration.ofMinutes(-1)));
    }

    @Test
    @DisplayName("SL-3 instants at Instant.MIN and Instant.MAX are refused with the parameter's name, not a DateTimeException")
    void sl3_extremeInstants() {
        for (Instant extreme : List.of(Instant.MIN, Instant.MAX)) {
            refused("instant", () -> office.isWorkingTime(extreme));
            refused("instant", () -> office.nextWorkingInstant(extreme));
            refused("start", () -> office.plus(extreme, Duration.ofHours(1)));
            refused("start", () -> office.plus(extreme, Duration.ZERO));
            refused("start", () -> office.explainPlus(extreme, Duration.ofHours(1)));
            refused("start", () -> office.plusWorkingDays(extreme, 1));
            refused("start", () -> office.explainPlusWorkingDays(extreme, 1));
            refused("a", () -> office.between(extreme, sh("2025-03-10T10:00")));
            refused("b", () -> office.between(sh("2025-03-10T10:00"), extreme));
            refused("from", () -> office.nonWorkingSpans(extreme, sh("2025-03-10T10:00")));
            refused("to", () -> office.nonWorkingSpans(sh("2025-03-10T10:00"), extreme));
        }
        refused("date", () -> office.hoursOn(LocalDate.MAX));
        refused("date", () -> office.isWorkingDay(LocalDate.MIN));
        refused("start", () -> office.plus(BusinessCalendar.MIN_DATE.atStartOfDay(office.zone()).toInstant().minusNanos(1),
                Duration.ofHours(1)));
    }

    @Test
    @DisplayName("SL-3 a deadline after MAX_DATE is refused naming the target; MAX_DATE itself still computes")
    void sl3_pastMaxDate() {
        Instant lastEvening = sh("9999-12-31T17:00");
        assertEquals(sh("9999-12-31T18:00"), BusinessCalendars.hotline().plus(lastEvening, Duration.ofHours(1)));
        refused("target", () -> BusinessCalendars.hotline().plus(lastEvening, Duration.ofHours(2)));
        refused("n", () -> BusinessCalendars.hotline().plusWorkingDays(lastEvening, 1));
        refused("instant", () -> BusinessCalendars.hotline().nextWorkingInstant(sh("9999-12-31T19:00")));
        assertTrue(BusinessCalendars.hotline().isWorkingDay(BusinessCalendar.MAX_DATE));
        assertTrue(BusinessCalendars.hotline().isWorkingTime(sh("0001-01-01T10:00")));
    }

    @Test
    @DisplayName("SL-3 the next working instant after ten closed years is found by walking the years")
    void sl3_nextWorkingInstantAfterLongClosure() {
        BusinessCalendar closed = BusinessCalendars.twentyFourSeven().withOverrides(DayOverrides.builder("closed")
                .closures(LocalDate.of(2000, 1, 1), LocalDate.of(2009, 12, 31), "Closed").build());
        assertEquals(Instant.parse("2010-01-01T00:00:00Z"), closed.nextWorkingInstant(Instant.parse("2001-01-01T00:00:00Z")));
        assertEquals(Duration.ofDays(1), closed.between(Instant.parse("2001-01-01T00:00:00Z"),
                Instant.parse("2010-01-02T00:00:00Z")));
    }

    @Test
    @DisplayName("SL-1 a calendar holds at most YEAR_CACHE_SIZE year tables, however many years it computed on")
    void sl1_boundedYearTables() {
        BusinessCalendar c = BusinessCalendars.chinaOffice();
        for (int year = 2000; year < 3000; year++) {
            c.isWorkingDay(LocalDate.of(year, 6, 1));
        }
        assertTrue(c.yearTablesHeld() <= BusinessCalendar.YEAR_CACHE_SIZE, c.yearTablesHeld() + " tables held");
        c.workingDaysBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2400, 12, 31));
        c.between(sh("2000-01-01T00:00"), sh("2400-01-01T00:00"));
        assertTrue(c.yearTablesHeld() <= BusinessCalendar.YEAR_CACHE_SIZE, c.yearTablesHeld() + " tables held");
        assertEquals(BusinessCalendars.chinaOffice().plus(sh("2025-03-10T10:00"), Duration.ofDays(200)),
                c.plus(sh("2025-03-10T10:00"), Duration.ofDays(200)), "evicted years are rebuilt the same");
    }

    @Test
    @DisplayName("SL-1 a calendar file with an absurd range fails on its line instead of running out of memory")
    void sl1_absurdRangesInFiles() {
        String head = "calendar c\nzone Asia/Shanghai\nhours MON-FRI 09:00-18:00\n";
        CalendarFormatException far = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(CalendarFormatException.class,
                () -> CalendarFormat.parseCalendar("c.cal", head + "holiday 2025-01-01..+999999999-12-31 forever\n")));
        assertEquals(4, far.line(), far.getMessage());
        assertTrue(far.problem().contains("outside the supported dates"), far.getMessage());
        CalendarFormatException longRange = assertThrows(CalendarFormatException.class,
                () -> CalendarFormat.parseCalendar("c.cal", head + "\nclosure 2025-01-01..2040-12-31 Renovation\n"));
        assertEquals(5, longRange.line(), longRange.getMessage());
        assertTrue(longRange.problem().contains("more than 3653"), longRange.getMessage());
        CalendarFormatException covers = assertThrows(CalendarFormatException.class, () -> CalendarFormat.parseOverrides(
                "o.txt", new StringReader("overrides o\ncovers 2025-01-01 +10000-01-01\n")));
        assertEquals(2, covers.line(), covers.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DayOverrides.builder("x")
                .closures(LocalDate.of(2025, 1, 1), LocalDate.MAX, "forever"));
        assertEquals(DayOverrides.MAX_RANGE_DAYS, DayOverrides.builder("x").holidays(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 1).plusDays(DayOverrides.MAX_RANGE_DAYS - 1), "long").build().entries().size());
    }
}
