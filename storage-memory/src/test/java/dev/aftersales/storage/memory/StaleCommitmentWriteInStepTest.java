package dev.aftersales.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.CommitmentQuery;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.spi.UnitRepository;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ForwardTicket;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A ticket step and its commitments are one unit of work (SL-9 to SL-12 through the entry point):
 * a commitment written concurrently while the step applies its event makes the step fail with
 * {@link StaleWriteException} and keeps nothing, so that the caller retries the whole step; the
 * commitment service never retries inside the step's joined unit of work.
 */
class StaleCommitmentWriteInStepTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Actor STAFF = Actor.staff("S-1");

    @Test
    @DisplayName("SL-12 a stale commitment write during a ticket step surfaces as StaleWriteException and keeps nothing")
    void sl12_staleCommitmentWriteFailsTheWholeStep() {
        MemoryStore memory = MemoryStore.create();
        ConcurrentWriter commitments = new ConcurrentWriter(memory.commitments());
        TestClock clock = TestClock.at(LocalDateTime.parse("2025-03-10T09:00").atZone(SHANGHAI).toInstant(), SHANGHAI);
        // about commitment writes: the complaint's estate and owner are trusted, not registered
        AfterSales app = AfterSales.builder().store(new WithCommitments(memory, commitments)).clock(clock)
                .policies(List.of(CommitmentPresets.cp5ComplaintChain())).checkReferences(false).build();
        TicketRecord lodged = app.lodgeComplaint(new LodgeComplaint(
                TicketLocation.estateCommonArea(EstateId.of("E1"), "garden lights"), Reporter.byOwner(OwnerId.of("O-1")),
                Channel.SALES_OFFICE, Severity.GENERAL, DepartmentId.of("sales-office"), "lights off for a week"),
                STAFF);
        TicketId id = lodged.id();
        List<Commitment> before = app.commitmentsOf(id);
        clock.advance(Duration.ofHours(2));

        commitments.armed.set(true);
        assertThrows(StaleWriteException.class,
                () -> app.tickets().forward(new ForwardTicket(id, DepartmentId.of("customer-service")), STAFF));

        assertEquals(lodged, app.findTicket(id).orElseThrow());
        List<Commitment> after = app.commitmentsOf(id);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).status(), after.get(i).status());
            assertEquals(before.get(i).history(), after.get(i).history());
            // only the concurrent writer's version bump is kept
            assertEquals(before.get(i).version() + 1, after.get(i).version());
        }
    }

    /**
     * Before the first save it is armed for, another thread stores the same commitment: the save
     * that follows is stale.
     */
    private static final class ConcurrentWriter implements CommitmentRepository {
        final AtomicBoolean armed = new AtomicBoolean();
        private final CommitmentRepository delegate;

        ConcurrentWriter(CommitmentRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Commitment save(Commitment commitment) {
            if (commitment.version() > 0 && armed.compareAndSet(true, false)) {
                Thread other = new Thread(() -> delegate.save(delegate.findById(commitment.id()).orElseThrow()));
                other.start();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            return delegate.save(commitment);
        }

        @Override
        public Optional<Commitment> findById(CommitmentId id) {
            return delegate.findById(id);
        }

        @Override
        public List<Commitment> findByTicket(TicketId ticket) {
            return delegate.findByTicket(ticket);
        }

        @Override
        public Page<Commitment> findOpenByCalendar(String calendarId, PageRequest page) {
            return delegate.findOpenByCalendar(calendarId, page);
        }

        @Override
        public List<Commitment> claimDue(Instant now, int limit, String claimant, Instant claimedUntil) {
            return delegate.claimDue(now, limit, claimant, claimedUntil);
        }

        @Override
        public Commitment completeSweep(Commitment commitment, List<CommitmentEvent> fired) {
            return delegate.completeSweep(commitment, fired);
        }

        @Override
        public void release(CommitmentId id, String claimant) {
            delegate.release(id, claimant);
        }

        @Override
        public List<CommitmentEvent> findFired(CommitmentId id) {
            return delegate.findFired(id);
        }

        @Override
        public List<CommitmentEvent> findUndelivered(Instant recordedBefore, int limit) {
            return delegate.findUndelivered(recordedBefore, limit);
        }

        @Override
        public void markDelivered(Collection<FiringKey> keys) {
            delegate.markDelivered(keys);
        }

        @Override
        public Page<Commitment> find(CommitmentQuery query, PageRequest page) {
            return delegate.find(query, page);
        }
    }

    /** The memory store with its commitment repository wrapped. */
    private record WithCommitments(MemoryStore store, CommitmentRepository commitments) implements AfterSalesStore {
        @Override
        public EstateRepository estates() {
            return store.estates();
        }

        @Override
        public UnitRepository units() {
            return store.units();
        }

        @Override
        public OwnerRepository owners() {
            return store.owners();
        }

        @Override
        public OwnershipRepository ownerships() {
            return store.ownerships();
        }

        @Override
        public TicketRepository tickets() {
            return store.tickets();
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return store.inTransaction(work);
        }
    }
}
