package dev.aftersales.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Local date-times in Shanghai, for readable hand-worked examples. */
final class Times {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Times() {
    }

    /** The instant of a Shanghai local date-time written {@code 2025-03-10T10:00}. */
    static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** The instant of a local date-time in a zone. */
    static Instant at(String localDateTime, String zone) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
    }
}
