package dev.aftersales.measurement;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.TimelineEntry;
import dev.aftersales.ticket.Validity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The exact definitions of the service's figures (rules MS-1, MS-3, RP-6), computed the simple way
 * over loaded tickets and commitments: the oracle that storage adapters' aggregate queries are
 * checked against, and the computation of adapters that hold everything in memory.
 *
 * <p>For a {@link MeasurementQuery} (period [from, to), scope, groupings), each ticket counted in
 * its first cycle:
 * <ul>
 *   <li><b>timely response</b> (MS-1): the tickets received in the period that have at least one
 *       response commitment (a commitment of cycle 1 whose term key is one of
 *       {@link MeasurementSettings#responseTerms()}); a ticket with one still running or paused is
 *       pending; the others are decided, and met if every response commitment is
 *       {@link CommitmentStatus#MET} (met late or breached is not met);</li>
 *   <li><b>effective handling</b> (MS-1): the complaints whose last classification in cycle 1 is
 *       valid and whose first confirmed closure of cycle 1 lies in the period; effective unless
 *       reopened in [closed, closed + window), closed being the first closing of cycle 1;</li>
 *   <li><b>satisfaction</b> (MS-3): every callback recorded in the period with a score, in any
 *       cycle; satisfied if the score is at least {@link MeasurementSettings#satisfiedFrom()};</li>
 *   <li><b>callback coverage</b> (RP-6): the repairs whose first confirmed closure of cycle 1 lies in
 *       the period; covered if cycle 1 has a recorded callback;</li>
 *   <li><b>time to first response</b>: for the tickets received in the period, from the reception to
 *       the earliest stop of a response commitment of cycle 1 (met or met late);</li>
 *   <li><b>time to closure</b>: for the tickets received in the period, from the reception to the
 *       first closing in cycle 1.</li>
 * </ul>
 * The month of an item is that of its reception (response, durations), its confirmed closure
 * (handling, coverage) or its callback (satisfaction). Durations are in microseconds, as stores
 * keep ticket instants.
 */
public final class ReferenceMeasurement {

    private ReferenceMeasurement() {
    }

    /**
     * Computes the figures of a query.
     *
     * @param query       the query
     * @param tickets     every ticket the store holds (those out of scope are skipped)
     * @param commitments every commitment of those tickets (others are ignored)
     * @return the rows, as {@link KpiTable#rows()} describes them
     */
    public static List<KpiRow> kpis(MeasurementQuery query, Collection<TicketRecord> tickets,
                                    Collection<Commitment> commitments) {
        Objects.requireNonNull(query, "query");
        Map<TicketId, List<Commitment>> byTicket = new HashMap<>();
        for (Commitment c : commitments) {
            byTicket.computeIfAbsent(c.ticketId(), k -> new ArrayList<>()).add(c);
        }
        KpiTable table = new KpiTable(query);
        for (TicketRecord t : tickets) {
            if (query.scope().includes(t)) {
                measure(query, table, t, byTicket.getOrDefault(t.id(), List.of()));
            }
        }
        return table.rows();
    }

    private static void measure(MeasurementQuery query, KpiTable table, TicketRecord t, List<Commitment> commitments) {
        Period period = query.period();
        MeasurementSettings settings = query.settings();
        DepartmentId department = t.responsibleDepartment();
        if (period.contains(t.reportedAt())) {
            var key = table.key(t.estate(), t.building().orElse(null), department, t.kind(), table.monthOf(t.reportedAt()));
            List<Commitment> response = commitments.stream()
                    .filter(c -> c.cycle() == 1 && settings.responseTerms().contains(c.termKey())).toList();
            if (!response.isEmpty()) {
                boolean open = response.stream().anyMatch(c -> c.status() == CommitmentStatus.RUNNING
                        || c.status() == CommitmentStatus.PAUSED);
                boolean met = response.stream().allMatch(c -> c.status() == CommitmentStatus.MET);
                table.addResponse(key, !open && met ? 1 : 0, open ? 0 : 1, open ? 1 : 0);
                response.stream().map(Commitment::stoppedAt).filter(Objects::nonNull).min(Instant::compareTo)
                        .ifPresent(stop -> table.addFirstResponse(key, micros(t.reportedAt(), stop)));
            }
            first(t, TicketStep.CLOSE).ifPresent(close -> table.addClosure(key, micros(t.reportedAt(), close.at())));
        }
        Optional<TimelineEntry> confirmed = first(t, TicketStep.CONFIRM_CLOSURE);
        if (confirmed.isPresent() && period.contains(confirmed.get().at())) {
            var key = table.key(t.estate(), t.building().orElse(null), department, t.kind(),
                    table.monthOf(confirmed.get().at()));
            if (t.kind() == TicketKind.COMPLAINT && lastValidity(t) == Validity.VALID) {
                Optional<TimelineEntry> closed = first(t, TicketStep.CLOSE);
                boolean reopened = closed.isPresent() && t.timeline().stream().anyMatch(e -> e.step() == TicketStep.REOPEN
                        && !e.at().isBefore(closed.get().at())
                        && e.at().isBefore(closed.get().at().plus(settings.reopenWindow())));
                table.addHandling(key, reopened ? 0 : 1, 1);
            }
            if (t.kind() == TicketKind.REPAIR) {
                table.addCallbacks(key, first(t, TicketStep.RECORD_CALLBACK).isPresent() ? 1 : 0, 1);
            }
        }
        for (TimelineEntry e : t.timeline()) {
            if (e.step() == TicketStep.RECORD_CALLBACK && e.details().satisfaction() != null && period.contains(e.at())) {
                var key = table.key(t.estate(), t.building().orElse(null), department, t.kind(), table.monthOf(e.at()));
                table.addSatisfaction(key, e.details().satisfaction() >= settings.satisfiedFrom() ? 1 : 0, 1);
            }
        }
    }

    /**
     * Lists the times of the tickets received in a query's period and scope that have a response
     * commitment of cycle 1 (rule MS-1, working time): the earliest stop of one of those
     * commitments, the first closing of cycle 1, and the calendar of those commitments (the first by
     * id when they differ; none when all count calendar time).
     *
     * @param query       the query
     * @param tickets     every ticket the store holds (those out of scope are skipped)
     * @param commitments every commitment of those tickets (others are ignored)
     * @return the times, in {@link TicketTimes#ORDER}
     */
    public static List<TicketTimes> ticketTimes(MeasurementQuery query, Collection<TicketRecord> tickets,
                                                Collection<Commitment> commitments) {
        Objects.requireNonNull(query, "query");
        Map<TicketId, List<Commitment>> byTicket = new HashMap<>();
        for (Commitment c : commitments) {
            if (c.cycle() == 1 && query.settings().responseTerms().contains(c.termKey())) {
                byTicket.computeIfAbsent(c.ticketId(), k -> new ArrayList<>()).add(c);
            }
        }
        KpiTable keys = new KpiTable(query);
        List<TicketTimes> out = new ArrayList<>();
        for (TicketRecord t : tickets) {
            List<Commitment> response = byTicket.getOrDefault(t.id(), List.of());
            if (!query.scope().includes(t) || !query.period().contains(t.reportedAt()) || response.isEmpty()) {
                continue;
            }
            Instant firstStop = response.stream().map(Commitment::stoppedAt).filter(Objects::nonNull)
                    .min(Instant::compareTo).orElse(null);
            String calendar = response.stream().filter(c -> c.calendar() != null).map(c -> c.calendar().id())
                    .min(String::compareTo).orElse(null);
            var key = keys.key(t.estate(), t.building().orElse(null), t.responsibleDepartment(), t.kind(),
                    keys.monthOf(t.reportedAt()));
            out.add(new TicketTimes(t.id(), key, t.reportedAt(), firstStop,
                    first(t, TicketStep.CLOSE).map(TimelineEntry::at).orElse(null), calendar));
        }
        out.sort(TicketTimes.ORDER);
        return List.copyOf(out);
    }

    /** The first entry of a step in cycle 1. */
    private static Optional<TimelineEntry> first(TicketRecord t, TicketStep step) {
        return t.timeline().stream().filter(e -> e.cycle() == 1 && e.step() == step).findFirst();
    }

    /** The last classification of cycle 1. */
    private static Validity lastValidity(TicketRecord t) {
        Validity v = null;
        for (TimelineEntry e : t.timeline()) {
            if (e.cycle() == 1 && (e.step() == TicketStep.CLASSIFY_VALID || e.step() == TicketStep.CLASSIFY_INVALID)) {
                v = e.step() == TicketStep.CLASSIFY_VALID ? Validity.VALID : Validity.INVALID;
            }
        }
        return v;
    }

    private static long micros(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).toNanos(), 1000L);
    }

    /**
     * Counts the commitments that breached in a period, per term and responsible department (rule
     * MS-1): those whose breach instant lies in the period and whose ticket facts and responsible
     * department are in the scope, in every cycle.
     *
     * @param period      the period
     * @param scope       the scope, applied to each commitment's facts and responsible department
     * @param commitments every commitment the store holds
     * @return the counts, in {@link BreachCount#ORDER}
     */
    public static List<BreachCount> breaches(Period period, Scope scope, Collection<Commitment> commitments) {
        Map<List<Object>, Long> counts = new HashMap<>();
        for (Commitment c : commitments) {
            if (c.breachedAt() != null && period.contains(c.breachedAt()) && inScope(scope, c)) {
                List<Object> key = new ArrayList<>(2);
                key.add(c.termKey());
                key.add(c.responsibleDepartment());
                counts.merge(key, 1L, Long::sum);
            }
        }
        List<BreachCount> rows = new ArrayList<>();
        counts.forEach((k, n) -> rows.add(new BreachCount((String) k.get(0), (DepartmentId) k.get(1), n)));
        rows.sort(BreachCount.ORDER);
        return List.copyOf(rows);
    }

    /**
     * Checks if a commitment is in a scope: its ticket's estate, building and kind, and its
     * responsible department.
     *
     * @param scope the scope
     * @param c     the commitment
     * @return true if the scope covers it
     */
    public static boolean inScope(Scope scope, Commitment c) {
        return (scope.estates().isEmpty() || scope.estates().contains(c.facts().estate()))
                && (scope.buildings().isEmpty() || (c.facts().building() != null && scope.buildings().contains(c.facts().building())))
                && (scope.departments().isEmpty() || (c.responsibleDepartment() != null
                        && scope.departments().contains(c.responsibleDepartment())))
                && (scope.kinds().isEmpty() || scope.kinds().contains(c.facts().kind()));
    }

    /**
     * Lists the callbacks recorded in a period with a score below the satisfaction threshold, in
     * every cycle, of the tickets in scope (rule MS-3: the dissatisfied tickets are reviewed to
     * find weaknesses). The query's groupings are ignored.
     *
     * @param query   the period, scope and threshold
     * @param tickets every ticket the store holds (those out of scope are skipped)
     * @return the callbacks, in {@link ScoredCallback#ORDER}
     */
    public static List<ScoredCallback> dissatisfied(MeasurementQuery query, Collection<TicketRecord> tickets) {
        List<ScoredCallback> out = new ArrayList<>();
        for (TicketRecord t : tickets) {
            if (!query.scope().includes(t)) {
                continue;
            }
            for (TimelineEntry e : t.timeline()) {
                Integer score = e.details().satisfaction();
                if (e.step() == TicketStep.RECORD_CALLBACK && score != null && score < query.settings().satisfiedFrom()
                        && query.period().contains(e.at())) {
                    out.add(new ScoredCallback(t.id(), t.kind(), t.estate(), t.building().orElse(null),
                            t.responsibleDepartment(), e.at(), e.details().callbackMethod(), score,
                            e.details().ratedAspects()));
                }
            }
        }
        out.sort(ScoredCallback.ORDER);
        return List.copyOf(out);
    }

    /**
     * Computes the entries of a two-monthly callback round (rule MS-2): one open entry per owner
     * with at least one ticket closed ({@link TicketStep#CLOSE}, in any cycle) within the window,
     * counting those tickets and the last of their closures in it. Tickets reported by a contact
     * person or a staff member have no registered customer and give no entry.
     *
     * @param window  the round's window
     * @param tickets every ticket the store holds
     * @return the entries, in {@link RoundEntry#ORDER}
     */
    public static List<RoundEntry> roundEntries(Period window, Collection<TicketRecord> tickets) {
        Objects.requireNonNull(window, "window");
        Map<OwnerId, RoundEntry> byOwner = new TreeMap<>(java.util.Comparator.comparing(OwnerId::value));
        for (TicketRecord t : tickets) {
            Optional<OwnerId> owner = t.owner();
            Instant last = null;
            for (TimelineEntry e : t.timeline()) {
                if (e.step() == TicketStep.CLOSE && window.contains(e.at()) && (last == null || e.at().isAfter(last))) {
                    last = e.at();
                }
            }
            if (owner.isEmpty() || last == null) {
                continue;
            }
            Instant closed = last;
            byOwner.merge(owner.get(), RoundEntry.open(owner.get(), 1, closed), (a, b) -> RoundEntry.open(a.owner(),
                    a.tickets() + 1, a.lastClosedAt().isAfter(closed) ? a.lastClosedAt() : closed));
        }
        return List.copyOf(byOwner.values());
    }
}
