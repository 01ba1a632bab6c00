package dev.aftersales.commitment;

import dev.aftersales.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Counts a commitment's time in its two kinds (rules SL-2 to SL-7): elapsed time, or the working
 * time of the calendar its target counts on; and where an escalation offset ends (SL-9), on the
 * offset's own calendar.
 */
final class TimeCounting {

    private final BusinessCalendar calendar;
    private final Function<String, BusinessCalendar> calendars;

    /**
     * Creates the counting.
     *
     * @param calendar  the calendar of the commitment's target, or {@code null} when it counts no
     *                  working time
     * @param calendars the registered calendars by id, for escalation offsets
     */
    TimeCounting(BusinessCalendar calendar, Function<String, BusinessCalendar> calendars) {
        this.calendar = calendar;
        this.calendars = calendars;
    }

    /**
     * Gets the calendar of the commitment's target.
     *
     * @return the calendar, or {@code null}
     */
    BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * Measures the time between two instants (rules SL-4, SL-7).
     *
     * @param elapsed true for elapsed time, false for the calendar's working time
     * @param a       the start
     * @param b       the end
     * @return the time
     */
    Duration measure(boolean elapsed, Instant a, Instant b) {
        return elapsed ? Duration.between(a, b) : calendar.between(a, b);
    }

    /**
     * Finds the instant at which an amount of time has passed after another (rules SL-3, SL-6,
     * SL-7).
     *
     * @param elapsed true for elapsed time, false for the calendar's working time
     * @param a       the start
     * @param d       the amount
     * @return the instant
     */
    Instant advance(boolean elapsed, Instant a, Duration d) {
        return elapsed ? a.plus(d) : calendar.plus(a, d);
    }

    /**
     * Finds where an escalation offset ends when counted from an instant (rule SL-9).
     *
     * @param offset the offset: calendar time, or working time or working days on its own calendar
     * @param from   the start or the breach
     * @return the instant
     */
    Instant offsetEnd(Target offset, Instant from) {
        if (offset instanceof Target.CalendarTime c) {
            return from.plus(c.duration());
        }
        String id = offset.calendarId().orElseThrow();
        return offset.endFrom(from, calendars.apply(id));
    }
}
