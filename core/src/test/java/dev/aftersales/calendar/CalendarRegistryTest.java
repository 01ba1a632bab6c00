package dev.aftersales.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.LogCapture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Named calendars (SL-1) and replacement notices for recomputation (SL-14). */
class CalendarRegistryTest {

    @Test
    @DisplayName("SL-1 the ready calendars are registered by name")
    void sl1_readyCalendars() {
        CalendarRegistry r = CalendarRegistry.withReadyCalendars();
        assertEquals(List.of("24x7", "cn-office", "cp1-hotline"), r.ids());
        assertEquals(BusinessCalendars.hotline(), r.get("cp1-hotline"));
        assertTrue(r.find("nope").isEmpty());
        assertEquals("no calendar with id nope", assertThrows(UnknownCalendarException.class, () -> r.get("nope"))
                .getMessage());
    }

    @Test
    @DisplayName("SL-14 replacing a calendar by another version tells the listeners once")
    void sl14_replacementNotified() {
        CalendarRegistry r = CalendarRegistry.withReadyCalendars();
        List<String> heard = new ArrayList<>();
        r.addListener((before, after) -> heard.add(before.version() + "->" + after.version()));
        BusinessCalendar old = r.get("cn-office");
        r.register(old);
        assertEquals(List.of(), heard, "same calendar: nothing changed");
        BusinessCalendar closed = old.withOverrides(DayOverrides.builder("x")
                .closures(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1), "Flood").build());
        assertEquals(old, r.register(closed).orElseThrow());
        assertEquals(List.of(old.version() + "->" + closed.version()), heard);
    }

    @Test
    @DisplayName("SL-14 a failing listener neither stops the replacement nor the other listeners; a removed one hears nothing")
    void sl14_failingAndRemovedListeners() {
        CalendarRegistry r = CalendarRegistry.withReadyCalendars();
        List<String> heard = new ArrayList<>();
        CalendarRegistry.Listener removed = (before, after) -> heard.add("removed");
        r.addListener((before, after) -> {
            throw new IllegalStateException("recomputation failed");
        });
        r.addListener(removed);
        r.addListener((before, after) -> heard.add("last"));
        assertTrue(r.removeListener(removed));

        BusinessCalendar old = r.get("cn-office");
        BusinessCalendar closed = old.withOverrides(DayOverrides.builder("x")
                .closures(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1), "Flood").build());
        try (LogCapture log = LogCapture.start()) {
            r.register(closed);
            assertEquals(1, log.linesContaining("failed on calendar cn-office").size(), log.text());
        }

        assertEquals(closed, r.get("cn-office"));
        assertEquals(List.of("last"), heard);
    }
}
