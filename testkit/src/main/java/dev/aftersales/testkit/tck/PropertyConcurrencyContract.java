package dev.aftersales.testkit.tck;

import static dev.aftersales.testkit.tck.PropertySamples.building;
import static dev.aftersales.testkit.tck.PropertySamples.owner;
import static dev.aftersales.testkit.tck.PropertySamples.ownership;
import static dev.aftersales.testkit.tck.PropertySamples.plot;
import static dev.aftersales.testkit.tck.PropertySamples.residence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.PageRequest;
import dev.aftersales.property.Building;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.Owner;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.Unit;
import dev.aftersales.property.UnitCondition;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.StaleWriteException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The contracts that span repositories: atomic units of work and optimistic concurrency under
 * racing threads.
 */
public abstract class PropertyConcurrencyContract extends PropertyContractSupport {

    /** How many threads race in each concurrency test. */
    protected static final int RACERS = 8;

    private static final Building A1 = building("A1", plot("A", "E1"));

    /** Creates the contract. */
    protected PropertyConcurrencyContract() {
    }

    @RepeatedTest(5)
    @DisplayName("8 threads updating one unit from the same version: one wins, the rest are stale, the winner's state is stored")
    void racingUpdatesOfOneUnit() {
        Unit v1 = store.units().save(residence("U1", A1));
        UnitCondition[] conditions = UnitCondition.values();
        var outcomes = Race.run(RACERS, i -> store.units().save(
                v1.withCurrentOwnership(OwnershipId.of("OS-" + i)).withCondition(conditions[i % conditions.length])));
        var winner = exactlyOneWinner(outcomes);
        assertEquals(winner.result(), store.units().findById(UnitId.of("U1")).orElseThrow());
        assertEquals(2, winner.result().version());
    }

    @RepeatedTest(5)
    @DisplayName("8 threads updating one owner from the same version: one wins, the rest are stale")
    void racingUpdatesOfOneOwner() {
        Owner v1 = store.owners().save(owner("O1"));
        var outcomes = Race.run(RACERS, i -> store.owners().save(
                (i % 2 == 0 ? v1.withPaymentStatus(PaymentStatus.IN_ARREARS) : v1.settleOutstandingItem("L1"))));
        var winner = exactlyOneWinner(outcomes);
        assertEquals(winner.result(), store.owners().findById(OwnerId.of("O1")).orElseThrow());
    }

    @RepeatedTest(5)
    @DisplayName("8 threads inserting the same new ownership id: one wins, the rest are stale")
    void racingInsertsOfOneId() {
        var outcomes = Race.run(RACERS, i -> store.ownerships().save(ownership("OS-1", "U" + i, "O" + i)));
        var winner = exactlyOneWinner(outcomes);
        assertEquals(winner.result(), store.ownerships().findById(OwnershipId.of("OS-1")).orElseThrow());
    }

    @RepeatedTest(5)
    @DisplayName("8 units of work selling one unit at once: exactly one commits, no loser's ownership is kept")
    void racingUnitsOfWork() {
        Unit unsold = store.units().save(residence("U1", A1));
        var outcomes = Race.run(RACERS, i -> store.unitOfWork().inTransaction(() -> {
            Ownership o = store.ownerships().save(ownership("OS-" + i, "U1", "O" + i));
            store.units().save(unsold.withCurrentOwnership(o.id()));
            return o;
        }));
        var winner = exactlyOneWinner(outcomes);
        assertEquals(winner.result().id(), store.units().findById(UnitId.of("U1")).orElseThrow().currentOwnership());
        assertEquals(List.of(winner.result()),
                store.ownerships().findByUnit(UnitId.of("U1"), PageRequest.first(RACERS + 1)).items());
    }

    @Test
    @DisplayName("a unit of work that throws keeps none of its writes and rethrows the same exception")
    void failingUnitOfWorkKeepsNothing() {
        Unit before = store.units().save(residence("U1", A1));
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.unitOfWork().run(() -> {
            store.owners().save(owner("O1"));
            store.ownerships().save(ownership("OS-1", "U1", "O1"));
            store.units().save(before.withCurrentOwnership(OwnershipId.of("OS-1")));
            store.estates().savePlot(plot("B", "E1"));
            throw boom;
        }));
        assertSame(boom, thrown);
        assertTrue(store.owners().findById(OwnerId.of("O1")).isEmpty());
        assertTrue(store.ownerships().findById(OwnershipId.of("OS-1")).isEmpty());
        assertTrue(store.estates().findPlot(PlotId.of("B")).isEmpty());
        assertEquals(before, store.units().findById(UnitId.of("U1")).orElseThrow());
    }

    @Test
    @DisplayName("a unit of work whose save is stale keeps none of its writes")
    void staleSaveInUnitOfWorkKeepsNothing() {
        Unit v1 = store.units().save(residence("U1", A1));
        Unit v2 = store.units().save(v1.withCondition(UnitCondition.RESERVED));
        assertThrows(StaleWriteException.class, () -> store.unitOfWork().run(() -> {
            store.ownerships().save(ownership("OS-1", "U1", "O1"));
            store.units().save(v1.withCurrentOwnership(OwnershipId.of("OS-1")));
        }));
        assertTrue(store.ownerships().findById(OwnershipId.of("OS-1")).isEmpty());
        assertEquals(v2, store.units().findById(UnitId.of("U1")).orElseThrow());
    }

    @Test
    @DisplayName("inside a unit of work, reads and queries see its own writes; a nested unit of work joins it")
    void unitOfWorkSeesItsOwnWrites() {
        store.unitOfWork().run(() -> {
            Unit u = store.units().save(residence("U1", A1));
            assertEquals(u, store.units().findById(UnitId.of("U1")).orElseThrow());
            store.unitOfWork().run(() -> store.units().save(u.withCondition(UnitCondition.RESERVED)));
            assertEquals(2, store.units().findById(UnitId.of("U1")).orElseThrow().version());
            assertEquals(1, store.units().countByPlot(PlotId.of("A")).total());
        });
        assertEquals(UnitCondition.RESERVED, store.units().findById(UnitId.of("U1")).orElseThrow().condition());
    }

    @Test
    @DisplayName("another thread does not see a unit of work's writes before it commits, and sees all after")
    void uncommittedWritesAreInvisibleToOthers() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> done = writer.submit(() -> store.unitOfWork().run(() -> {
                store.units().save(residence("U1", A1));
                store.owners().save(owner("O1"));
                written.countDown();
                await(checked);
            }));
            await(written);
            boolean unitSeen = store.units().findById(UnitId.of("U1")).isPresent();
            boolean ownerSeen = store.owners().findById(OwnerId.of("O1")).isPresent();
            checked.countDown();
            done.get(Race.TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertEquals(List.of(false, false), List.of(unitSeen, ownerSeen));
            assertTrue(store.units().findById(UnitId.of("U1")).isPresent());
            assertTrue(store.owners().findById(OwnerId.of("O1")).isPresent());
        } finally {
            checked.countDown();
            writer.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(Race.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the other thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static <T> Race.Outcome<T> exactlyOneWinner(List<Race.Outcome<T>> outcomes) {
        List<Race.Outcome<T>> winners = outcomes.stream().filter(Race.Outcome::won).toList();
        assertEquals(1, winners.size(), () -> "winners: " + winners);
        outcomes.stream().filter(o -> !o.won()).forEach(o -> assertInstanceOf(StaleWriteException.class, o.failure()));
        return winners.get(0);
    }
}
