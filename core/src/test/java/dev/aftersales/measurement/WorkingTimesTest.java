package dev.aftersales.measurement;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.property.BuildingId;
import dev.aftersales.ticket.TicketId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The times to first response and to closure in working time (rule MS-1), hand-worked on the
 * office calendar (Monday to Friday 09:00-12:00 and 13:30-18:00 in Shanghai, with the official
 * holidays and make-up working days).
 */
class WorkingTimesTest {

    private static final String OFFICE = BusinessCalendars.CHINA_OFFICE_ID;
    private static final Map<String, BusinessCalendar> REGISTERED = Map.of(OFFICE, BusinessCalendars.chinaOffice());
    private static final Function<String, Optional<BusinessCalendar>> CALENDARS =
            id -> Optional.ofNullable(REGISTERED.get(id));
    private static final GroupKey B1 = new GroupKey(null, BuildingId.of("B1"), null, null, null);
    private static final GroupKey B2 = new GroupKey(null, BuildingId.of("B2"), null, null, null);

    private static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(BusinessCalendars.CHINA).toInstant();
    }

    private static TicketTimes times(String id, GroupKey group, String received, String response, String closed,
                                     String calendar) {
        return new TicketTimes(TicketId.of(id), group, sh(received), response == null ? null : sh(response),
                closed == null ? null : sh(closed), calendar);
    }

    private static DurationSummary summary(long count, Duration median, Duration p90) {
        return new DurationSummary(count, median, p90);
    }

    @Test
    @DisplayName("MS-1: received Friday 17:00, answered Monday 10:00: 2 working hours (65 hours of calendar time)")
    void fridayEveningToMondayMorning() {
        List<WorkingTimes> w = WorkingTimes.summarize(List.of(
                times("T1", B1, "2025-03-07T17:00", "2025-03-10T10:00", "2025-03-10T15:00", OFFICE)), CALENDARS);
        // closing: Friday 17:00-18:00, Monday 09:00-12:00 and 13:30-15:00 = 5.5 h
        assertEquals(List.of(new WorkingTimes(B1, summary(1, Duration.ofHours(2), Duration.ofHours(2)),
                summary(1, Duration.ofMinutes(330), Duration.ofMinutes(330)), 0)), w,
                "a group of one ticket: median and 90th percentile are its time");
    }

    @Test
    @DisplayName("MS-1: across Labour Day 2025 (May 1-5 off) and its make-up Sunday April 27: 31 working hours")
    void holidayAndMakeUpDay() {
        // Sat 26 off; Sun 27 (make-up) and Mon 28 to Wed 30: 4 x 7.5 h; May 1-5 off; Tue May 6 09:00-10:00
        List<WorkingTimes> w = WorkingTimes.summarize(List.of(
                times("T1", B1, "2025-04-26T10:00", "2025-05-06T10:00", null, OFFICE)), CALENDARS);
        assertEquals(summary(1, Duration.ofHours(31), Duration.ofHours(31)), w.get(0).firstResponse());
        assertEquals(DurationSummary.empty(), w.get(0).closure(), "not closed: nothing measured, not zero");
    }

    @Test
    @DisplayName("MS-1: nearest-rank median and 90th percentile per group, as in calendar time")
    void percentilesPerGroup() {
        List<WorkingTimes> w = WorkingTimes.summarize(List.of(
                times("T1", B1, "2025-03-07T17:00", "2025-03-10T10:00", null, OFFICE),   // 2 h
                times("T2", B1, "2025-03-10T09:00", "2025-03-10T10:00", null, OFFICE),   // 1 h
                times("T3", B1, "2025-04-26T10:00", "2025-05-06T10:00", null, OFFICE),   // 31 h
                times("T4", B2, "2025-03-11T13:00", "2025-03-11T14:00", null, OFFICE)),  // 13:30-14:00
                CALENDARS);
        assertEquals(List.of(
                new WorkingTimes(B1, summary(3, Duration.ofHours(2), Duration.ofHours(31)), DurationSummary.empty(), 0),
                new WorkingTimes(B2, summary(1, Duration.ofMinutes(30), Duration.ofMinutes(30)), DurationSummary.empty(), 0)),
                w);
    }

    @Test
    @DisplayName("MS-1: a ticket on calendar time or on an unregistered calendar is counted as not measured, never guessed")
    void notMeasured() {
        List<WorkingTimes> w = WorkingTimes.summarize(List.of(
                times("T1", B1, "2025-03-07T17:00", "2025-03-10T10:00", "2025-03-10T11:00", null),
                times("T2", B1, "2025-03-07T17:00", "2025-03-10T10:00", null, "estate-7"),
                times("T3", B1, "2025-03-07T17:00", null, null, OFFICE)), CALENDARS);
        assertEquals(List.of(new WorkingTimes(B1, DurationSummary.empty(), DurationSummary.empty(), 2)), w,
                "T3 has nothing to measure yet and is not counted");
    }

    @Test
    @DisplayName("MS-1: no tickets give no groups (an empty figure, not 0)")
    void nothing() {
        assertEquals(List.of(), WorkingTimes.summarize(List.of(), CALENDARS));
    }
}
