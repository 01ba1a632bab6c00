package dev.aftersales.calendar;

import static dev.aftersales.calendar.Times.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rule SL-2: working time is elapsed real time; a local time in a gap becomes the gap's end, in an
 * overlap the earlier offset. Berlin 2025: clocks forward on Mar 30 02:00 to 03:00, back on Oct 26
 * 03:00 to 02:00. Lord Howe 2025: back on Apr 6 02:00 to 01:30, forward on Oct 5 02:00 to 02:30.
 */
class DaylightSavingTest {

    private static final String BERLIN = "Europe/Berlin";

    private static BusinessCalendar daily(String zone, String hours) {
        return BusinessCalendar.builder("dst", ZoneId.of(zone)).weekly(WeeklyPattern.everyDay(WorkingHours.parse(hours)))
                .build();
    }

    @Test
    @DisplayName("SL-2 around the clock, the spring-forward day has 23 working hours and the fall-back day 25")
    void sl2_dayLengths() {
        BusinessCalendar c = BusinessCalendars.twentyFourSeven(ZoneId.of(BERLIN));
        assertEquals(Duration.ofHours(23), c.between(at("2025-03-30T00:00", BERLIN), at("2025-03-31T00:00", BERLIN)));
        assertEquals(Duration.ofHours(25), c.between(at("2025-10-26T00:00", BERLIN), at("2025-10-27T00:00", BERLIN)));
    }

    @Test
    @DisplayName("SL-2 around the clock, plus is the instant plus the duration in any zone")
    void sl2_twentyFourSevenIsElapsedTime() {
        BusinessCalendar c = BusinessCalendars.twentyFourSeven(ZoneId.of("America/New_York"));
        Instant s = at("2025-03-08T22:17", "America/New_York");
        assertEquals(s.plus(Duration.ofHours(30)), c.plus(s, Duration.ofHours(30)));
        assertEquals(Duration.ofHours(30), c.between(s, s.plus(Duration.ofHours(30))));
    }

    @Test
    @DisplayName("SL-2 a clock change inside a working period changes its length: 01:00-04:00 is 2h, then 4h")
    void sl2_periodLengthChanges() {
        BusinessCalendar c = daily(BERLIN, "01:00-04:00");
        assertEquals(Duration.ofHours(2), c.between(at("2025-03-30T00:00", BERLIN), at("2025-03-31T00:00", BERLIN)));
        assertEquals(Duration.ofHours(4), c.between(at("2025-10-26T00:00", BERLIN), at("2025-10-27T00:00", BERLIN)));
        assertEquals(Duration.ofHours(3), c.between(at("2025-10-27T00:00", BERLIN), at("2025-10-28T00:00", BERLIN)));
    }

    @Test
    @DisplayName("SL-2 a period starting inside the gap starts when the gap ends")
    void sl2_startInGap() {
        BusinessCalendar c = daily(BERLIN, "02:30-05:00");
        assertEquals(at("2025-03-30T03:00", BERLIN), c.nextWorkingInstant(at("2025-03-30T00:00", BERLIN)));
        assertEquals(Duration.ofHours(2), c.between(at("2025-03-30T00:00", BERLIN), at("2025-03-31T00:00", BERLIN)));
    }

    @Test
    @DisplayName("SL-2 a period wholly inside the gap vanishes and its day is no working day")
    void sl2_periodInGapVanishes() {
        BusinessCalendar c = daily(BERLIN, "02:15-02:45");
        assertFalse(c.isWorkingDay(LocalDate.of(2025, 3, 30)));
        assertTrue(c.isWorkingDay(LocalDate.of(2025, 3, 29)));
        assertEquals(at("2025-03-31T02:45", BERLIN), c.plusWorkingDays(at("2025-03-29T12:00", BERLIN), 1));
    }

    @Test
    @DisplayName("SL-2 a boundary inside the overlap takes the earlier offset: 02:30-03:30 lasts two hours")
    void sl2_overlapEarlierOffset() {
        BusinessCalendar c = daily(BERLIN, "02:30-03:30");
        Instant firstTwoThirty = Instant.parse("2025-10-26T00:30:00Z"); // 02:30 CEST
        assertEquals(firstTwoThirty, c.nextWorkingInstant(at("2025-10-26T00:00", BERLIN)));
        assertEquals(Instant.parse("2025-10-26T02:30:00Z"), c.plus(firstTwoThirty, Duration.ofHours(2)));
        assertEquals(Duration.ofHours(2), c.between(at("2025-10-26T00:00", BERLIN), at("2025-10-27T00:00", BERLIN)));
    }

    @Test
    @DisplayName("SL-2 Lord Howe's half-hour shifts: 23.5 and 24.5 hour days")
    void sl2_lordHowe() {
        String lh = "Australia/Lord_Howe";
        BusinessCalendar c = BusinessCalendars.twentyFourSeven(ZoneId.of(lh));
        assertEquals(Duration.ofMinutes(23 * 60 + 30), c.between(at("2025-10-05T00:00", lh), at("2025-10-06T00:00", lh)));
        assertEquals(Duration.ofMinutes(24 * 60 + 30), c.between(at("2025-04-06T00:00", lh), at("2025-04-07T00:00", lh)));
        BusinessCalendar night = daily(lh, "01:00-03:00");
        assertEquals(Duration.ofMinutes(90), night.between(at("2025-10-05T00:00", lh), at("2025-10-06T00:00", lh)));
        assertEquals(Duration.ofMinutes(150), night.between(at("2025-04-06T00:00", lh), at("2025-04-07T00:00", lh)));
    }

    @Test
    @DisplayName("SL-2 a period ending at 24:00 ends at the start of the next day")
    void sl2_endAtMidnight() {
        BusinessCalendar c = daily(BERLIN, "22:00-24:00");
        assertEquals(at("2025-03-31T00:00", BERLIN), c.plus(at("2025-03-30T22:30", BERLIN), Duration.ofMinutes(90)));
        assertFalse(c.isWorkingTime(at("2025-03-31T00:00", BERLIN)));
    }
}
