package dev.aftersales.testkit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.BusinessCalendars;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rule SL-2: working time is elapsed real time, also across daylight-saving changes. */
class DaylightSavingPropertiesTest {

    private static final List<String> DST_ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe");

    /** The transitions of the DST zones in 2024 to 2026. */
    private static List<ZoneOffsetTransition> transitions(ZoneId zone) {
        List<ZoneOffsetTransition> out = new ArrayList<>();
        ZoneOffsetTransition t = zone.getRules().nextTransition(Instant.parse("2024-01-01T00:00:00Z"));
        while (t != null && t.getInstant().isBefore(Instant.parse("2027-01-01T00:00:00Z"))) {
            out.add(t);
            t = zone.getRules().nextTransition(t.getInstant());
        }
        return out;
    }

    /** A calendar in a DST zone, an instant within a day of one of its clock changes, a target. */
    record NearChange(BusinessCalendar calendar, Instant start, Duration target, Instant end) {
    }

    @Provide
    Arbitrary<NearChange> nearChange() {
        return Arbitraries.of(DST_ZONES).map(ZoneId::of).flatMap(zone -> Combinators.combine(
                CalendarArbitraries.calendars(), Arbitraries.of(transitions(zone)),
                Arbitraries.longs().between(-30 * 3600L, 6 * 3600L), Arbitraries.longs().between(0, 3 * 86_400L),
                Arbitraries.longs().between(0, 3 * 86_400L))
                .as((cal, t, offset, target, span) -> {
                    BusinessCalendar inZone = BusinessCalendar.builder("dst", zone).weekly(cal.weeklyPattern())
                            .makeUpHoursOf(cal.makeUpHoursOf()).build();
                    Instant s = t.getInstant().plusSeconds(offset);
                    return new NearChange(inZone, s, Duration.ofSeconds(target), s.plusSeconds(span));
                }));
    }

    @Property
    @Label("SL-2 around a clock change, plus and between agree with the oracle")
    void sl2_nearChanges(@ForAll("nearChange") NearChange c) {
        MinuteSteppingCalendar oracle = MinuteSteppingCalendar.of(c.calendar());
        assertEquals(oracle.between(c.start(), c.end()), c.calendar().between(c.start(), c.end()));
        assertEquals(oracle.plus(c.start(), c.target()), c.calendar().plus(c.start(), c.target()));
        assertEquals(oracle.isWorkingTime(c.start()), c.calendar().isWorkingTime(c.start()));
    }

    @Provide
    Arbitrary<Object[]> twentyFourSeven() {
        return Combinators.combine(CalendarArbitraries.zones(),
                CalendarArbitraries.instants(CalendarArbitraries.FIRST_DATE, CalendarArbitraries.LAST_DATE, ZoneId.of("UTC")),
                CalendarArbitraries.businessDurations()).as((z, s, d) -> new Object[] {z, s, d});
    }

    @Property
    @Label("SL-2 around the clock, working time is elapsed time in every zone")
    void sl2_twentyFourSevenIsElapsed(@ForAll("twentyFourSeven") Object[] c) {
        BusinessCalendar cal = BusinessCalendars.twentyFourSeven((ZoneId) c[0]);
        Instant s = (Instant) c[1];
        Duration d = (Duration) c[2];
        assertEquals(s.plus(d), cal.plus(s, d));
        assertEquals(d, cal.between(s, s.plus(d)));
    }
}
