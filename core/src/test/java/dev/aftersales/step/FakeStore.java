package dev.aftersales.step;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.commitment.PolicyCatalog;
import dev.aftersales.commitment.service.CommitmentService;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.common.EventPublisher;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.CommitmentQuery;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.spi.UnitOfWork;
import dev.aftersales.spi.UnitRepository;
import dev.aftersales.ticket.TicketId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A store for core's unit tests, made of the fakes a test has: the repositories it does not give
 * fail when used, and the commitments are always none (no policy is registered in
 * {@link #commitmentsWithoutPolicies}). Its unit of work is a plain call, or the one given.
 */
public final class FakeStore implements AfterSalesStore {

    private final UnitOfWork unitOfWork;
    private TicketRepository tickets;
    private EstateRepository estates;
    private UnitRepository units;
    private OwnerRepository owners;
    private OwnershipRepository ownerships;

    private FakeStore(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** Returns a store whose unit of work is a plain call. */
    public static FakeStore direct() {
        return new FakeStore(Supplier::get);
    }

    /** Returns a store over the given unit of work. */
    public static FakeStore over(UnitOfWork unitOfWork) {
        return new FakeStore(unitOfWork);
    }

    public FakeStore tickets(TicketRepository value) {
        this.tickets = value;
        return this;
    }

    public FakeStore property(EstateRepository e, UnitRepository u, OwnerRepository o, OwnershipRepository os) {
        this.estates = e;
        this.units = u;
        this.owners = o;
        this.ownerships = os;
        return this;
    }

    /** Returns the step context of a desk over this store, publishing to the listener. */
    public StepContext context(Clock clock, IdGenerator ids, CommandValidator validator, DomainEventListener listener) {
        return new StepContext(this, clock, ids, validator,
                StepEffects.of(this, Optional.empty(), new EventPublisher(List.of(listener))));
    }

    /** Returns a commitment service with no policy registered: ticket steps start no commitment. */
    public static CommitmentService commitmentsWithoutPolicies(StepContext context) {
        return new CommitmentService(context, new CommitmentEngine(
                new PolicyCatalog(CalendarRegistry.withReadyCalendars()), context.ids(), context.clock().getZone()));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Override
    public EstateRepository estates() {
        return present(estates, "estates");
    }

    @Override
    public UnitRepository units() {
        return present(units, "units");
    }

    @Override
    public OwnerRepository owners() {
        return present(owners, "owners");
    }

    @Override
    public OwnershipRepository ownerships() {
        return present(ownerships, "ownerships");
    }

    @Override
    public TicketRepository tickets() {
        return present(tickets, "tickets");
    }

    @Override
    public CommitmentRepository commitments() {
        return NO_COMMITMENTS;
    }

    private static <T> T present(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("this fake store has no " + what);
        }
        return value;
    }

    /** Commitments of a desk without policies: there are none, and none is ever saved. */
    private static final CommitmentRepository NO_COMMITMENTS = new CommitmentRepository() {
        @Override
        public Commitment save(Commitment commitment) {
            throw new IllegalStateException("no commitment is expected without policies");
        }

        @Override
        public Optional<Commitment> findById(CommitmentId id) {
            return Optional.empty();
        }

        @Override
        public List<Commitment> findByTicket(TicketId ticket) {
            return List.of();
        }

        @Override
        public Page<Commitment> findOpenByCalendar(String calendarId, PageRequest page) {
            return Page.slice(List.of(), page);
        }

        @Override
        public List<Commitment> claimDue(Instant now, int limit, String claimant, Instant claimedUntil) {
            return List.of();
        }

        @Override
        public Commitment completeSweep(Commitment commitment, List<CommitmentEvent> fired) {
            throw new IllegalStateException("no commitment is expected without policies");
        }

        @Override
        public void release(CommitmentId id, String claimant) {
        }

        @Override
        public List<CommitmentEvent> findFired(CommitmentId id) {
            return List.of();
        }

        @Override
        public List<CommitmentEvent> findUndelivered(Instant recordedBefore, int limit) {
            return List.of();
        }

        @Override
        public void markDelivered(Collection<FiringKey> keys) {
        }

        @Override
        public Page<Commitment> find(CommitmentQuery query, PageRequest page) {
            return Page.slice(List.of(), page);
        }
    };
}
