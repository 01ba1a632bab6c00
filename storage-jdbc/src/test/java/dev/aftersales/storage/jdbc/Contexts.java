package dev.aftersales.storage.jdbc;

import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.common.EventPublisher;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.EventOutbox;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The step contexts a desk over a JDBC store assembles, for tests that wire a sweeper or a service
 * themselves (several nodes, an outbox that fails on purpose).
 */
public final class Contexts {

    private static final CommandValidator VALIDATOR = new CommandValidator(Locale.ENGLISH);

    private Contexts() {
    }

    /** A context whose events go to the outbox given (in each step's transaction), or to the listener. */
    public static StepContext over(AfterSalesStore store, Clock clock, IdGenerator ids, Optional<EventOutbox> outbox,
                                   DomainEventListener listener) {
        return new StepContext(store, clock, ids, VALIDATOR,
                StepEffects.of(store, outbox, new EventPublisher(List.of(listener))));
    }

    /** A sweeper that hands each fired event straight to the listener. */
    public static CommitmentSweeper sweeper(AfterSalesStore store, CommitmentEngine engine, Clock clock,
                                            Consumer<? super CommitmentEvent> listener, String name, int batchSize,
                                            Duration lease) {
        StepContext context = over(store, clock, IdGenerator.sequential(name), Optional.empty(),
                event -> listener.accept((CommitmentEvent) event));
        return new CommitmentSweeper(context, engine, name, batchSize, lease);
    }

    /**
     * An outbox that writes each event with {@code append} and then hands it to {@code also}; the
     * tests publish with their own {@code OutboxPublisher}.
     */
    static EventOutbox tee(Consumer<DomainEvent> append, Consumer<DomainEvent> also) {
        return new EventOutbox() {
            @Override
            public void append(DomainEvent event) {
                append.accept(event);
                also.accept(event);
            }

            @Override
            public int publishPending(DomainEventListener listener) {
                throw new UnsupportedOperationException("these tests publish with an OutboxPublisher");
            }
        };
    }
}
