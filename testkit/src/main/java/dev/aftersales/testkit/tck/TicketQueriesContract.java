package dev.aftersales.testkit.tck;

import static dev.aftersales.testkit.tck.TicketSamples.BUILDING_1;
import static dev.aftersales.testkit.tck.TicketSamples.BUILDING_2;
import static dev.aftersales.testkit.tck.TicketSamples.BUILDING_3;
import static dev.aftersales.testkit.tck.TicketSamples.ENGINEERING;
import static dev.aftersales.testkit.tck.TicketSamples.ESTATE_1;
import static dev.aftersales.testkit.tck.TicketSamples.ESTATE_2;
import static dev.aftersales.testkit.tck.TicketSamples.OWNER_1;
import static dev.aftersales.testkit.tck.TicketSamples.OWNER_2;
import static dev.aftersales.testkit.tck.TicketSamples.PROPERTY_OFFICE;
import static dev.aftersales.testkit.tck.TicketSamples.TO_CLOSED;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_1;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_2;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.testkit.arbitraries.PlannedStep;
import dev.aftersales.ticket.ContactPerson;
import dev.aftersales.ticket.Openness;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The TCK for {@link TicketRepository} queries: by unit, owner, building, estate, state,
 * department and reporting period; open/closed filters; the stable order (reported-at, then id);
 * paging. An adapter author extends this class and implements {@link #newStore()}.
 *
 * <p>The sample set (ids {@code Q01..Q10}, saved in a scrambled order), in the stable order:
 * <pre>
 * Q01 T0      unit 1 (building 1, estate 1)   owner 1   RECEIVED
 * Q09 T0      estate 2 common area            staff     RECEIVED
 * Q02 T0+1h   unit 1                          owner 2   CLOSED, engineering
 * Q03 T0+1h   unit 2 (building 1)             owner 1   ASSIGNED, property office
 * Q04 T0+2h   building 1 common area          staff     CLASSIFIED
 * Q05 T0+3h   estate 1 common area            contact   FORWARDED
 * Q06 T0+4h   unit 3 (building 3, estate 2)   owner 2   ASSIGNED, engineering then property office
 * Q07 T0+1d   building 2 common area          owner 1   CLOSED consultation, never assigned
 * Q08 T0+2d   unit 1                          owner 1   WAITING, engineering
 * Q10 T0+2d   unit 2                          contact   RECEIVED
 * </pre>
 */
public abstract class TicketQueriesContract {

    /** The reference instant of the sample set. */
    protected static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_LIMIT);

    private TicketStoreFixture store;
    private TicketRepository tickets;

    /**
     * Returns a fresh, empty store. Called before every test.
     *
     * @return the fixture
     */
    protected abstract TicketStoreFixture newStore();

    /** Creates a fresh store and saves the sample set. */
    @BeforeEach
    protected void createStoreWithSamples() {
        store = newStore();
        tickets = store.tickets();
        Reporter contact = Reporter.byContact(ContactPerson.of("李四", "13900000000"));
        Reporter staff = Reporter.byStaff("TCK-PATROL");
        Reporter owner1 = Reporter.byOwner(OWNER_1);
        Reporter owner2 = Reporter.byOwner(OWNER_2);
        List<TicketRecord> samples = List.of(
                TicketSamples.ticket("Q07", TicketKind.CONSULTATION, T0.plus(Duration.ofDays(1)),
                        TicketLocation.buildingCommonArea(BUILDING_2, ESTATE_1, "lift"), owner1,
                        TicketSamples.planned(TicketStep.ANSWER, TicketStep.CLOSE)),
                TicketSamples.repair("Q03", T0.plus(Duration.ofHours(1)), UNIT_2, owner1, TicketStep.CLASSIFY_VALID),
                TicketSamples.repair("Q10", T0.plus(Duration.ofDays(2)), UNIT_2, contact),
                TicketSamples.repair("Q01", T0, UNIT_1, owner1),
                TicketSamples.repair("Q09", T0, TicketLocation.estateCommonArea(ESTATE_2, "pond"), staff),
                TicketSamples.repair("Q05", T0.plus(Duration.ofHours(3)),
                        TicketLocation.estateCommonArea(ESTATE_1, "car park"), contact, TicketStep.FORWARD),
                TicketSamples.ticket("Q02", TicketKind.REPAIR, T0.plus(Duration.ofHours(1)), UNIT_1, owner2,
                        withEngineering(TicketSamples.planned(TO_CLOSED))),
                TicketSamples.ticket("Q08", TicketKind.REPAIR, T0.plus(Duration.ofDays(2)), UNIT_1, owner1,
                        PlannedStep.of(TicketStep.CLASSIFY_VALID), PlannedStep.assign(ENGINEERING, "S-1"),
                        PlannedStep.of(TicketStep.WAIT)),
                TicketSamples.repair("Q04", T0.plus(Duration.ofHours(2)),
                        TicketLocation.buildingCommonArea(BUILDING_1, ESTATE_1, "roof"), staff, TicketStep.CLASSIFY_VALID),
                TicketSamples.ticket("Q06", TicketKind.COMPLAINT, T0.plus(Duration.ofHours(4)), UNIT_3, owner2,
                        PlannedStep.of(TicketStep.CLASSIFY_VALID), PlannedStep.assign(ENGINEERING, "S-1"),
                        PlannedStep.assign(PROPERTY_OFFICE, "S-2")));
        for (TicketRecord r : samples) {
            TicketRecord saved = tickets.save(r);
            if (saved.id().value().equals("Q03")) {
                tickets.save(TicketSamples.step(saved, saved.lastEntry().at().plusSeconds(60),
                        PlannedStep.assign(PROPERTY_OFFICE, "S-3")));
            }
        }
    }

    private static PlannedStep[] withEngineering(PlannedStep[] steps) {
        for (int i = 0; i < steps.length; i++) {
            if (steps[i].step() == TicketStep.ASSIGN) {
                steps[i] = PlannedStep.assign(ENGINEERING, "S-1");
            }
        }
        return steps;
    }

    private static List<String> ids(Page<TicketRecord> page) {
        return page.items().stream().map(r -> r.id().value()).toList();
    }

    /**
     * Pages through a query with pages of 1, 2 and 3 items and checks that the pages concatenate
     * to the expected result, that only the last page says no more follows, and that a page
     * after the end is empty.
     */
    private static void assertPaged(List<String> expected, Function<PageRequest, Page<TicketRecord>> query) {
        assertEquals(expected, ids(query.apply(ALL)), "the whole result in the stable order");
        for (int size = 1; size <= 3; size++) {
            List<String> seen = new ArrayList<>();
            PageRequest request = PageRequest.first(size);
            while (true) {
                Page<TicketRecord> page = query.apply(request);
                seen.addAll(ids(page));
                if (!page.hasMore()) {
                    break;
                }
                assertEquals(size, page.items().size(), "a page followed by more is full");
                request = request.next();
            }
            assertEquals(expected, seen, "pages of " + size + " concatenate to the result");
        }
        Page<TicketRecord> beyond = query.apply(new PageRequest(expected.size(), 5));
        assertTrue(beyond.items().isEmpty(), "a page after the end is empty");
        assertFalse(beyond.hasMore(), "nothing follows the end");
    }

    @Test
    @DisplayName("tickets by unit, in reported-at then id order, with open and closed filters")
    void byUnit() {
        UnitId unit1 = UNIT_1.unitId();
        assertPaged(List.of("Q01", "Q02", "Q08"), p -> tickets.findByUnit(unit1, Openness.ANY, p));
        assertPaged(List.of("Q01", "Q08"), p -> tickets.findByUnit(unit1, Openness.OPEN, p));
        assertPaged(List.of("Q02"), p -> tickets.findByUnit(unit1, Openness.CLOSED, p));
        assertPaged(List.of("Q03", "Q10"), p -> tickets.findByUnit(UNIT_2.unitId(), Openness.ANY, p));
    }

    @Test
    @DisplayName("tickets by owner: only tickets that owner raised, never contacts' or staff's")
    void byOwner() {
        assertPaged(List.of("Q01", "Q03", "Q07", "Q08"), p -> tickets.findByOwner(OWNER_1, Openness.ANY, p));
        assertPaged(List.of("Q01", "Q03", "Q08"), p -> tickets.findByOwner(OWNER_1, Openness.OPEN, p));
        assertPaged(List.of("Q02", "Q06"), p -> tickets.findByOwner(OWNER_2, Openness.ANY, p));
    }

    @Test
    @DisplayName("tickets by building: its units and its common areas, not the estate's common areas")
    void byBuilding() {
        assertPaged(List.of("Q01", "Q02", "Q03", "Q04", "Q08", "Q10"),
                p -> tickets.findByBuilding(BUILDING_1, Openness.ANY, p));
        assertPaged(List.of("Q07"), p -> tickets.findByBuilding(BUILDING_2, Openness.ANY, p));
        assertPaged(List.of(), p -> tickets.findByBuilding(BUILDING_2, Openness.OPEN, p));
        assertPaged(List.of("Q06"), p -> tickets.findByBuilding(BUILDING_3, Openness.ANY, p));
    }

    @Test
    @DisplayName("tickets by estate: units, buildings and common areas of that estate")
    void byEstate() {
        assertPaged(List.of("Q01", "Q02", "Q03", "Q04", "Q05", "Q07", "Q08", "Q10"),
                p -> tickets.findByEstate(ESTATE_1, Openness.ANY, p));
        assertPaged(List.of("Q02", "Q07"), p -> tickets.findByEstate(ESTATE_1, Openness.CLOSED, p));
        assertPaged(List.of("Q09", "Q06"), p -> tickets.findByEstate(ESTATE_2, Openness.ANY, p));
    }

    @Test
    @DisplayName("tickets by current state")
    void byState() {
        assertPaged(List.of("Q01", "Q09", "Q10"), p -> tickets.findByState(TicketState.RECEIVED, p));
        assertPaged(List.of("Q02", "Q07"), p -> tickets.findByState(TicketState.CLOSED, p));
        assertPaged(List.of("Q03", "Q06"), p -> tickets.findByState(TicketState.ASSIGNED, p));
        assertPaged(List.of("Q08"), p -> tickets.findByState(TicketState.WAITING, p));
        assertPaged(List.of(), p -> tickets.findByState(TicketState.IN_PROGRESS, p));
    }

    @Test
    @DisplayName("tickets by responsible department: the latest assignment counts; never-assigned tickets never match")
    void byDepartment() {
        assertPaged(List.of("Q02", "Q08"), p -> tickets.findByDepartment(ENGINEERING, Openness.ANY, p));
        assertPaged(List.of("Q08"), p -> tickets.findByDepartment(ENGINEERING, Openness.OPEN, p));
        assertPaged(List.of("Q03", "Q06"), p -> tickets.findByDepartment(PROPERTY_OFFICE, Openness.ANY, p));
        assertPaged(List.of(), p -> tickets.findByDepartment(TicketSamples.HOTLINE, Openness.ANY, p));
    }

    @Test
    @DisplayName("tickets reported in a half-open period [from, to)")
    void reportedBetween() {
        assertPaged(List.of("Q01", "Q09"), p -> tickets.findReportedBetween(T0, T0.plus(Duration.ofHours(1)), p));
        assertPaged(List.of("Q02", "Q03", "Q04", "Q05", "Q06"),
                p -> tickets.findReportedBetween(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofDays(1)), p));
        assertPaged(List.of("Q07", "Q08", "Q10"),
                p -> tickets.findReportedBetween(T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(3)), p));
        assertPaged(List.of(), p -> tickets.findReportedBetween(T0, T0, p));
    }

    @Test
    @DisplayName("IN-2 bounds outside the supported range are clamped, never refused: Instant.MIN..MAX finds all")
    void in2_boundsAreClamped() {
        List<String> all = List.of("Q01", "Q09", "Q02", "Q03", "Q04", "Q05", "Q06", "Q07", "Q08", "Q10");
        assertPaged(all, p -> tickets.findReportedBetween(Instant.MIN, Instant.MAX, p));
        assertPaged(all, p -> tickets.findReportedBetween(Instant.parse("1900-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59Z"), p));
        assertPaged(List.of("Q01", "Q09"), p -> tickets.findReportedBetween(Instant.MIN, T0.plus(Duration.ofHours(1)), p));
        assertPaged(List.of(), p -> tickets.findReportedBetween(Instant.MIN, Instant.parse("1969-12-31T00:00:00Z"), p));
        assertPaged(List.of(), p -> tickets.findReportedBetween(Instant.parse("2262-04-12T00:00:00Z"), Instant.MAX, p));
    }

    @Test
    @DisplayName("a period that ends before it starts is refused")
    void reversedPeriodIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> tickets.findReportedBetween(T0.plusSeconds(1), T0, ALL));
    }

    @Test
    @DisplayName("unknown ids give empty pages, never an exception")
    void unknownIdsGiveEmptyPages() {
        assertPaged(List.of(), p -> tickets.findByUnit(UnitId.of("nope"), Openness.ANY, p));
        assertPaged(List.of(), p -> tickets.findByOwner(OwnerId.of("nope"), Openness.ANY, p));
        assertPaged(List.of(), p -> tickets.findByBuilding(BuildingId.of("nope"), Openness.ANY, p));
        assertPaged(List.of(), p -> tickets.findByEstate(EstateId.of("nope"), Openness.ANY, p));
        assertPaged(List.of(), p -> tickets.findByDepartment(DepartmentId.of("nope"), Openness.ANY, p));
    }

    @Test
    @DisplayName("queries see the latest version of each ticket")
    void queriesSeeUpdates() {
        TicketRecord q01 = tickets.findById(TicketId.of("Q01")).orElseThrow();
        tickets.save(TicketSamples.step(q01, T0.plus(Duration.ofDays(5)), PlannedStep.of(TicketStep.FORWARD)));
        assertPaged(List.of("Q09", "Q10"), p -> tickets.findByState(TicketState.RECEIVED, p));
        assertPaged(List.of("Q01", "Q05"), p -> tickets.findByState(TicketState.FORWARDED, p));
        TicketRecord q08 = tickets.findById(TicketId.of("Q08")).orElseThrow();
        TicketRecord resumed = TicketSamples.step(q08, T0.plus(Duration.ofDays(5)), PlannedStep.of(TicketStep.RESUME));
        tickets.save(TicketSamples.step(resumed, T0.plus(Duration.ofDays(5)), PlannedStep.assign(PROPERTY_OFFICE, "S-4")));
        assertPaged(List.of("Q02"), p -> tickets.findByDepartment(ENGINEERING, Openness.ANY, p));
    }

    @Test
    @DisplayName("inside a unit of work, queries see the unit's own writes")
    void queriesInsideUnitOfWorkSeeOwnWrites() {
        store.unitOfWork().run(() -> {
            tickets.save(TicketSamples.repair("Q00", T0.minusSeconds(1), UNIT_1, Reporter.byOwner(OWNER_1)));
            assertEquals(List.of("Q00", "Q01", "Q02", "Q08"), ids(tickets.findByUnit(UNIT_1.unitId(), Openness.ANY, ALL)));
        });
        assertEquals(List.of("Q00", "Q01", "Q02", "Q08"), ids(tickets.findByUnit(UNIT_1.unitId(), Openness.ANY, ALL)));
    }

    @Test
    @DisplayName("null arguments are refused with NullPointerException")
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> tickets.findByUnit(null, Openness.ANY, ALL));
        assertThrows(NullPointerException.class, () -> tickets.findByUnit(UNIT_1.unitId(), null, ALL));
        assertThrows(NullPointerException.class, () -> tickets.findByUnit(UNIT_1.unitId(), Openness.ANY, null));
        assertThrows(NullPointerException.class, () -> tickets.findByState(null, ALL));
        assertThrows(NullPointerException.class, () -> tickets.findReportedBetween(null, T0, ALL));
    }
}
