package dev.aftersales.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Rule WA-4 against a simple reference: the reminder date is the term's end moved back by the
 * lead's years and months on the calendar (the day kept, or the month's last day when the month is
 * shorter) and then by its days, one day at a time; the reminder is due at the first instant of
 * that date in the zone, found by walking the minutes (zones whose clocks jump at midnight
 * included).
 */
class WarrantyReminderProperties {

    @Provide
    Arbitrary<LocalDate> ends() {
        return Arbitraries.integers().between(0, 60 * 365).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Asia/Shanghai", "UTC", "America/Sao_Paulo", "America/Havana", "Asia/Beirut",
                "America/Santiago", "Pacific/Apia").map(ZoneId::of);
    }

    @Property(tries = 400)
    @Label("WA-4 a reminder is due at the first instant of the date 'lead' before the term's end, in the zone")
    void dueAtStartOfLeadDate(@ForAll("ends") LocalDate end, @ForAll @IntRange(min = 0, max = 3) int years,
                              @ForAll @IntRange(min = 0, max = 14) int months, @ForAll @IntRange(min = 0, max = 40) int days,
                              @ForAll("zones") ZoneId zone) {
        Period lead = Period.of(years, months, days);
        WarrantyReminder r = WarrantyReminder.scheduled(new UnitTerm(UnitId.of("U-1"), EstateId.of("E-1"), "plaster", end),
                lead, zone);
        LocalDate date = referenceDate(end, years * 12 + months, days);
        assertEquals(referenceStartOf(date, zone), r.dueAt());
        assertTrue(!r.dueAt().isAfter(end.atStartOfDay(zone).toInstant()), "never after the term's end");
    }

    /** Moves back by whole months on the calendar (clamping the day), then by days one at a time. */
    private static LocalDate referenceDate(LocalDate end, int months, int days) {
        int index = end.getYear() * 12 + (end.getMonthValue() - 1) - months;
        int year = Math.floorDiv(index, 12);
        int month = Math.floorMod(index, 12) + 1;
        int length = LocalDate.of(year, month, 1).lengthOfMonth();
        LocalDate d = LocalDate.of(year, month, Math.min(end.getDayOfMonth(), length));
        for (int i = 0; i < days; i++) {
            d = LocalDate.ofEpochDay(d.toEpochDay() - 1);
        }
        return d;
    }

    /** The first minute whose local date in the zone is the date, walking from two days before. */
    private static Instant referenceStartOf(LocalDate date, ZoneId zone) {
        Instant t = date.minusDays(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        while (!t.atZone(zone).toLocalDate().equals(date)) {
            t = t.plus(Duration.ofMinutes(1));
        }
        return t;
    }
}
