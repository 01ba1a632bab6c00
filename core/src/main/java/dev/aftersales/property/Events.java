package dev.aftersales.property;

import dev.aftersales.common.Identifiers;
import java.util.Objects;

/** Checks shared by the property events' constructors. */
final class Events {

    private Events() {
    }

    static void requireStamp(String eventId, java.time.Instant occurredAt) {
        Identifiers.requireValid("eventId", eventId);
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
