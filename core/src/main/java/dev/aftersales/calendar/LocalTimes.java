package dev.aftersales.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Places local times on the time line (rule SL-2): a boundary at local date-time {@code t} is the
 * first instant at which the zone's wall clock reads {@code t} or later. Outside transitions that
 * is {@code ZonedDateTime.of(t, zone)}; in an overlap it is the earlier offset, as
 * {@code ZonedDateTime.of} chooses; in a gap it is the instant the gap ends, as
 * {@code LocalDate.atStartOfDay(zone)} chooses for midnight. The mapping never goes backwards.
 */
final class LocalTimes {

    static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private LocalTimes() {
    }

    static Instant firstInstant(LocalDate date, long nanoOfDay, ZoneRules rules) {
        LocalDateTime ldt = nanoOfDay == NANOS_PER_DAY
                ? date.plusDays(1).atStartOfDay()
                : LocalDateTime.of(date, LocalTime.ofNanoOfDay(nanoOfDay));
        return firstInstant(ldt, rules);
    }

    static Instant firstInstant(LocalDateTime ldt, ZoneRules rules) {
        List<ZoneOffset> offsets = rules.getValidOffsets(ldt);
        if (offsets.isEmpty()) {
            return rules.getTransition(ldt).getInstant();
        }
        return ldt.toInstant(offsets.get(0));
    }
}
