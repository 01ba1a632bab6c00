package dev.aftersales.storage.memory;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.common.SupportedRange;
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
 * The in-memory {@link TicketRepository}: a {@link MemoryTable} of {@link TicketRecord}s joined to
 * the store's shared {@link MemoryTransactions}. Queries scan the table under its read lock and
 * sort in {@link TicketRepository#ORDER}, so each call sees a consistent snapshot. Thread-safe.
 */
public final class MemoryTicketRepository implements TicketRepository {

    private final MemoryTable<TicketRecord> table;

    /**
     * Creates an empty repository in the store of the given transactions.
     *
     * @param transactions the store's transaction manager, shared by all its repositories
     * @throws NullPointerException if the argument is null
     */
    public MemoryTicketRepository(MemoryTransactions transactions) {
        this.table = new MemoryTable<>("tickets", Objects.requireNonNull(transactions, "transactions"));
    }

    @Override
    public TicketRecord save(TicketRecord record) {
        return table.save(record);
    }

    @Override
    public Optional<TicketRecord> findById(TicketId id) {
        return table.find(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Page<TicketRecord> findByUnit(UnitId unit, Openness openness, PageRequest page) {
        Objects.requireNonNull(unit, "unit");
        return query(r -> r.unit().filter(unit::equals).isPresent(), openness, page);
    }

    @Override
    public Page<TicketRecord> findByOwner(OwnerId owner, Openness openness, PageRequest page) {
        Objects.requireNonNull(owner, "owner");
        return query(r -> r.owner().filter(owner::equals).isPresent(), openness, page);
    }

    @Override
    public Page<TicketRecord> findByBuilding(BuildingId building, Openness openness, PageRequest page) {
        Objects.requireNonNull(building, "building");
        return query(r -> r.building().filter(building::equals).isPresent(), openness, page);
    }

    @Override
    public Page<TicketRecord> findByEstate(EstateId estate, Openness openness, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        return query(r -> r.estate().equals(estate), openness, page);
    }

    @Override
    public Page<TicketRecord> findByState(TicketState state, PageRequest page) {
        Objects.requireNonNull(state, "state");
        return query(r -> r.state() == state, Openness.ANY, page);
    }

    @Override
    public Page<TicketRecord> findByDepartment(DepartmentId department, Openness openness, PageRequest page) {
        Objects.requireNonNull(department, "department");
        return query(r -> department.equals(r.responsibleDepartment()), openness, page);
    }

    @Override
    public Page<TicketRecord> findReportedBetween(Instant fromInclusive, Instant toExclusive, PageRequest page) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (toExclusive.isBefore(fromInclusive)) {
            throw new IllegalArgumentException("period ends at " + toExclusive + " before it starts at " + fromInclusive);
        }
        // clamped like every adapter's bounds (rule IN-2), so that all stores find the same tickets
        Instant from = SupportedRange.clamp(fromInclusive);
        Instant to = SupportedRange.clamp(toExclusive);
        return query(r -> !r.reportedAt().isBefore(from) && r.reportedAt().isBefore(to),
                Openness.ANY, page);
    }

    private Page<TicketRecord> query(Predicate<TicketRecord> filter, Openness openness, PageRequest page) {
        Objects.requireNonNull(openness, "openness");
        Objects.requireNonNull(page, "page");
        return Page.slice(table.select(r -> openness.test(r.state()) && filter.test(r), ORDER), page);
    }

    /**
     * Returns the tickets a filter accepts, as this thread's unit of work sees them (for measurement).
     *
     * @param filter the filter
     * @return the tickets, in {@link #ORDER}
     */
    java.util.List<TicketRecord> select(Predicate<TicketRecord> filter) {
        return table.select(filter, ORDER);
    }

    @Override
    public String toString() {
        return "MemoryTicketRepository[" + table + "]";
    }
}
