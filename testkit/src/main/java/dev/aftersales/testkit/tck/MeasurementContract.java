package dev.aftersales.testkit.tck;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.measurement.BreachCount;
import dev.aftersales.measurement.DurationSummary;
import dev.aftersales.measurement.Figure;
import dev.aftersales.measurement.GroupKey;
import dev.aftersales.measurement.Grouping;
import dev.aftersales.measurement.KpiRow;
import dev.aftersales.measurement.Kpis;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.MeasurementSettings;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.ReferenceMeasurement;
import dev.aftersales.measurement.Scope;
import dev.aftersales.measurement.ScoredCallback;
import dev.aftersales.measurement.TicketTimes;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.ticket.SatisfactionAspects;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.aftersales.testkit.tck.KpiSamples.CONTACT;
import static dev.aftersales.testkit.tck.KpiSamples.REPLY;
import static dev.aftersales.testkit.tck.KpiSamples.RESULT;
import static dev.aftersales.testkit.tck.KpiSamples.commitment;
import static dev.aftersales.testkit.tck.TicketSamples.BUILDING_1;
import static dev.aftersales.testkit.tck.TicketSamples.BUILDING_2;
import static dev.aftersales.testkit.tck.TicketSamples.BUILDING_3;
import static dev.aftersales.testkit.tck.TicketSamples.ENGINEERING;
import static dev.aftersales.testkit.tck.TicketSamples.ESTATE_1;
import static dev.aftersales.testkit.tck.TicketSamples.ESTATE_2;
import static dev.aftersales.testkit.tck.TicketSamples.PROPERTY_OFFICE;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_1;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_2;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_3;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The TCK of {@link dev.aftersales.spi.MeasurementRepository}: hand-worked figures (rules MS-1,
 * MS-3, RP-6) over a fixed sample set, worked out on paper from the definitions of
 * {@link ReferenceMeasurement} and checked against it too. The period is March 2025 in Shanghai;
 * T0 is Monday 3 March 2025, 09:00 local.
 *
 * <pre>
 * K01 repair    unit 1 (B1)  T0     engineering  contact met +1h; confirmed +2d, callback 5, closed +2d2h
 * K02 repair    unit 2 (B1)  T0+1d  engineering  contact met late +30h (breached T0+2d); confirmed T0+5d, no callback
 * K03 repair    unit 3 (B3)  T0+2d  property     contact running
 * K04 complaint unit 1 (B1)  20 Feb engineering : reply met +3h; confirmed T0+1d, callback 3 (speed 2, attitude 4), closed, reopened 10 days later
 * K05 complaint unit 3 (B3)  T0     property     reply met +2h; confirmed +3d, callback 4, closed +3d2h, reopened 31 days later
 * K06 complaint unit 3 (B3)  T0+1d  (none)       judged invalid; confirmed T0+2d, callback 1, closed T0+2d2h
 * K07 consult.  unit 1 (B1)  2 Apr  (none)       contact met: outside the period
 * K08 repair    B2 common    T0+3d  (none)       only a result term, breached T0+4d
 * </pre>
 */
public abstract class MeasurementContract {

    /** The time zone of the months. */
    protected static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 3 March 2025, 09:00 in Shanghai. */
    protected static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");
    /** March 2025 in Shanghai. */
    protected static final Period MARCH = Period.month(YearMonth.of(2025, 3), SHANGHAI);

    private AfterSalesStore store;
    private final List<TicketRecord> tickets = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();

    /**
     * Returns a fresh, empty store. Called before every test.
     *
     * @return the store
     */
    protected abstract AfterSalesStore newStore();

    private static Duration h(long hours) {
        return Duration.ofHours(hours);
    }

    private static Duration d(long days) {
        return Duration.ofDays(days);
    }

    /** Creates a fresh store and saves the sample set. */
    @BeforeEach
    protected void saveSamples() {
        store = newStore();
        Instant r4 = Instant.parse("2025-02-20T02:00:00Z");
        TicketRecord k01 = KpiSamples.ticket("K01", TicketKind.REPAIR, UNIT_1, T0).handledBy(ENGINEERING, T0.plus(h(1)))
                .at(T0.plus(d(2)), TicketStep.CONFIRM_CLOSURE).callback(T0.plus(d(2)).plus(h(1)), 5)
                .at(T0.plus(d(2)).plus(h(2)), TicketStep.CLOSE).record();
        Instant r2 = T0.plus(d(1));
        TicketRecord k02 = KpiSamples.ticket("K02", TicketKind.REPAIR, UNIT_2, r2).handledBy(ENGINEERING, r2.plus(h(30)))
                .at(T0.plus(d(5)), TicketStep.CONFIRM_CLOSURE).record();
        Instant r3 = T0.plus(d(2));
        TicketRecord k03 = KpiSamples.ticket("K03", TicketKind.REPAIR, UNIT_3, r3)
                .at(r3.plusSeconds(600), TicketStep.CLASSIFY_VALID)
                .at(r3.plusSeconds(1200), dev.aftersales.testkit.arbitraries.PlannedStep.assign(PROPERTY_OFFICE, "TCK-S3"))
                .record();
        Instant closed4 = T0.plus(d(1)).plus(h(2));
        TicketRecord k04 = KpiSamples.ticket("K04", TicketKind.COMPLAINT, UNIT_1, r4).handledBy(ENGINEERING, r4.plus(h(3)))
                .at(T0.plus(d(1)), TicketStep.CONFIRM_CLOSURE)
                .callback(T0.plus(d(1)).plus(h(1)), 3, new SatisfactionAspects(2, 4, null))
                .at(closed4, TicketStep.CLOSE).at(closed4.plus(d(10)), TicketStep.REOPEN).record();
        Instant closed5 = T0.plus(d(3)).plus(h(2));
        TicketRecord k05 = KpiSamples.ticket("K05", TicketKind.COMPLAINT, UNIT_3, T0).handledBy(PROPERTY_OFFICE, T0.plus(h(2)))
                .at(T0.plus(d(3)), TicketStep.CONFIRM_CLOSURE).callback(T0.plus(d(3)).plus(h(1)), 4)
                .at(closed5, TicketStep.CLOSE).at(closed5.plus(d(31)), TicketStep.REOPEN).record();
        Instant r6 = T0.plus(d(1));
        TicketRecord k06 = KpiSamples.ticket("K06", TicketKind.COMPLAINT, UNIT_3, r6)
                .at(r6.plusSeconds(600), TicketStep.CLASSIFY_INVALID).at(r6.plus(h(1)), TicketStep.CONTACT_OWNER)
                .at(T0.plus(d(2)), TicketStep.CONFIRM_CLOSURE).callback(T0.plus(d(2)).plus(h(1)), 1)
                .at(T0.plus(d(2)).plus(h(2)), TicketStep.CLOSE).record();
        Instant r7 = Instant.parse("2025-04-02T01:00:00Z");
        TicketRecord k07 = KpiSamples.ticket("K07", TicketKind.CONSULTATION, UNIT_1, r7).record();
        Instant r8 = T0.plus(d(3));
        TicketRecord k08 = KpiSamples.ticket("K08", TicketKind.REPAIR,
                TicketLocation.buildingCommonArea(BUILDING_2, ESTATE_1, "lift"), r8).record();
        tickets.addAll(List.of(k01, k02, k03, k04, k05, k06, k07, k08));
        commitments.addAll(List.of(
                commitment("C01", k01, 1, CONTACT, CommitmentStatus.MET, T0, T0.plus(d(1)), T0.plus(h(1)), null),
                commitment("C01R", k01, 1, RESULT, CommitmentStatus.MET, T0, T0.plus(d(3)), T0.plus(d(1)), null),
                commitment("C02", k02, 1, CONTACT, CommitmentStatus.MET_LATE, r2, r2.plus(d(1)), r2.plus(h(30)), r2.plus(d(1))),
                commitment("C03", k03, 1, CONTACT, CommitmentStatus.RUNNING, r3, r3.plus(d(1)), null, null),
                commitment("C04", k04, 1, REPLY, CommitmentStatus.MET, r4, r4.plus(h(24)), r4.plus(h(3)), null),
                commitment("C05", k05, 1, REPLY, CommitmentStatus.MET, T0, T0.plus(h(24)), T0.plus(h(2)), null),
                commitment("C05B", k05, 2, REPLY, CommitmentStatus.RUNNING, closed5.plus(d(31)),
                        closed5.plus(d(32)), null, null),
                commitment("C07", k07, 1, CONTACT, CommitmentStatus.MET, r7, r7.plus(d(1)), r7.plus(h(1)), null),
                commitment("C08", k08, 1, RESULT, CommitmentStatus.BREACHED, r8, r8.plus(d(1)), null, r8.plus(d(1)))));
        store.inTransaction(() -> {
            tickets.forEach(store.tickets()::save);
            commitments.forEach(store.commitments()::save);
            return null;
        });
    }

    private List<KpiRow> kpis(MeasurementQuery query) {
        List<KpiRow> rows = store.measurements().kpis(query);
        assertEquals(ReferenceMeasurement.kpis(query, tickets, commitments), rows, "the reference agrees");
        return rows;
    }

    private Kpis total(MeasurementQuery query) {
        List<KpiRow> rows = kpis(query);
        assertEquals(1, rows.size(), () -> "one total row: " + rows);
        assertEquals(GroupKey.TOTAL, rows.get(0).group());
        return rows.get(0).kpis();
    }

    private static MeasurementQuery march() {
        return MeasurementQuery.of(MARCH, Scope.all(), SHANGHAI);
    }

    private static DurationSummary durations(long count, Duration median, Duration p90) {
        return new DurationSummary(count, median, p90);
    }

    @Test
    @DisplayName("MS-1: timely response counts tickets received in the period whose response commitments all met, of those decided; running ones are pending")
    void ms1TimelyResponse() {
        Kpis k = total(march());
        assertEquals(Figure.of(2, 3), k.timelyResponse());
        assertEquals(1, k.responsePending());
    }

    @Test
    @DisplayName("MS-1: effective handling counts valid complaints confirmed in the period and not reopened within 30 days of closing")
    void ms1EffectiveHandling() {
        assertEquals(Figure.of(1, 2), total(march()).effectiveHandling());
    }

    @Test
    @DisplayName("MS-3: satisfaction counts callbacks in the period scoring at least 4, of all scored callbacks")
    void ms3Satisfaction() {
        assertEquals(Figure.of(2, 4), total(march()).satisfaction());
    }

    @Test
    @DisplayName("RP-6: callback coverage counts repairs confirmed in the period that got a callback")
    void rp6CallbackCoverage() {
        assertEquals(Figure.of(1, 2), total(march()).callbackCoverage());
    }

    @Test
    @DisplayName("MS-1: median and 90th percentile (nearest rank) of the time to first response and to closure")
    void ms1Durations() {
        Kpis k = total(march());
        assertEquals(durations(3, h(2), h(30)), k.firstResponse());
        assertEquals(durations(3, d(2).plus(h(2)), d(3).plus(h(2))), k.closure());
    }

    @Test
    @DisplayName("MS-1: nearest rank over ten response times is the 5th and the 9th; a ticket still running is pending, not ranked")
    void ms1NearestRankOfTen() {
        // June 2025, apart from the March samples: ten repairs contacted after 1..10 hours (saved in a
        // shuffled order), and an eleventh whose contact term still runs
        Instant june = Instant.parse("2025-06-02T01:00:00Z");
        List<TicketRecord> more = new ArrayList<>();
        List<Commitment> theirs = new ArrayList<>();
        for (int k : new int[] {7, 2, 10, 5, 1, 9, 4, 6, 3, 8}) {
            Instant r = june.plus(d(k));
            TicketRecord t = KpiSamples.ticket("N" + k, TicketKind.REPAIR, UNIT_1, r).handledBy(ENGINEERING, r.plus(h(k)))
                    .record();
            more.add(t);
            theirs.add(commitment("CN" + k, t, 1, CONTACT, CommitmentStatus.MET, r, r.plus(d(1)), r.plus(h(k)), null));
        }
        Instant r11 = june.plus(d(11));
        TicketRecord n11 = KpiSamples.ticket("N11", TicketKind.REPAIR, UNIT_2, r11).record();
        more.add(n11);
        theirs.add(commitment("CN11", n11, 1, CONTACT, CommitmentStatus.RUNNING, r11, r11.plus(d(1)), null, null));
        store.inTransaction(() -> {
            more.forEach(store.tickets()::save);
            theirs.forEach(store.commitments()::save);
            return null;
        });
        tickets.addAll(more);
        commitments.addAll(theirs);
        Kpis k = total(MeasurementQuery.of(Period.month(YearMonth.of(2025, 6), SHANGHAI), Scope.all(), SHANGHAI));
        assertEquals(durations(10, h(5), h(9)), k.firstResponse(), "ranks ⌈0.5·10⌉ = 5 and ⌈0.9·10⌉ = 9");
        assertEquals(Figure.of(10, 10), k.timelyResponse());
        assertEquals(1, k.responsePending());
    }

    @Test
    @DisplayName("MS-1: the tickets' times for working time: received in the period with a response commitment, first stop, closing and calendar")
    void ms1TicketTimes() {
        MeasurementQuery query = march();
        List<TicketTimes> times = store.measurements().ticketTimes(query);
        assertEquals(ReferenceMeasurement.ticketTimes(query, tickets, commitments), times, "the reference agrees");
        // K04 was received in February, K07 in April; K06 has no commitment, K08 only a result term
        Instant r2 = T0.plus(d(1));
        assertEquals(List.of(
                new TicketTimes(TicketId.of("K01"), GroupKey.TOTAL, T0, T0.plus(h(1)), T0.plus(d(2)).plus(h(2)), null),
                new TicketTimes(TicketId.of("K02"), GroupKey.TOTAL, r2, r2.plus(h(30)), null, null),
                new TicketTimes(TicketId.of("K03"), GroupKey.TOTAL, T0.plus(d(2)), null, null, null),
                new TicketTimes(TicketId.of("K05"), GroupKey.TOTAL, T0, T0.plus(h(2)), T0.plus(d(3)).plus(h(2)), null)),
                times);
        MeasurementQuery byBuilding = march().groupedBy(Grouping.BUILDING);
        assertEquals(ReferenceMeasurement.ticketTimes(byBuilding, tickets, commitments),
                store.measurements().ticketTimes(byBuilding), "grouped by building, as the reference");
        assertEquals(List.of(), store.measurements().ticketTimes(MeasurementQuery.of(
                Period.of(T0.minus(d(400)), T0.minus(d(399))), Scope.all(), SHANGHAI)), "nothing received: no times");
    }

    @Test
    @DisplayName("MS-1: figures grouped by building in one call; a building with nothing counted has no row")
    void ms1GroupedByBuilding() {
        List<KpiRow> rows = kpis(march().groupedBy(Grouping.BUILDING));
        assertEquals(List.of(
                new KpiRow(new GroupKey(null, BUILDING_1, null, null, null), new Kpis(Figure.of(1, 2), 0, Figure.of(0, 1),
                        Figure.of(1, 2), Figure.of(1, 2), durations(2, h(1), h(30)),
                        durations(1, d(2).plus(h(2)), d(2).plus(h(2))))),
                new KpiRow(new GroupKey(null, BUILDING_3, null, null, null), new Kpis(Figure.of(1, 1), 1, Figure.of(1, 1),
                        Figure.of(1, 2), Figure.empty(), durations(1, h(2), h(2)),
                        durations(2, d(1).plus(h(2)), d(3).plus(h(2)))))), rows);
    }

    @Test
    @DisplayName("MS-1: figures grouped by department and kind; tickets without a department form their own group")
    void ms1GroupedByDepartmentAndKind() {
        List<KpiRow> rows = kpis(march().groupedBy(Grouping.DEPARTMENT, Grouping.KIND));
        assertEquals(List.of(
                new GroupKey(null, null, null, TicketKind.COMPLAINT, null),
                new GroupKey(null, null, ENGINEERING, TicketKind.REPAIR, null),
                new GroupKey(null, null, ENGINEERING, TicketKind.COMPLAINT, null),
                new GroupKey(null, null, PROPERTY_OFFICE, TicketKind.REPAIR, null),
                new GroupKey(null, null, PROPERTY_OFFICE, TicketKind.COMPLAINT, null)),
                rows.stream().map(KpiRow::group).toList());
        assertEquals(new Kpis(Figure.empty(), 0, Figure.empty(), Figure.of(0, 1), Figure.empty(), DurationSummary.empty(),
                durations(1, d(1).plus(h(2)), d(1).plus(h(2)))), rows.get(0).kpis());
        assertEquals(new Kpis(Figure.empty(), 1, Figure.empty(), Figure.empty(), Figure.empty(), DurationSummary.empty(),
                DurationSummary.empty()), rows.get(3).kpis());
    }

    @Test
    @DisplayName("MS-1: figures per month: each item counts in the month of its reception, confirmation or callback")
    void ms1GroupedByMonth() {
        Period febAndMarch = Period.of(Period.month(YearMonth.of(2025, 2), SHANGHAI).from(), MARCH.to());
        List<KpiRow> rows = kpis(MeasurementQuery.of(febAndMarch, Scope.all(), SHANGHAI)
                .groupedBy(Grouping.MONTH, Grouping.ESTATE));
        Duration k04Closure = Duration.between(Instant.parse("2025-02-20T02:00:00Z"), T0.plus(d(1)).plus(h(2)));
        assertEquals(List.of(
                new KpiRow(new GroupKey(ESTATE_1, null, null, null, YearMonth.of(2025, 2)), new Kpis(Figure.of(1, 1), 0,
                        Figure.empty(), Figure.empty(), Figure.empty(), durations(1, h(3), h(3)),
                        durations(1, k04Closure, k04Closure))),
                new KpiRow(new GroupKey(ESTATE_1, null, null, null, YearMonth.of(2025, 3)), new Kpis(Figure.of(1, 2), 0,
                        Figure.of(0, 1), Figure.of(1, 2), Figure.of(1, 2), durations(2, h(1), h(30)),
                        durations(1, d(2).plus(h(2)), d(2).plus(h(2))))),
                new KpiRow(new GroupKey(ESTATE_2, null, null, null, YearMonth.of(2025, 3)), new Kpis(Figure.of(1, 1), 1,
                        Figure.of(1, 1), Figure.of(1, 2), Figure.empty(), durations(1, h(2), h(2)),
                        durations(2, d(1).plus(h(2)), d(3).plus(h(2)))))), rows);
    }

    @Test
    @DisplayName("MS-1: a scope of several kinds of narrowing (department and kind) counts only its tickets")
    void ms1Scope() {
        Kpis k = total(MeasurementQuery.of(MARCH, Scope.department(ENGINEERING).withKinds(Set.of(TicketKind.REPAIR)), SHANGHAI));
        assertEquals(Figure.of(1, 2), k.timelyResponse());
        assertEquals(Figure.of(1, 2), k.callbackCoverage());
        assertEquals(Figure.of(1, 1), k.satisfaction());
        assertEquals(Figure.empty(), k.effectiveHandling());
        Kpis e2 = total(MeasurementQuery.of(MARCH, Scope.estate(ESTATE_2).withBuildings(Set.of(BUILDING_3)), SHANGHAI));
        assertEquals(Figure.of(1, 1), e2.timelyResponse());
        assertEquals(Figure.of(1, 2), e2.satisfaction());
    }

    @Test
    @DisplayName("MS-1: a period or scope with nothing measured gives empty figures, not 0 %")
    void ms1NothingMeasured() {
        assertEquals(Kpis.none(), total(MeasurementQuery.of(Period.month(YearMonth.of(2030, 4), SHANGHAI), Scope.all(), SHANGHAI)));
        assertEquals(Kpis.none(), total(MeasurementQuery.of(MARCH, Scope.building(BUILDING_2), SHANGHAI)));
        assertEquals(List.of(), kpis(MeasurementQuery.of(MARCH, Scope.building(BUILDING_2), SHANGHAI)
                .groupedBy(Grouping.BUILDING)));
    }

    @Test
    @DisplayName("MS-1, MS-3: the reopening window, the satisfaction threshold and the response terms are settings")
    void ms1Settings() {
        MeasurementSettings defaults = MeasurementSettings.defaults();
        assertEquals(Figure.of(2, 2), total(march().withSettings(defaults.withReopenWindow(d(5)))).effectiveHandling());
        assertEquals(Figure.of(3, 4), total(march().withSettings(defaults.withSatisfiedFrom(3))).satisfaction());
        Kpis replies = total(march().withSettings(defaults.withResponseTerms(Set.of(REPLY))));
        assertEquals(Figure.of(1, 1), replies.timelyResponse());
        assertEquals(0, replies.responsePending());
        assertEquals(durations(1, h(2), h(2)), replies.firstResponse());
    }

    @Test
    @DisplayName("MS-1: breaches per term and department in the period, narrowed by the scope")
    void ms1Breaches() {
        assertEquals(List.of(new BreachCount(RESULT, null, 1), new BreachCount(CONTACT, ENGINEERING, 1)),
                store.measurements().breaches(MARCH, Scope.all()));
        assertEquals(List.of(new BreachCount(CONTACT, ENGINEERING, 1)),
                store.measurements().breaches(MARCH, Scope.department(ENGINEERING)));
        assertEquals(List.of(), store.measurements().breaches(MARCH, Scope.estate(ESTATE_2)));
        assertEquals(ReferenceMeasurement.breaches(MARCH, Scope.all(), commitments),
                store.measurements().breaches(MARCH, Scope.all()));
    }

    @Test
    @DisplayName("MS-3: the dissatisfied callbacks of a period are listed for review, newest first, with department, kind and rated aspects")
    void ms3DissatisfiedReview() {
        List<ScoredCallback> all = store.measurements().dissatisfied(march());
        assertEquals(List.of("K06", "K04"), all.stream().map(c -> c.ticketId().value()).toList());
        ScoredCallback k04 = all.get(1);
        assertEquals(TicketKind.COMPLAINT, k04.kind());
        assertEquals(ENGINEERING, k04.department());
        assertEquals(BUILDING_1, k04.building());
        assertEquals(3, k04.satisfaction());
        assertEquals(new SatisfactionAspects(2, 4, null), k04.aspects());
        assertEquals(T0.plus(d(1)).plus(h(1)), k04.at());
        assertEquals(dev.aftersales.ticket.CallbackMethod.PHONE, k04.method());
        assertEquals(null, all.get(0).department());
        assertEquals(SatisfactionAspects.none(), all.get(0).aspects());
        assertEquals(List.of("K06"), store.measurements().dissatisfied(MeasurementQuery.of(MARCH,
                Scope.building(BUILDING_3), SHANGHAI)).stream().map(c -> c.ticketId().value()).toList());
        MeasurementQuery strict = march().withSettings(MeasurementSettings.defaults().withSatisfiedFrom(5));
        assertEquals(List.of("K05", "K06", "K04"), store.measurements().dissatisfied(strict).stream()
                .map(c -> c.ticketId().value()).toList());
        assertEquals(ReferenceMeasurement.dissatisfied(strict, tickets), store.measurements().dissatisfied(strict));
    }
}
