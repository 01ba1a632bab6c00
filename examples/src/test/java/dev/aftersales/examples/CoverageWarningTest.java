package dev.aftersales.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.calendar.DayOverrides;
import dev.aftersales.testkit.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rule SL-16 at start-up: building the desk warns of each registered calendar whose dated
 * exceptions end within 60 days (configurable), naming the calendar and the date, never personal data.
 */
class CoverageWarningTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Builds a desk with the system error stream captured, and returns its WARN lines. */
    private static List<String> warningsWhileBuilding(Supplier<AfterSales> build) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            build.get().close();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("WARN") && l.contains("knows its holidays")).toList();
    }

    @Test
    @DisplayName("SL-16 on 2026-12-04 the desk warns that cn-office is covered only until 2026-12-31")
    void sl16_warnsWithin60Days() {
        TestClock clock = TestClock.at("2026-12-04T01:00:00Z", SHANGHAI);
        List<String> warnings = warningsWhileBuilding(() -> AfterSales.builder().clock(clock).build());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("cn-office@") && warnings.get(0).contains("until 2026-12-31")
                && warnings.get(0).contains("addOfficialYear"), warnings.get(0));
    }

    @Test
    @DisplayName("SL-16 no warning when the coverage lasts longer than the period, when it is off, or once next year is added")
    void sl16_noWarning() {
        assertEquals(List.of(), warningsWhileBuilding(() -> AfterSales.builder()
                .clock(TestClock.at("2026-10-31T16:00:00Z", SHANGHAI)).build()), "61 days left on 2026-11-01");
        assertEquals(1, warningsWhileBuilding(() -> AfterSales.builder()
                .clock(TestClock.at("2026-10-31T16:00:00Z", SHANGHAI)).coverageWarning(Period.ofDays(62)).build()).size());
        assertEquals(List.of(), warningsWhileBuilding(() -> AfterSales.builder()
                .clock(TestClock.at("2026-12-04T01:00:00Z", SHANGHAI)).coverageWarning(Period.ZERO).build()));

        CalendarRegistry calendars = CalendarRegistry.withReadyCalendars();
        calendars.addOfficialYear(DayOverrides.builder("cn-public-holidays-2027") // test data, not the official notice
                .covers(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))
                .holidays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), "元旦").build());
        assertEquals(List.of(), warningsWhileBuilding(() -> AfterSales.builder().calendars(calendars)
                .clock(TestClock.at("2026-12-04T01:00:00Z", SHANGHAI)).build()));
        assertThrows(IllegalArgumentException.class, () -> AfterSales.builder().coverageWarning(Period.ofDays(-1)));
    }
}
