package dev.aftersales.examples.adapter;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.examples.adapter.Snapshot.Table;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.ticket.Openness;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Tickets in the {@link SnapshotStore}, stored whole as {@link TicketRecord}s (timeline included,
 * so a save is atomic by construction). Every query sorts in {@link TicketRepository#ORDER}:
 * reported-at, then ticket id.
 *
 * <p>The queries read the ticket's intake: its location's unit, building and estate and its
 * reporting owner. A document store would keep those as top-level fields of the ticket document,
 * with an index per query on (field, {@code reportedAt}, {@code _id}).
 */
final class SnapshotTickets implements TicketRepository {

    private final SnapshotStore store;

    SnapshotTickets(SnapshotStore store) {
        this.store = store;
    }

    @Override
    public TicketRecord save(TicketRecord record) {
        return store.save(Table.TICKETS, record);
    }

    @Override
    public Optional<TicketRecord> findById(TicketId id) {
        return store.find(Table.TICKETS, id.value());
    }

    @Override
    public Page<TicketRecord> findByUnit(UnitId unit, Openness openness, PageRequest page) {
        Objects.requireNonNull(unit, "unit");
        return query(t -> t.unit().filter(unit::equals).isPresent(), openness, page);
    }

    @Override
    public Page<TicketRecord> findByOwner(OwnerId owner, Openness openness, PageRequest page) {
        Objects.requireNonNull(owner, "owner");
        return query(t -> t.owner().filter(owner::equals).isPresent(), openness, page);
    }

    @Override
    public Page<TicketRecord> findByBuilding(BuildingId building, Openness openness, PageRequest page) {
        Objects.requireNonNull(building, "building");
        return query(t -> t.building().filter(building::equals).isPresent(), openness, page);
    }

    @Override
    public Page<TicketRecord> findByEstate(EstateId estate, Openness openness, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        return query(t -> t.estate().equals(estate), openness, page);
    }

    @Override
    public Page<TicketRecord> findByState(TicketState state, PageRequest page) {
        Objects.requireNonNull(state, "state");
        return query(t -> t.state() == state, Openness.ANY, page);
    }

    @Override
    public Page<TicketRecord> findByDepartment(DepartmentId department, Openness openness, PageRequest page) {
        Objects.requireNonNull(department, "department");
        return query(t -> department.equals(t.responsibleDepartment()), openness, page);
    }

    @Override
    public Page<TicketRecord> findReportedBetween(Instant fromInclusive, Instant toExclusive, PageRequest page) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (toExclusive.isBefore(fromInclusive)) {
            throw new IllegalArgumentException("the period ends at " + toExclusive + ", before it starts at "
                    + fromInclusive);
        }
        return query(t -> !t.reportedAt().isBefore(fromInclusive) && t.reportedAt().isBefore(toExclusive),
                Openness.ANY, page);
    }

    private Page<TicketRecord> query(Predicate<TicketRecord> filter, Openness openness, PageRequest page) {
        Objects.requireNonNull(openness, "openness");
        return store.query(Table.TICKETS, t -> openness.test(t.state()) && filter.test(t), ORDER, page);
    }
}
