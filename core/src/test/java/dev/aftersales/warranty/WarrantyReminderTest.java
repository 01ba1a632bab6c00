package dev.aftersales.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("WA-4 when an expiry reminder is due")
class WarrantyReminderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static WarrantyReminder remind(LocalDate end, Period lead) {
        return WarrantyReminder.scheduled(new UnitTerm(UnitId.of("U-1"), EstateId.of("E-1"), "pipe-leaks", end), lead,
                SHANGHAI);
    }

    @Test
    @DisplayName("WA-4 one month before a term ending 16 June 2027 is 00:00 on 16 May in Shanghai, 16:00 UTC the day before")
    void oneMonthBeforeAtMidnight() {
        WarrantyReminder r = remind(LocalDate.of(2027, 6, 16), WarrantyReminder.DEFAULT_LEAD);
        assertEquals(Instant.parse("2027-05-15T16:00:00Z"), r.dueAt());
        assertTrue(r.isPending());
        assertEquals(LocalDate.of(2027, 6, 16), r.termEnd());
    }

    @Test
    @DisplayName("WA-4 a term ending 31 March is reminded on 28 February (29 in a leap year): LocalDate.minus clamps to the month's end")
    void monthEndClamps() {
        assertEquals(LocalDate.of(2027, 2, 28).atStartOfDay(SHANGHAI).toInstant(),
                remind(LocalDate.of(2027, 3, 31), Period.ofMonths(1)).dueAt());
        assertEquals(LocalDate.of(2028, 2, 29).atStartOfDay(SHANGHAI).toInstant(),
                remind(LocalDate.of(2028, 3, 31), Period.ofMonths(1)).dueAt());
    }

    @Test
    @DisplayName("WA-4 a lead of zero reminds at the start of the first day no longer covered; a negative lead is refused")
    void zeroAndNegativeLead() {
        assertEquals(LocalDate.of(2027, 6, 16).atStartOfDay(SHANGHAI).toInstant(),
                remind(LocalDate.of(2027, 6, 16), Period.ZERO).dueAt());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> remind(LocalDate.of(2027, 6, 16), Period.ofDays(-1)));
        assertTrue(e.getMessage().contains("warrantyReminderLead"));
        assertThrows(IllegalArgumentException.class, () -> remind(LocalDate.of(2027, 6, 16), Period.of(0, 1, -3)));
    }

    @Test
    @DisplayName("WA-4 the event id is stable per unit, component and term end, and differs when the term end moves")
    void stableEventId() {
        WarrantyReminder a = remind(LocalDate.of(2027, 6, 16), Period.ofMonths(1));
        assertEquals(a.eventId(), remind(LocalDate.of(2027, 6, 16), Period.ofDays(10)).eventId());
        assertNotEquals(a.eventId(), remind(LocalDate.of(2027, 6, 17), Period.ofMonths(1)).eventId());
        assertTrue(a.eventId().startsWith("wr-"));
        assertTrue(a.eventId().length() <= 64);
    }

    @Test
    @DisplayName("WA-4 a fired reminder's event occurred at the due instant and was recorded when fired; a pending one has no event")
    void eventOfFired() {
        WarrantyReminder pending = remind(LocalDate.of(2027, 6, 16), Period.ofMonths(1));
        assertThrows(IllegalStateException.class, pending::event);
        assertThrows(IllegalStateException.class, pending::withDelivered);
        Instant late = Instant.parse("2027-09-01T00:00:00Z");
        WarrantyReminderDue e = pending.withFired(late, false).event();
        assertEquals(pending.dueAt(), e.occurredAt());
        assertEquals(late, e.recordedAt());
        assertEquals("U-1", e.aggregateId());
        assertEquals("WarrantyReminderDue pipe-leaks", e.eventType());
        assertThrows(IllegalArgumentException.class, () -> new WarrantyReminder(pending.unit(), pending.estate(),
                "pipe-leaks", pending.termEnd(), pending.dueAt(), null, true));
    }
}
