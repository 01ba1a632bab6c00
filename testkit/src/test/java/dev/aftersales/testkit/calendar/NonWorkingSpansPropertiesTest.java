package dev.aftersales.testkit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.NonWorkingSpan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rules SL-1 and SL-15: the non-working spans are exactly the complement of the working time. */
class NonWorkingSpansPropertiesTest {

    @Provide
    Arbitrary<CalendarCases.Interval> intervals() {
        return CalendarCases.interval(Duration.ofDays(120), false);
    }

    @Property
    @Label("SL-15 spans are sorted, disjoint, inside [a, b), and with the working time fill it exactly")
    void sl15_complement(@ForAll("intervals") CalendarCases.Interval c) {
        BusinessCalendar cal = c.calendar();
        List<NonWorkingSpan> spans = cal.nonWorkingSpans(c.a(), c.b());
        Duration off = Duration.ZERO;
        Instant previousEnd = c.a();
        for (NonWorkingSpan s : spans) {
            assertFalse(s.start().isBefore(previousEnd), "sorted and disjoint");
            assertFalse(s.end().isAfter(c.b()));
            off = off.plus(s.length());
            previousEnd = s.end();
        }
        assertEquals(Duration.between(c.a(), c.b()), off.plus(cal.between(c.a(), c.b())));
    }

    @Property
    @Label("SL-15 no span holds working time, the gaps between spans are all working time")
    void sl15_spansAreNotWorking(@ForAll("intervals") CalendarCases.Interval c) {
        BusinessCalendar cal = c.calendar();
        List<NonWorkingSpan> spans = cal.nonWorkingSpans(c.a(), c.b());
        Instant cursor = c.a();
        for (int i = 0; i < spans.size(); i++) {
            NonWorkingSpan s = spans.get(i);
            assertEquals(Duration.ZERO, cal.between(s.start(), s.end()));
            assertEquals(Duration.between(cursor, s.start()), cal.between(cursor, s.start()), "working between spans");
            if (i > 0 && spans.get(i - 1).end().equals(s.start())) {
                assertTrue(spans.get(i - 1).reason() != s.reason() || !spans.get(i - 1).name().equals(s.name()),
                        "touching spans differ in reason or name");
            }
            cursor = s.end();
        }
        assertEquals(Duration.between(cursor, c.b()), cal.between(cursor, c.b()));
    }
}
