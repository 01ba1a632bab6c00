package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.TicketRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A minimal repository for the core's service tests (core cannot depend on storage-memory). */
class MapTicketRepository implements TicketRepository {

    final Map<String, TicketRecord> rows = new LinkedHashMap<>();
    int saves;

    @Override
    public synchronized TicketRecord save(TicketRecord record) {
        TicketRecord stored = rows.get(record.idText());
        long actual = stored == null ? -1 : stored.version();
        boolean ok = record.version() == 0 ? stored == null : actual == record.version();
        if (!ok) {
            throw new StaleWriteException("TicketRecord", record.idText(), record.version(), actual);
        }
        TicketRecord next = record.withVersion(record.version() + 1);
        rows.put(record.idText(), next);
        saves++;
        return next;
    }

    @Override
    public synchronized Optional<TicketRecord> findById(TicketId id) {
        return Optional.ofNullable(rows.get(id.value()));
    }

    private synchronized Page<TicketRecord> query(Predicate<TicketRecord> p, PageRequest page) {
        return Page.slice(rows.values().stream().filter(p).sorted(ORDER).toList(), page);
    }

    @Override
    public Page<TicketRecord> findByUnit(UnitId unit, Openness openness, PageRequest page) {
        return query(r -> r.unit().filter(unit::equals).isPresent() && openness.test(r.state()), page);
    }

    @Override
    public Page<TicketRecord> findByOwner(OwnerId owner, Openness openness, PageRequest page) {
        return query(r -> r.owner().filter(owner::equals).isPresent() && openness.test(r.state()), page);
    }

    @Override
    public Page<TicketRecord> findByBuilding(BuildingId building, Openness openness, PageRequest page) {
        return query(r -> r.building().filter(building::equals).isPresent() && openness.test(r.state()), page);
    }

    @Override
    public Page<TicketRecord> findByEstate(EstateId estate, Openness openness, PageRequest page) {
        return query(r -> r.estate().equals(estate) && openness.test(r.state()), page);
    }

    @Override
    public Page<TicketRecord> findByState(TicketState state, PageRequest page) {
        return query(r -> r.state() == state, page);
    }

    @Override
    public Page<TicketRecord> findByDepartment(DepartmentId department, Openness openness, PageRequest page) {
        return query(r -> department.equals(r.responsibleDepartment()) && openness.test(r.state()), page);
    }

    @Override
    public Page<TicketRecord> findReportedBetween(Instant fromInclusive, Instant toExclusive, PageRequest page) {
        return query(r -> !r.reportedAt().isBefore(fromInclusive) && r.reportedAt().isBefore(toExclusive), page);
    }
}
