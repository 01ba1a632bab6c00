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

/** Hand-worked examples on the hotline of CP-1: 09:00-12:00 and 13:30-18:00 every day. */
class HotlineCalendarTest {

    private final BusinessCalendar hotline = BusinessCalendars.hotline();

    @Test
    @DisplayName("CP-1 the hotline works 9:00-12:00 and 13:30-18:00 every day, periods half-open (SL-1)")
    void cp1_hotlineHours() {
        assertFalse(hotline.isWorkingTime(sh("2025-03-15T08:59:59")));
        assertTrue(hotline.isWorkingTime(sh("2025-03-15T09:00")));
        assertTrue(hotline.isWorkingTime(sh("2025-03-15T11:59:59.999999999")));
        assertFalse(hotline.isWorkingTime(sh("2025-03-15T12:00")));
        assertFalse(hotline.isWorkingTime(sh("2025-03-15T13:29")));
        assertTrue(hotline.isWorkingTime(sh("2025-03-15T13:30")));
        assertFalse(hotline.isWorkingTime(sh("2025-03-15T18:00")));
        assertTrue(hotline.isWorkingTime(sh("2025-03-16T10:00")), "Sunday too: every day");
    }

    @Test
    @DisplayName("CP-1 a working day of the hotline is 7.5 hours (SL-4)")
    void cp1_workingDayLength() {
        assertEquals(Duration.ofMinutes(450), hotline.between(sh("2025-03-10T00:00"), sh("2025-03-11T00:00")));
        assertEquals(Duration.ofMinutes(450 * 7), hotline.between(sh("2025-03-10T00:00"), sh("2025-03-17T00:00")));
    }

    @Test
    @DisplayName("SL-3 counting starts at the start when inside a period")
    void sl3_startInside() {
        assertEquals(sh("2025-03-10T14:30"), hotline.plus(sh("2025-03-10T11:00"), Duration.ofHours(2)));
    }

    @Test
    @DisplayName("SL-3 counting starts at the next period's start when the start is outside")
    void sl3_startOutside() {
        assertEquals(sh("2025-03-11T09:30"), hotline.plus(sh("2025-03-10T20:00"), Duration.ofMinutes(30)));
        assertEquals(sh("2025-03-10T14:00"), hotline.plus(sh("2025-03-10T12:15"), Duration.ofMinutes(30)));
    }

    @Test
    @DisplayName("SL-3 a target used up exactly at a period's end is due at that end")
    void sl3_dueAtPeriodEnd() {
        assertEquals(sh("2025-03-10T18:00"), hotline.plus(sh("2025-03-10T17:00"), Duration.ofHours(1)));
        assertEquals(sh("2025-03-10T12:00"), hotline.plus(sh("2025-03-10T09:00"), Duration.ofHours(3)));
        assertEquals(sh("2025-03-11T09:00").plusNanos(1),
                hotline.plus(sh("2025-03-10T17:00"), Duration.ofHours(1).plusNanos(1)));
    }

    @Test
    @DisplayName("SL-3 a zero target is due at the start, even outside working time")
    void sl3_zeroTarget() {
        assertEquals(sh("2025-03-10T20:00"), hotline.plus(sh("2025-03-10T20:00"), Duration.ZERO));
    }

    @Test
    @DisplayName("SL-3 a negative target is refused")
    void sl3_negativeTarget() {
        assertThrows(IllegalArgumentException.class, () -> hotline.plus(sh("2025-03-10T20:00"), Duration.ofMinutes(-1)));
    }

    @Test
    @DisplayName("CP-1 24 working hours from Monday 10:00 fall on Thursday 11:30")
    void cp1_twentyFourWorkingHours() {
        // Monday 10:00-12:00 (2h) + 13:30-18:00 (4.5h) = 6.5h; Tue, Wed 7.5h each = 21.5h; Thu 09:00 + 2.5h
        assertEquals(sh("2025-03-13T11:30"), hotline.plus(sh("2025-03-10T10:00"), Duration.ofHours(24)));
    }

    @Test
    @DisplayName("SL-4 between counts the working time inside [a, b), negative when reversed")
    void sl4_between() {
        assertEquals(Duration.ofMinutes(150), hotline.between(sh("2025-03-10T11:00"), sh("2025-03-10T15:00")));
        assertEquals(Duration.ofMinutes(-150), hotline.between(sh("2025-03-10T15:00"), sh("2025-03-10T11:00")));
        assertEquals(Duration.ZERO, hotline.between(sh("2025-03-10T12:00"), sh("2025-03-10T13:30")));
    }

    @Test
    @DisplayName("SL-3 nextWorkingInstant is the start itself inside a period, else the next period's start")
    void sl3_nextWorkingInstant() {
        assertEquals(sh("2025-03-10T10:00"), hotline.nextWorkingInstant(sh("2025-03-10T10:00")));
        assertEquals(sh("2025-03-10T13:30"), hotline.nextWorkingInstant(sh("2025-03-10T12:00")));
        assertEquals(sh("2025-03-11T09:00"), hotline.nextWorkingInstant(sh("2025-03-10T18:00")));
    }

    @Test
    @DisplayName("SL-15 non-working spans between two instants carry their reasons")
    void sl15_spans() {
        List<NonWorkingSpan> spans = hotline.nonWorkingSpans(sh("2025-03-10T11:00"), sh("2025-03-11T10:00"));
        assertEquals(List.of(
                new NonWorkingSpan(sh("2025-03-10T12:00"), sh("2025-03-10T13:30"), NonWorkingReason.OUTSIDE_HOURS, ""),
                new NonWorkingSpan(sh("2025-03-10T18:00"), sh("2025-03-11T09:00"), NonWorkingReason.OUTSIDE_HOURS, "")),
                spans);
    }

    @Test
    @DisplayName("SL-4 spans of centuries stay exact")
    void sl4_centuries() {
        java.time.Instant a = sh("2025-03-10T10:00");
        java.time.Instant b = sh("2425-03-10T10:00");
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2025, 3, 10), LocalDate.of(2425, 3, 10));
        assertEquals(Duration.ofMinutes(450).multipliedBy(days), hotline.between(a, b));
        assertEquals(b, hotline.plus(a, Duration.ofMinutes(450).multipliedBy(days)));
        assertFalse(hotline.isWorkingTime(sh("2425-03-10T12:30")));
        assertTrue(hotline.isWorkingTime(a));
    }

    @Test
    @DisplayName("SL-16 the hotline has no exceptions and covers every date")
    void sl16_hotlineCoversAll() {
        assertTrue(hotline.coversDates(LocalDate.of(1999, 1, 1), LocalDate.of(2099, 12, 31)));
        assertFalse(hotline.explainPlus(sh("2031-03-10T11:00"), Duration.ofDays(30)).outsideCoverage());
    }
}
