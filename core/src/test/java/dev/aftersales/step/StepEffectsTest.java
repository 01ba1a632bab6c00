package dev.aftersales.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.EventPublisher;
import dev.aftersales.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The stages of the step pipeline run in their documented order (rule SL-13: a registered policy
 * version is in the desk before its event reaches the listeners).
 */
class StepEffectsTest {

    record Happened(String eventId, Instant occurredAt, String aggregateId) implements DomainEvent {
    }

    private final List<String> order = new ArrayList<>();

    /** A unit of work that records its commit, or fails at the commit. */
    private UnitOfWork unitOfWork(boolean commitFails) {
        return new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                T result = work.get();
                if (commitFails) {
                    order.add("rolled back");
                    throw new IllegalStateException("the commit fails");
                }
                order.add("committed");
                return result;
            }
        };
    }

    private StepEffects effects(boolean commitFails) {
        return StepEffects.of(unitOfWork(commitFails), Optional.empty(),
                new EventPublisher(List.of(e -> order.add("listener " + e.eventId()))));
    }

    @Test
    @DisplayName("SL-13 decide, same-transaction effect, commit, after-commit bookkeeping, then the listeners")
    void stagesInOrder() {
        String result = effects(false).<Happened, String>run(events -> {
            order.add("decided");
            events.add(new Happened("EV-1", Instant.EPOCH, "A-1"));
            return "saved";
        }, e -> order.add("effect " + e.eventId()), r -> order.add("after commit of " + r));
        assertEquals("saved", result);
        assertEquals(List.of("decided", "effect EV-1", "committed", "after commit of saved", "listener EV-1"), order);
    }

    @Test
    @DisplayName("SL-13 a unit of work that fails runs neither the after-commit bookkeeping nor the listeners")
    void nothingAfterAFailedCommit() {
        assertThrows(IllegalStateException.class, () -> effects(true).<Happened, String>run(events -> {
            events.add(new Happened("EV-1", Instant.EPOCH, "A-1"));
            return "saved";
        }, e -> { }, r -> order.add("after commit")));
        assertEquals(List.of("rolled back"), order);
    }
}
