package dev.aftersales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventPublisherTest {

    record Happened(String eventId, Instant occurredAt, String aggregateId) implements DomainEvent {
    }

    @Test
    @DisplayName("a failing listener does not stop the other listeners")
    void failingListenerDoesNotBreakOthers() {
        List<String> seen = new ArrayList<>();
        EventPublisher publisher = new EventPublisher(List.of(
                e -> seen.add("first " + e.eventId()),
                e -> {
                    throw new IllegalStateException("boom");
                },
                e -> seen.add("third " + e.eventId())));

        int failures;
        List<String> warnings;
        try (LogCapture log = LogCapture.start()) {
            failures = publisher.publish(List.of(
                    new Happened("E-1", Instant.EPOCH, "T-1"),
                    new Happened("E-2", Instant.EPOCH, "T-1")));
            warnings = log.linesContaining("WARN");
        }

        assertEquals(2, failures);
        assertEquals(List.of("first E-1", "third E-1", "first E-2", "third E-2"), seen);
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("event E-1 (Happened) of T-1 was not delivered"), warnings.toString());
    }

    @Test
    @DisplayName("listeners receive events in registration order, including ones registered later")
    void registrationOrder() {
        List<String> seen = new ArrayList<>();
        EventPublisher publisher = new EventPublisher(List.of(e -> seen.add("a")));
        publisher.register(e -> seen.add("b"));

        assertEquals(0, publisher.publish(new Happened("E-1", Instant.EPOCH, "T-1")));
        assertEquals(List.of("a", "b"), seen);
    }

    @Test
    @DisplayName("a listener throwing an Error does not reach the publisher's caller nor stop the other listeners")
    void errorInListenerStaysWithTheListener() {
        List<String> seen = new ArrayList<>();
        EventPublisher publisher = new EventPublisher(List.of(
                e -> {
                    throw new AssertionError("listener bug");
                },
                e -> seen.add("second " + e.eventId())));

        int failures = publisher.publish(new Happened("E-1", Instant.EPOCH, "T-1"));

        assertEquals(1, failures);
        assertEquals(List.of("second E-1"), seen);
    }
}
