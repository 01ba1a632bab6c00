package dev.aftersales.calendar;

import static dev.aftersales.calendar.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules SL-14 and SL-16 on a registry: adding a newly published year of official holidays replaces
 * every calendar built on them by a new version, the listeners hear of it and a deadline measured
 * on the calendar is recomputed; how long each calendar is covered can be asked in advance.
 */
class AddOfficialYearTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final CalendarRegistry registry = CalendarRegistry.withReadyCalendars();
    private final DayOverrides estateClosures = DayOverrides.builder("estate-7-closures")
            .closures(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), "Flood").build();

    /** A running commitment in miniature: one working day from a report, on a named calendar. */
    private static final class RunningDeadline implements CalendarRegistry.Listener {
        final String calendarId;
        final Instant reported;
        Instant due;
        final List<String> recomputed = new ArrayList<>();

        RunningDeadline(CalendarRegistry r, String calendarId, Instant reported) {
            this.calendarId = calendarId;
            this.reported = reported;
            this.due = r.get(calendarId).plusWorkingDays(reported, 1);
            r.addListener(this);
        }

        @Override
        public void calendarReplaced(BusinessCalendar previous, BusinessCalendar current) {
            if (current.id().equals(calendarId)) {
                due = current.plusWorkingDays(reported, 1);
                recomputed.add(previous.version() + "->" + current.version());
            }
        }
    }

    @Test
    @DisplayName("SL-14 addOfficialYear gives every calendar on the official layer a new version and recomputes a running deadline")
    void sl14_addOfficialYearRecomputes() {
        registry.register(BusinessCalendars.chinaOffice().withId("estate-7").withOverrides(estateClosures));
        Map<String, String> heard = new TreeMap<>();
        registry.addListener((before, after) -> heard.put(after.id(), before.version() + "->" + after.version()));
        BusinessCalendar oldOffice = registry.get("cn-office");
        RunningDeadline running = new RunningDeadline(registry, "cn-office", sh("2026-12-31T10:00"));
        assertEquals(sh("2027-01-01T18:00"), running.due, "before: 2027-01-01 is on the weekly pattern");

        List<BusinessCalendar> updated = registry.addOfficialYear(TestYear2027.fromJson());

        assertEquals(List.of("cn-office", "estate-7"), updated.stream().map(BusinessCalendar::id).toList());
        assertEquals(List.of("cn-office", "estate-7"), List.copyOf(heard.keySet()), "not the hotline nor 24x7");
        BusinessCalendar newOffice = registry.get("cn-office");
        assertNotEquals(oldOffice.version(), newOffice.version());
        assertEquals(oldOffice.version() + "->" + newOffice.version(), heard.get("cn-office"));
        assertEquals(sh("2027-01-04T18:00"), running.due, "after: 元旦 2027 skipped, the deadline moved");
        assertEquals(List.of(oldOffice.version() + "->" + newOffice.version()), running.recomputed);
        assertEquals(BusinessCalendars.chinaOffice(TestYear2027.fromJson()), newOffice);
        assertEquals(WorkingHours.NONE, registry.get("estate-7").hoursOn(LocalDate.of(2026, 7, 1)), "closures kept");
        assertEquals(Optional.of(LocalDate.of(2027, 12, 31)), registry.coveredUntil("estate-7", TODAY));
    }

    @Test
    @DisplayName("SL-14 adding the same year again changes nothing and tells nobody")
    void sl14_addingAgainIsQuiet() {
        registry.addOfficialYear(TestYear2027.fromText());
        BusinessCalendar once = registry.get("cn-office");
        List<String> heard = new ArrayList<>();
        registry.addListener((before, after) -> heard.add(after.id()));
        registry.addOfficialYear(TestYear2027.plain());
        assertEquals(once, registry.get("cn-office"));
        assertEquals(List.of(), heard);
    }

    @Test
    @DisplayName("SL-16 addOfficialYear refuses a registry without the official layer and a year of another layer")
    void sl16_addOfficialYearRefusals() {
        CalendarRegistry hotlineOnly = new CalendarRegistry();
        hotlineOnly.register(BusinessCalendars.hotline());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> hotlineOnly.addOfficialYear(TestYear2027.plain()));
        assertTrue(e.getMessage().contains("cn-public-holidays"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> registry.addOfficialYear(TestYear2027.plain().withExtendsLayer("estate-7-closures")));
        assertThrows(IllegalArgumentException.class, () -> registry.addOfficialYear(
                DayOverrides.builder("no-coverage").holidays(TestYear2027.NEW_YEAR, TestYear2027.NEW_YEAR, "元旦").build()));
    }

    @Test
    @DisplayName("SL-16 coveredUntil per registered calendar and the calendars whose coverage ends within 60 days")
    void sl16_coverageEndingBefore() {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), registry.coveredUntil("cn-office", TODAY));
        assertEquals(Optional.empty(), registry.coveredUntil("cp1-hotline", TODAY), "no exceptions: every date");
        assertEquals(Optional.of(LocalDate.of(2027, 1, 1)), registry.coveredUntil("cn-office", LocalDate.of(2027, 1, 2)),
                "from an uncovered date: the day before");
        assertThrows(UnknownCalendarException.class, () -> registry.coveredUntil("nope", TODAY));

        List<CoverageEnd> ending = registry.coverageEndingBefore(TODAY, TODAY.plusDays(60));
        assertEquals(List.of(new CoverageEnd(registry.get("cn-office").ref(), LocalDate.of(2026, 12, 31))), ending);
        assertEquals(28, ending.get(0).daysLeft(TODAY));
        assertEquals(List.of(), registry.coverageEndingBefore(TODAY, TODAY.plusDays(27)), "more than 27 days left");

        registry.addOfficialYear(TestYear2027.extension());
        assertEquals(List.of(), registry.coverageEndingBefore(TODAY, TODAY.plusDays(60)));
    }
}
