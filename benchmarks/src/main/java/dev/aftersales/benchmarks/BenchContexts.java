package dev.aftersales.benchmarks;

import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.common.EventPublisher;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The step context a desk assembles over a store, for benchmarks that measure one service or the
 * sweeper alone. Events go straight to the listener (no outbox).
 */
public final class BenchContexts {

    private static final CommandValidator VALIDATOR = new CommandValidator(Locale.ENGLISH);

    private BenchContexts() {
    }

    /**
     * Returns the context over a store.
     *
     * @param store    the store
     * @param clock    the clock
     * @param ids      the identifier generator
     * @param listener receives every event after its commit
     * @return the context
     */
    public static StepContext over(AfterSalesStore store, Clock clock, IdGenerator ids, DomainEventListener listener) {
        return new StepContext(store, clock, ids, VALIDATOR,
                StepEffects.of(store, Optional.empty(), new EventPublisher(List.of(listener))));
    }
}
