package dev.aftersales.testkit.tck;

import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.measurement.Grouping;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.MeasurementSettings;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.Scope;
import dev.aftersales.testkit.arbitraries.PlannedStep;
import dev.aftersales.ticket.SatisfactionAspects;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * jqwik arbitraries for the measurement properties (rules MS-1, MS-3, RP-6): small worlds of tickets
 * walked through legal life cycles (received, assigned, handled, confirmed, called back, closed,
 * reopened; complaints also judged invalid) around February and March 2025, with response and other
 * commitments in every status, and queries over those months with any groupings, scopes and settings.
 */
public final class KpiWorlds {

    /** The time zone of the queries' months. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final Instant START = Instant.parse("2025-02-10T00:00:00Z");
    private static final CommitmentStatus[] STATUSES = CommitmentStatus.values();
    private static final String[] TERMS = {KpiSamples.CONTACT, KpiSamples.REPLY, KpiSamples.RESULT};

    private KpiWorlds() {
    }

    /**
     * Tickets and commitments as a store would hold them.
     *
     * @param tickets     the tickets
     * @param commitments their commitments
     */
    public record World(List<TicketRecord> tickets, List<Commitment> commitments) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("World[\n");
            tickets.forEach(t -> b.append("  ").append(t).append(' ').append(t.timeline().stream()
                    .map(e -> e.step() + "@" + e.at() + (e.details().satisfaction() == null ? "" : "=" + e.details().satisfaction()))
                    .toList()).append('\n'));
            commitments.forEach(c -> b.append("  ").append(c.id()).append(' ').append(c.termKey()).append(" cycle ")
                    .append(c.cycle()).append(' ').append(c.status()).append(" stopped ").append(c.stoppedAt())
                    .append(" breached ").append(c.breachedAt()).append('\n'));
            return b.append(']').toString();
        }
    }

    /**
     * Returns worlds of 0 to 20 tickets.
     *
     * @return the arbitrary
     */
    public static Arbitrary<World> worlds() {
        return Arbitraries.integers().between(0, 1_000_000).list().ofSize(18).list().ofMaxSize(20).map(KpiWorlds::world);
    }

    private static World world(List<List<Integer>> genes) {
        List<TicketRecord> tickets = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < genes.size(); i++) {
            TicketRecord t = ticket("P" + i, genes.get(i));
            tickets.add(t);
            commitments.addAll(commitments(t, genes.get(i)));
        }
        return new World(tickets, commitments);
    }

    private static TicketRecord ticket(String id, List<Integer> g) {
        TicketKind kind = new TicketKind[] {TicketKind.REPAIR, TicketKind.COMPLAINT, TicketKind.CONSULTATION}[g.get(0) % 3];
        TicketLocation location = switch (g.get(1) % 4) {
            case 0 -> TicketSamples.UNIT_1;
            case 1 -> TicketSamples.UNIT_2;
            case 2 -> TicketSamples.UNIT_3;
            default -> TicketLocation.buildingCommonArea(TicketSamples.BUILDING_2, TicketSamples.ESTATE_1, "lift");
        };
        Instant received = START.plus(Duration.ofMinutes(g.get(2) % 86_400));
        KpiSamples.Story story = KpiSamples.ticket(id, kind, location, received);
        int stage = kind == TicketKind.CONSULTATION ? 0 : g.get(3) % 8;
        if (stage == 0) {
            return story.record();
        }
        DepartmentId department = g.get(4) % 2 == 0 ? TicketSamples.ENGINEERING : TicketSamples.PROPERTY_OFFICE;
        Instant contact = received.plus(Duration.ofHours(g.get(5) % 72 + 1));
        if (stage == 7 && kind == TicketKind.COMPLAINT) {
            story.at(received.plusSeconds(60), TicketStep.CLASSIFY_INVALID).at(contact, TicketStep.CONTACT_OWNER);
        } else if (stage == 1) {
            return story.at(received.plusSeconds(60), TicketStep.CLASSIFY_VALID)
                    .at(received.plusSeconds(120), PlannedStep.assign(department, "TCK-S2")).record();
        } else {
            story.handledBy(department, contact);
        }
        if (stage == 2) {
            return story.record();
        }
        Instant confirmed = contact.plus(Duration.ofHours(g.get(6) % 200 + 1));
        story.at(confirmed, TicketStep.CONFIRM_CLOSURE);
        if (stage == 3) {
            return story.record();
        }
        Instant called = confirmed.plus(Duration.ofHours(g.get(6) % 7 + 1));
        story.callback(called, g.get(7) % 5 + 1, new SatisfactionAspects(aspect(g.get(7) / 5), aspect(g.get(7) / 30),
                aspect(g.get(8) / 48)));
        if (stage == 4) {
            return story.record();
        }
        Instant closed = called.plus(Duration.ofHours(g.get(8) % 48 + 1));
        story.at(closed, TicketStep.CLOSE);
        if (stage == 6) {
            story.at(closed.plus(Duration.ofHours(g.get(9) % (45 * 24))), TicketStep.REOPEN);
        }
        return story.record();
    }

    private static List<Commitment> commitments(TicketRecord t, List<Integer> g) {
        List<Commitment> out = new ArrayList<>();
        int n = g.get(10) % 3;
        for (int k = 0; k < n; k++) {
            int gene = g.get(11 + k);
            String term = TERMS[gene % 3];
            CommitmentStatus status = STATUSES[(gene / 3) % STATUSES.length];
            Instant start = t.reportedAt();
            Instant deadline = start.plus(Duration.ofHours(24));
            Duration taken = Duration.ofHours(g.get(13 + k) % 100 + 1).plusNanos(g.get(13 + k) % 1000);
            Instant stopped = switch (status) {
                case MET -> start.plus(Duration.ofHours(g.get(13 + k) % 24)).plusNanos(g.get(13 + k) % 1000);
                case MET_LATE -> deadline.plus(taken);
                default -> null;
            };
            Instant breached = status == CommitmentStatus.BREACHED || status == CommitmentStatus.MET_LATE
                    ? deadline.plusNanos(1) : null;
            int cycle = k == 1 && g.get(15) % 2 == 1 ? 2 : 1;
            // calendar time, or one of two business calendars (MS-1 working time: the first by id)
            CalendarRef calendar = switch (g.get(16 + k) % 3) {
                case 0 -> null;
                case 1 -> new CalendarRef(BusinessCalendars.CHINA_OFFICE_ID, "1");
                default -> new CalendarRef(BusinessCalendars.HOTLINE_ID, "1");
            };
            out.add(KpiSamples.commitment(t.idText() + "-C" + k, t, cycle, term, calendar, status, start, deadline,
                    stopped, breached));
        }
        return out;
    }

    /**
     * Returns queries over February, March or both months of 2025 in Shanghai, or a period of whole
     * minutes between them, with any groupings, one of several scopes and settings.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MeasurementQuery> queries() {
        Arbitrary<Period> periods = Arbitraries.oneOf(
                Arbitraries.of(Period.month(YearMonth.of(2025, 2), SHANGHAI), Period.month(YearMonth.of(2025, 3), SHANGHAI),
                        Period.of(Period.month(YearMonth.of(2025, 2), SHANGHAI).from(),
                                Period.month(YearMonth.of(2025, 3), SHANGHAI).to())),
                Combinators.combine(Arbitraries.integers().between(0, 86_400), Arbitraries.integers().between(0, 86_400))
                        .as((a, b) -> Period.of(START.plus(Duration.ofMinutes(Math.min(a, b))),
                                START.plus(Duration.ofMinutes(Math.max(a, b))))));
        Arbitrary<Set<Grouping>> groupings = Arbitraries.of(Grouping.class).set().ofMaxSize(5)
                .map(s -> s.isEmpty() ? Set.of() : EnumSet.copyOf(s));
        Arbitrary<Scope> scopes = Arbitraries.of(Scope.all(), Scope.estate(TicketSamples.ESTATE_1),
                Scope.building(TicketSamples.BUILDING_3), Scope.department(TicketSamples.ENGINEERING),
                Scope.kind(TicketKind.COMPLAINT).withEstates(Set.of(TicketSamples.ESTATE_1, TicketSamples.ESTATE_2)),
                Scope.kind(TicketKind.REPAIR).withBuildings(Set.of(TicketSamples.BUILDING_1, TicketSamples.BUILDING_2)));
        Arbitrary<MeasurementSettings> settings = Combinators.combine(
                Arbitraries.of(Duration.ofDays(5), Duration.ofDays(30)), Arbitraries.integers().between(1, 5),
                Arbitraries.of(MeasurementSettings.PRESET_RESPONSE_TERMS, Set.of(KpiSamples.REPLY)))
                .as((w, s, terms) -> new MeasurementSettings(terms, w, s));
        return Combinators.combine(periods, scopes, groupings, settings)
                .as((p, scope, g, s) -> new MeasurementQuery(p, scope, g, SHANGHAI, s));
    }

    /** A rated aspect from a gene: none (null) or 1 to 5 (rule MS-3). */
    private static Integer aspect(int gene) {
        int v = Math.floorMod(gene, 6);
        return v == 0 ? null : v;
    }
}
