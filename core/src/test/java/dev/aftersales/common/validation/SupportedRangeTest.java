package dev.aftersales.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.SupportedRange;
import dev.aftersales.common.Violation;
import dev.aftersales.property.HandOverUnit;
import dev.aftersales.ticket.AgreeNewTime;
import dev.aftersales.ticket.AgreeVisit;
import dev.aftersales.ticket.TicketId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IN-2: one range of time for every store, checked at the command, clamped in queries. */
class SupportedRangeTest {

    private static final CommandValidator ENGLISH = new CommandValidator(Locale.ENGLISH);
    private static final CommandValidator CHINESE = new CommandValidator(Locale.SIMPLIFIED_CHINESE);
    private static final TicketId T1 = TicketId.of("T-1");

    @AfterAll
    static void close() {
        ENGLISH.close();
        CHINESE.close();
    }

    @Test
    @DisplayName("IN-2 the range is 1970-01-01T00:00Z inclusive to 2200-01-01T00:00Z exclusive, dates to 2199-12-31")
    void in2_theRange() {
        assertTrue(SupportedRange.contains(Instant.EPOCH));
        assertFalse(SupportedRange.contains(Instant.EPOCH.minusNanos(1)));
        assertTrue(SupportedRange.contains(Instant.parse("2199-12-31T23:59:59.999999999Z")));
        assertFalse(SupportedRange.contains(Instant.parse("2200-01-01T00:00:00Z")));
        assertEquals(LocalDate.of(1970, 1, 1), SupportedRange.FIRST_DATE);
        assertEquals(LocalDate.of(2199, 12, 31), SupportedRange.LAST_DATE);
        assertTrue(SupportedRange.contains(SupportedRange.LAST_DATE));
        assertFalse(SupportedRange.contains(LocalDate.of(1969, 12, 31)));
    }

    @Test
    @DisplayName("IN-2 a query bound outside the range is clamped to it, one inside kept")
    void in2_boundsAreClamped() {
        assertEquals(SupportedRange.FIRST, SupportedRange.clamp(Instant.MIN));
        assertEquals(SupportedRange.END, SupportedRange.clamp(Instant.MAX));
        assertEquals(SupportedRange.END, SupportedRange.clamp(SupportedRange.END));
        Instant inside = Instant.parse("2026-12-04T10:00:00Z");
        assertEquals(inside, SupportedRange.clamp(inside));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z",
            "2262-04-12T00:00:00Z", "2200-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "1677-09-21T00:00:00Z"})
    @DisplayName("IN-2 an agreed time outside the range is refused naming the field, in English and Chinese")
    void in2_agreedTimesOutsideAreRefused(String text) {
        Instant at = Instant.parse(text);
        String en = "must be from 1970-01-01 (UTC) up to but not including 2200-01-01 (UTC)";
        assertEquals(List.of(new Violation("visitAt", en)), violations(ENGLISH, new AgreeVisit(T1, at)));
        assertEquals(List.of(new Violation("newTime", en)), violations(ENGLISH, new AgreeNewTime(T1, at, "parts")));
        assertEquals(List.of(new Violation("visitAt", "必须在1970-01-01（UTC）至2200-01-01（UTC，不含）之间")),
                violations(CHINESE, new AgreeVisit(T1, at)));
    }

    @Test
    @DisplayName("IN-2 a handover date outside the range is refused naming the field")
    void in2_datesOutsideAreRefused() {
        for (LocalDate d : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(2200, 1, 1), LocalDate.of(1969, 12, 31))) {
            assertEquals(List.of("handedOverOn"), violations(ENGLISH, new HandOverUnit("U1", d, Actor.system()))
                    .stream().map(Violation::field).toList());
        }
        ENGLISH.validate(new HandOverUnit("U1", LocalDate.of(2199, 12, 31), Actor.system()));
    }

    private static List<Violation> violations(CommandValidator validator, Object command) {
        return assertThrows(InvalidCommandException.class, () -> validator.validate(command)).violations();
    }
}
