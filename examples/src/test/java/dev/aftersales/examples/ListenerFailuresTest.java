package dev.aftersales.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.commitment.service.ScheduledSweeps;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.storage.memory.MemoryStore;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A listener's failure of any kind, an {@link Error} included, stays with the listener: the
 * committed step is not reported as failed to its caller (who would retry it and duplicate the
 * ticket), the other listeners get the event, and scheduled sweeps go on.
 */
class ListenerFailuresTest {

    private static LodgeComplaint complaint() {
        return new LodgeComplaint(TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.WEBSITE, Severity.GENERAL, DepartmentId.of("web"),
                "noise from the pump room");
    }

    @Test
    @DisplayName("an Error thrown by a listener after the commit does not reach the caller nor stop the next listener")
    void errorInListenerAfterCommit() {
        TestClock clock = TestClock.at("2025-06-16T01:00:00Z", ZoneId.of("Asia/Shanghai"));
        List<DomainEvent> seen = new CopyOnWriteArrayList<>();
        MemoryStore store = MemoryStore.create();
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock)
                .listener(event -> {
                    throw new AssertionError("a bug in the application's listener");
                })
                .listener(seen::add)
                .build()) {
            SampleProperty.register(desk);
            seen.clear();
            TicketRecord ticket = desk.lodgeComplaint(complaint(), Actor.staff("S-1"));

            assertEquals(1, seen.size(), "the next listener got the event");
            assertEquals(1, store.tickets().findByUnit(UnitId.of("U-1"), dev.aftersales.ticket.Openness.ANY,
                    dev.aftersales.common.PageRequest.first(10)).items().size(), "one ticket, kept");
            assertTrue(desk.findTicket(ticket.id()).isPresent());
        }
    }

    @Test
    @DisplayName("SL-9 scheduled sweeps go on after a listener threw an Error; the refused breach comes again")
    void scheduledSweepsSurviveAnErrorInAListener() throws InterruptedException {
        TestClock clock = TestClock.at("2025-06-16T01:00:00Z", ZoneId.of("Asia/Shanghai"));
        AtomicInteger breachDeliveries = new AtomicInteger();
        CountDownLatch deliveredAgain = new CountDownLatch(1);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (AfterSales desk = AfterSales.builder().clock(clock).listener(event -> {
            if (event instanceof CommitmentEvent c && c.kind() == FiringKind.BREACH) {
                if (breachDeliveries.incrementAndGet() == 1) {
                    throw new AssertionError("a bug in the application's pager");
                }
                deliveredAgain.countDown();
            }
        }).build()) {
            SampleProperty.register(desk);
            desk.lodgeComplaint(complaint(), Actor.staff("S-1"));
            clock.advance(Duration.ofHours(25));
            try (ScheduledSweeps sweeps = desk.startSweeping(executor, Duration.ofMillis(20))) {
                // wait for the first, refused delivery, then let the lease of the undelivered event pass
                while (breachDeliveries.get() == 0) {
                    Thread.onSpinWait();
                }
                clock.advance(CommitmentSweeper.DEFAULT_LEASE.plusSeconds(1));
                assertTrue(deliveredAgain.await(30, TimeUnit.SECONDS), "a later scheduled sweep delivered it again");
                assertTrue(sweeps.isRunning());
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    @DisplayName("a sweep interval longer than a day is refused with a typed error naming it")
    void absurdIntervalRefused() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (AfterSales desk = AfterSales.builder().build()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> desk.startSweeping(executor, Duration.ofDays(365L * 300)));
            assertTrue(e.getMessage().startsWith("interval"), e.getMessage());
        } finally {
            executor.shutdownNow();
        }
    }
}
