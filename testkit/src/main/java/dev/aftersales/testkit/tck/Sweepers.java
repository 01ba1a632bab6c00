package dev.aftersales.testkit.tck;

import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.common.EventPublisher;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.spi.UnitRepository;
import dev.aftersales.step.StepContext;
import dev.aftersales.step.StepEffects;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sweepers over a {@link CommitmentStoreFixture} alone, for the commitment contracts: the desk's
 * sweeper, assembled as {@code AfterSales.builder()} assembles it, over a store that has only the
 * fixture's commitments and unit of work. Fired events go straight to the given listener.
 */
final class Sweepers {

    private static final CommandValidator VALIDATOR = new CommandValidator(Locale.ENGLISH);

    private Sweepers() {
    }

    static CommitmentSweeper sweeper(CommitmentStoreFixture fixture, CommitmentEngine engine, Clock clock,
                                     Consumer<? super CommitmentEvent> listener, String name, int batchSize,
                                     Duration lease) {
        return sweeper(fixture, engine, clock, listener, name, batchSize, lease, CommitmentSweeper.DEFAULT_WORKERS);
    }

    static CommitmentSweeper sweeper(CommitmentStoreFixture fixture, CommitmentEngine engine, Clock clock,
                                     Consumer<? super CommitmentEvent> listener, String name, int batchSize,
                                     Duration lease, int workers) {
        AfterSalesStore store = new CommitmentsOnly(fixture);
        DomainEventListener toListener = event -> listener.accept((CommitmentEvent) event);
        StepContext context = new StepContext(store, clock, IdGenerator.sequential("tck"), VALIDATOR,
                StepEffects.of(store, Optional.empty(), new EventPublisher(List.of(toListener))));
        return new CommitmentSweeper(context, engine, name, batchSize, lease, workers);
    }

    static CommitmentSweeper sweeper(CommitmentStoreFixture fixture, CommitmentEngine engine, Clock clock,
                                     Consumer<? super CommitmentEvent> listener, String name) {
        return sweeper(fixture, engine, clock, listener, name, CommitmentSweeper.DEFAULT_BATCH_SIZE,
                CommitmentSweeper.DEFAULT_LEASE);
    }

    /** A store of commitments only: the sweeper needs nothing else. */
    private record CommitmentsOnly(CommitmentStoreFixture fixture) implements AfterSalesStore {

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return fixture.unitOfWork().inTransaction(work);
        }

        @Override
        public CommitmentRepository commitments() {
            return fixture.commitments();
        }

        @Override
        public EstateRepository estates() {
            throw absent("estates");
        }

        @Override
        public UnitRepository units() {
            throw absent("units");
        }

        @Override
        public OwnerRepository owners() {
            throw absent("owners");
        }

        @Override
        public OwnershipRepository ownerships() {
            throw absent("ownerships");
        }

        @Override
        public TicketRepository tickets() {
            throw absent("tickets");
        }

        private static IllegalStateException absent(String what) {
            return new IllegalStateException("the commitment contracts use no " + what);
        }
    }
}
