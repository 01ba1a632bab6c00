package dev.aftersales.storage.memory;

import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.LoadingMeasurementRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.spi.UnitRepository;
import dev.aftersales.testkit.tck.MeasurementContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * An adapter without aggregate queries gets the SPI's default measurement, which loads tickets and
 * commitments page by page through the other repositories: it passes the same KPI TCK (MS-1, MS-3, RP-6).
 */
@DisplayName("KPI TCK through the loading default of the SPI")
class LoadingMeasurementTest extends MeasurementContract {

    @Override
    protected AfterSalesStore newStore() {
        MemoryStore memory = MemoryStore.create();
        return new AfterSalesStore() {
            @Override
            public EstateRepository estates() {
                return memory.estates();
            }

            @Override
            public UnitRepository units() {
                return memory.units();
            }

            @Override
            public OwnerRepository owners() {
                return memory.owners();
            }

            @Override
            public OwnershipRepository ownerships() {
                return memory.ownerships();
            }

            @Override
            public TicketRepository tickets() {
                return memory.tickets();
            }

            @Override
            public CommitmentRepository commitments() {
                return memory.commitments();
            }

            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return memory.inTransaction(work);
            }
        };
    }

    @Test
    void theDefaultLoadsThroughTheRepositories() {
        assertInstanceOf(LoadingMeasurementRepository.class, newStore().measurements());
    }
}
