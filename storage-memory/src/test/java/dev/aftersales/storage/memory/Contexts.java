package dev.aftersales.storage.memory;

import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.common.EventPublisher;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The step context a desk over a memory store assembles, for tests that wire services themselves. */
final class Contexts {

    private static final CommandValidator VALIDATOR = new CommandValidator(Locale.ENGLISH);

    private Contexts() {
    }

    static StepContext over(MemoryStore store, Clock clock, IdGenerator ids, DomainEventListener listener) {
        return new StepContext(store, clock, ids, VALIDATOR,
                StepEffects.of(store, store.outbox(), new EventPublisher(List.of(listener))));
    }
}
