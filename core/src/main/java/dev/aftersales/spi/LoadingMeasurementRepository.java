package dev.aftersales.spi;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.measurement.BreachCount;
import dev.aftersales.measurement.KpiRow;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.ReferenceMeasurement;
import dev.aftersales.measurement.Scope;
import dev.aftersales.measurement.ScoredCallback;
import dev.aftersales.measurement.TicketTimes;
import dev.aftersales.ticket.TicketRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Measurement through the ticket and commitment repositories alone: every ticket reported before
 * the end of the period is loaded page by page with its commitments and the figures are computed by
 * {@link ReferenceMeasurement}. Correct on any adapter but slow on a large store: the default of
 * {@link AfterSalesStore#measurements()} for adapters without aggregate queries, and the baseline
 * the aggregate queries are measured against.
 */
public final class LoadingMeasurementRepository implements MeasurementRepository {

    /** The earliest reception loaded: tickets reported before it are not measured. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private final AfterSalesStore store;

    /**
     * Creates the repository over a store.
     *
     * @param store the store
     */
    public LoadingMeasurementRepository(AfterSalesStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<KpiRow> kpis(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        List<TicketRecord> tickets = ticketsInScope(query);
        List<Commitment> commitments = new ArrayList<>();
        for (TicketRecord t : tickets) {
            commitments.addAll(store.commitments().findByTicket(t.id()));
        }
        return ReferenceMeasurement.kpis(query, tickets, commitments);
    }

    @Override
    public List<ScoredCallback> dissatisfied(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        return ReferenceMeasurement.dissatisfied(query, ticketsInScope(query));
    }

    @Override
    public List<TicketTimes> ticketTimes(MeasurementQuery query) {
        Objects.requireNonNull(query, "query");
        List<TicketRecord> tickets = ticketsInScope(query).stream()
                .filter(t -> query.period().contains(t.reportedAt())).toList();
        List<Commitment> commitments = new ArrayList<>();
        for (TicketRecord t : tickets) {
            commitments.addAll(store.commitments().findByTicket(t.id()));
        }
        return ReferenceMeasurement.ticketTimes(query, tickets, commitments);
    }

    private List<TicketRecord> ticketsInScope(MeasurementQuery query) {
        List<TicketRecord> tickets = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<TicketRecord> page = store.tickets().findReportedBetween(EARLIEST, query.period().to(), request);
            for (TicketRecord t : page.items()) {
                if (query.scope().includes(t)) {
                    tickets.add(t);
                }
            }
            if (!page.hasMore()) {
                return tickets;
            }
            request = request.next();
        }
    }

    @Override
    public List<BreachCount> breaches(Period period, Scope scope) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        List<Commitment> breached = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<Commitment> page = store.commitments().find(CommitmentQuery.breached(period.from(), period.to()), request);
            breached.addAll(page.items());
            if (!page.hasMore()) {
                break;
            }
            request = request.next();
        }
        return ReferenceMeasurement.breaches(period, scope, breached);
    }

    @Override
    public String toString() {
        return "LoadingMeasurementRepository[" + store + "]";
    }
}
