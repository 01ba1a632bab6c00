package dev.aftersales.calendar;

import static dev.aftersales.calendar.Times.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule SL-1: building in code, composing layers, identity and versions (SL-14, SL-15). */
class CompositionTest {

    private static final LocalDate MAR_3 = LocalDate.of(2025, 3, 3);

    private final DayOverrides estateClosures = DayOverrides.builder("estate-7")
            .closures(MAR_3, MAR_3, "Boiler maintenance")
            .add(DayOff.closure(LocalDate.of(2025, 1, 26), "Estate closed on the make-up Sunday"))
            .build();

    @Test
    @DisplayName("SL-1 official holidays + a company's hours + an estate's closures, the later layer winning")
    void sl1_composition() {
        BusinessCalendar c = BusinessCalendar.builder("estate-7", BusinessCalendars.CHINA)
                .weekly(WeeklyPattern.mondayToFriday(WorkingHours.parse("08:30-17:30")))
                .overrides(ChinaPublicHolidays.all())
                .overrides(estateClosures)
                .build();
        assertFalse(c.isWorkingTime(sh("2025-03-03T10:00")), "the estate's closure");
        assertFalse(c.isWorkingTime(sh("2025-01-26T10:00")), "the estate's closure wins over the official make-up day");
        assertTrue(c.isWorkingTime(sh("2025-02-08T08:30")), "the official make-up day, the company's hours");
        assertFalse(c.isWorkingTime(sh("2025-01-29T10:00")), "the official holiday");
        assertEquals(DayOff.closure(MAR_3, "Boiler maintenance"), c.overrideOn(MAR_3).orElseThrow());
    }

    @Test
    @DisplayName("SL-16 a composed calendar covers the intersection of its layers")
    void sl16_intersection() {
        DayOverrides only2025 = DayOverrides.builder("known-2025").covers(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)).build();
        BusinessCalendar c = BusinessCalendars.chinaOffice().withOverrides(only2025);
        assertEquals(DateCoverage.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), c.coverage());
        assertEquals(BusinessCalendars.chinaOffice().coverage(),
                BusinessCalendars.chinaOffice().withOverrides(estateClosures).coverage(), "no covers line: all dates");
    }

    @Test
    @DisplayName("SL-1 the own layer of the builder sits on top and make-up days can name their weekday")
    void sl1_builderOwnLayer() {
        BusinessCalendar c = BusinessCalendar.builder("shop", ZoneOffset.UTC)
                .hours(WorkingHours.parse("10:00-20:00"), DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                .hours(WorkingHours.parse("09:00-17:00"), DayOfWeek.MONDAY)
                .add(MakeUpWorkday.of(LocalDate.of(2025, 3, 5), DayOfWeek.SATURDAY, "stock-taking"))
                .add(MakeUpWorkday.of(LocalDate.of(2025, 3, 6), ""))
                .closure(LocalDate.of(2025, 3, 8), "Inventory")
                .build();
        assertEquals(WorkingHours.parse("10:00-20:00"), c.hoursOn(LocalDate.of(2025, 3, 5)));
        assertEquals(WorkingHours.parse("09:00-17:00"), c.hoursOn(LocalDate.of(2025, 3, 6)));
        assertEquals(WorkingHours.NONE, c.hoursOn(LocalDate.of(2025, 3, 8)));
        assertEquals(List.of("shop"), c.overrideLayers().stream().map(DayOverrides::id).toList());
    }

    @Test
    @DisplayName("SL-1 bad calendars are refused: empty pattern, a date twice, overlapping periods")
    void sl1_refusals() {
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.builder("x", ZoneOffset.UTC).build());
        assertThrows(IllegalArgumentException.class, () -> DayOverrides.builder("x")
                .holidays(MAR_3, MAR_3, "a").makeUpWorkday(MAR_3, "b"));
        assertThrows(IllegalArgumentException.class, () -> WorkingHours.parse("09:00-12:00 11:59-13:00"));
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.builder("x", ZoneOffset.UTC)
                .hours(WorkingHours.parse("09:00-12:00"), DayOfWeek.TUESDAY)
                .add(MakeUpWorkday.of(MAR_3, "")).build());
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.builder("bad id!", ZoneOffset.UTC));
        assertThrows(IllegalArgumentException.class, () -> new SpecialHours(MAR_3, WorkingHours.NONE, ""));
        assertThrows(IllegalArgumentException.class, () -> DayOff.holiday(MAR_3, ""));
    }

    @Test
    @DisplayName("SL-14 SL-15 the version is the fingerprint of the data unless supplied, and changes with the exceptions")
    void sl14_versionFollowsData() {
        BusinessCalendar a = BusinessCalendars.chinaOffice();
        BusinessCalendar b = BusinessCalendars.chinaOffice();
        assertEquals(a.version(), b.version());
        assertEquals(a, b);
        assertTrue(a.version().startsWith("sha256-"));
        BusinessCalendar changed = a.withOverrides(estateClosures);
        assertNotEquals(a.version(), changed.version());
        assertEquals("2025.2", a.withVersion("2025.2").version());
        assertEquals(a.fingerprint(), a.withVersion("2025.2").fingerprint());
        assertNotEquals(a.withVersion("2025.2").fingerprint(),
                a.withVersion("2025.2").withOverrides(estateClosures).fingerprint());
        assertEquals(new CalendarRef("cn-office", a.version()), a.ref());
    }

    @Test
    @DisplayName("SL-1 merging a newly published year adds its data and its coverage")
    void sl1_mergeNewYear() {
        DayOverrides y2027 = DayOverrides.builder("cn-public-holidays-2027")
                .covers(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))
                .holidays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), "元旦").build();
        DayOverrides merged = ChinaPublicHolidays.all().merge(y2027);
        assertTrue(merged.coverage().covers(LocalDate.of(2027, 6, 1)));
        BusinessCalendar c = BusinessCalendars.chinaOffice().withWeeklyPattern(
                WeeklyPattern.mondayToFriday(BusinessCalendars.OFFICE_HOURS));
        assertFalse(c.coversDates(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)));
        BusinessCalendar updated = BusinessCalendar.builder("cn-office", BusinessCalendars.CHINA)
                .weekly(c.weeklyPattern()).overrides(merged).build();
        assertEquals(Duration.ZERO, updated.between(sh("2027-01-01T00:00"), sh("2027-01-02T00:00")));
        assertThrows(IllegalArgumentException.class, () -> merged.merge(DayOverrides.builder("other")
                .makeUpWorkday(LocalDate.of(2027, 1, 1), "").build()));
    }

    @Test
    @DisplayName("SL-1 calendars are safe to use from several threads while their tables are built")
    void sl1_threadSafe() throws Exception {
        BusinessCalendar c = BusinessCalendars.chinaOffice();
        java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(4);
        List<Thread> threads = new ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<Object> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    barrier.await();
                    results.add(c.plus(sh("2021-06-01T10:00"), Duration.ofDays(200)));
                } catch (Exception e) {
                    results.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        BusinessCalendar fresh = BusinessCalendars.chinaOffice();
        Object expected = fresh.plus(sh("2021-06-01T10:00"), Duration.ofDays(200));
        assertEquals(4, results.size());
        results.forEach(r -> assertEquals(expected, r));
    }
}
