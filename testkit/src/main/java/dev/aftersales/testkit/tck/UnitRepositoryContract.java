package dev.aftersales.testkit.tck;

import static dev.aftersales.testkit.tck.PropertySamples.building;
import static dev.aftersales.testkit.tck.PropertySamples.plot;
import static dev.aftersales.testkit.tck.PropertySamples.residence;
import static dev.aftersales.testkit.tck.PropertySamples.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.Building;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.Unit;
import dev.aftersales.property.UnitCondition;
import dev.aftersales.property.UnitCounts;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.UnitRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contracts of {@link UnitRepository}: units (EU-1) and the per-plot counts (EU-2). */
public abstract class UnitRepositoryContract extends PropertyContractSupport {

    private static final Building A1 = building("A1", plot("A", "E1"));
    private static final Building A2 = building("A2", plot("A", "E1"));
    private static final Building B1 = building("B1", plot("B", "E1"));
    private static final Building Z1 = building("Z1", plot("Z", "E2"));

    /** Creates the contract. */
    protected UnitRepositoryContract() {
    }

    private UnitRepository repo() {
        return store.units();
    }

    @Test
    @DisplayName("a saved unit is found equal to what was saved, every field kept, at version 1")
    void saveAndFind() {
        Unit sold = unit("U1", A1, UnitKind.SHOP, UnitCondition.RESERVED).withCurrentOwnership(OwnershipId.of("OS-1"));
        Unit stored = repo().save(sold);
        assertEquals(sold.withVersion(1), stored);
        assertEquals(stored, repo().findById(UnitId.of("U1")).orElseThrow());
        Unit unsold = repo().save(residence("U2", A1));
        assertEquals(unsold, repo().findById(UnitId.of("U2")).orElseThrow());
        assertEquals(new BigDecimal("89.62"), unsold.area().squareMetres());
    }

    @Test
    @DisplayName("finding a missing unit returns empty; queries on unknown parents return empty pages")
    void missingIsEmpty() {
        assertTrue(repo().findById(UnitId.of("nope")).isEmpty());
        assertTrue(repo().findByBuilding(BuildingId.of("nope"), PageRequest.first(5)).items().isEmpty());
        assertTrue(repo().findByPlot(PlotId.of("nope"), PageRequest.first(5)).items().isEmpty());
        assertTrue(repo().findByEstate(EstateId.of("nope"), PageRequest.first(5)).items().isEmpty());
        assertEquals(UnitCounts.none(), repo().countByPlot(PlotId.of("nope")));
    }

    @Test
    @DisplayName("a stale update throws StaleWriteException and changes nothing")
    void staleUpdateChangesNothing() {
        Unit v1 = repo().save(residence("U1", A1));
        Unit v2 = repo().save(v1.withCondition(UnitCondition.OUT_OF_SERVICE));
        StaleWriteException e = assertThrows(StaleWriteException.class,
                () -> repo().save(v1.withCurrentOwnership(OwnershipId.of("OS-1"))));
        assertEquals(1, e.expectedVersion());
        assertEquals(v2, repo().findById(UnitId.of("U1")).orElseThrow());
    }

    @Test
    @DisplayName("inserting an existing id or updating a missing unit throws StaleWriteException and changes nothing")
    void insertExistingAndUpdateMissing() {
        Unit stored = repo().save(residence("U1", A1));
        assertThrows(StaleWriteException.class, () -> repo().save(residence("U1", B1)));
        assertEquals(stored, repo().findById(UnitId.of("U1")).orElseThrow());
        assertThrows(StaleWriteException.class, () -> repo().save(residence("U9", A1).withVersion(1)));
        assertTrue(repo().findById(UnitId.of("U9")).isEmpty());
    }

    @Test
    @DisplayName("units of a building, plot and estate come in id order, and only theirs")
    void queriesFilterAndOrderById() {
        List<Unit> all = new ArrayList<>(List.of(residence("U05", A1), residence("U03", A2), residence("U01", A1),
                residence("U04", B1), residence("U02", Z1)));
        Collections.shuffle(all, new Random(7));
        all.forEach(repo()::save);
        assertEquals(List.of("U01", "U05"), ids(repo().findByBuilding(BuildingId.of("A1"), PageRequest.first(10))));
        assertEquals(List.of("U01", "U03", "U05"), ids(repo().findByPlot(PlotId.of("A"), PageRequest.first(10))));
        assertEquals(List.of("U01", "U03", "U04", "U05"),
                ids(repo().findByEstate(EstateId.of("E1"), PageRequest.first(10))));
    }

    @Test
    @DisplayName("paging through a plot's units neither repeats nor skips one and says when more follow")
    void pagingIsStable() {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            expected.add(String.format("U%03d", i));
        }
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(11));
        shuffled.forEach(id -> repo().save(residence(id, id.hashCode() % 2 == 0 ? A1 : A2)));
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(7);
        Page<Unit> page;
        do {
            page = repo().findByPlot(PlotId.of("A"), request);
            seen.addAll(ids(page));
            request = request.next();
        } while (page.hasMore());
        assertEquals(expected, seen);
        assertFalse(page.hasMore());
        assertEquals(4, page.items().size());
    }

    @Test
    @DisplayName("EU-2 the per-plot counts equal the reference tally: kinds, areas and usable parking spaces")
    void eu2_countsEqualTally() {
        List<Unit> plotA = List.of(residence("R1", A1), unit("R2", A2, UnitKind.RESIDENCE, UnitCondition.UNDER_CONSTRUCTION),
                unit("S1", A1, UnitKind.SHOP, UnitCondition.USABLE),
                unit("P1", A2, UnitKind.PARKING_SPACE, UnitCondition.USABLE),
                unit("P2", A2, UnitKind.PARKING_SPACE, UnitCondition.RESERVED),
                unit("N1", A2, UnitKind.NON_MOTOR_PARKING, UnitCondition.USABLE),
                unit("M1", A1, UnitKind.PROPERTY_MANAGEMENT_ROOM, UnitCondition.USABLE));
        plotA.forEach(repo()::save);
        repo().save(unit("P3", B1, UnitKind.PARKING_SPACE, UnitCondition.USABLE));
        UnitCounts counts = repo().countByPlot(PlotId.of("A"));
        assertEquals(UnitCounts.tally(plotA), counts);
        assertEquals(2, counts.count(UnitKind.RESIDENCE));
        assertEquals(2, counts.count(UnitKind.PARKING_SPACE));
        assertEquals(1, counts.usableParkingSpaces());
        assertEquals(new BigDecimal("179.24"), counts.area(UnitKind.RESIDENCE));
    }

    @Test
    @DisplayName("EU-2 the counts follow a change of condition")
    void eu2_countsFollowUpdates() {
        Unit p = repo().save(unit("P1", A1, UnitKind.PARKING_SPACE, UnitCondition.UNDER_CONSTRUCTION));
        assertEquals(0, repo().countByPlot(PlotId.of("A")).usableParkingSpaces());
        repo().save(p.withCondition(UnitCondition.USABLE));
        assertEquals(1, repo().countByPlot(PlotId.of("A")).usableParkingSpaces());
    }

    private static List<String> ids(Page<Unit> page) {
        return page.items().stream().map(Unit::idText).toList();
    }
}
