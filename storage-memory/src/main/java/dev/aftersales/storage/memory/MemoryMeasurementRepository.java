package dev.aftersales.storage.memory;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.measurement.BreachCount;
import dev.aftersales.measurement.KpiRow;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.ReferenceMeasurement;
import dev.aftersales.measurement.Scope;
import dev.aftersales.measurement.ScoredCallback;
import dev.aftersales.measurement.TicketTimes;
import dev.aftersales.spi.MeasurementRepository;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketRecord;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The service's figures computed over the in-memory tables (rules MS-1, MS-3, RP-6): the tickets in
 * scope reported before the end of the period and their commitments are selected from the maps, as
 * the caller's unit of work sees them, and measured by {@link ReferenceMeasurement}.
 */
public final class MemoryMeasurementRepository implements MeasurementRepository {

    private final MemoryTicketRepository tickets;
    private final MemoryCommitmentRepository commitments;

    /**
     * Creates the repository over a store's ticket and commitment tables.
     *
     * @param tickets     the tickets
     * @param commitments the commitments
     */
    public MemoryMeasurementRepository(MemoryTicketRepository tickets, MemoryCommitmentRepository commitments) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.commitments = Objects.requireNonNull(commitments, "commitments");
    }

    @Override
    public List<KpiRow> kpis(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        List<TicketRecord> inScope = tickets.select(t -> t.reportedAt().isBefore(query.period().to())
                && query.scope().includes(t));
        Set<TicketId> ids = new HashSet<>();
        inScope.forEach(t -> ids.add(t.id()));
        List<Commitment> theirs = commitments.select(c -> c.cycle() == 1 && ids.contains(c.ticketId())
                && query.settings().responseTerms().contains(c.termKey()));
        return ReferenceMeasurement.kpis(query, inScope, theirs);
    }

    @Override
    public List<TicketTimes> ticketTimes(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        List<TicketRecord> inScope = tickets.select(t -> query.period().contains(t.reportedAt())
                && query.scope().includes(t));
        Set<TicketId> ids = new HashSet<>();
        inScope.forEach(t -> ids.add(t.id()));
        List<Commitment> theirs = commitments.select(c -> c.cycle() == 1 && ids.contains(c.ticketId())
                && query.settings().responseTerms().contains(c.termKey()));
        return ReferenceMeasurement.ticketTimes(query, inScope, theirs);
    }

    @Override
    public List<ScoredCallback> dissatisfied(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        return ReferenceMeasurement.dissatisfied(query, tickets.select(t -> t.reportedAt().isBefore(query.period().to())
                && query.scope().includes(t)));
    }

    @Override
    public List<BreachCount> breaches(Period period, Scope scope) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        return ReferenceMeasurement.breaches(period, scope, commitments.select(c -> c.breachedAt() != null
                && period.contains(c.breachedAt()) && ReferenceMeasurement.inScope(scope, c)));
    }

    @Override
    public String toString() {
        return "MemoryMeasurementRepository";
    }
}
