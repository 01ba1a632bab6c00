package dev.aftersales.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.common.PageRequest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule EU-2: per plot, buildings, households, shops, parking spaces total and usable, as a query. */
class PlotCountsTest {

    private final ServiceFixture f = new ServiceFixture().withEstate();

    private void unit(String building, String id, UnitKind kind, String area, UnitCondition condition) {
        f.service.addUnit(new AddUnit(building, id, id, kind, new BigDecimal(area), UnitUsage.OTHER, condition));
    }

    @Test
    @DisplayName("EU-2 households are residences, shops are shops, only usable parking spaces count as usable")
    void eu2_countsPerPlot() {
        unit("A1", "R1", UnitKind.RESIDENCE, "89.5", UnitCondition.USABLE);
        unit("A1", "R2", UnitKind.RESIDENCE, "120.25", UnitCondition.UNDER_CONSTRUCTION);
        unit("A2", "R3", UnitKind.RESIDENCE, "60", UnitCondition.USABLE);
        unit("A2", "S1", UnitKind.SHOP, "45", UnitCondition.USABLE);
        unit("A2", "P1", UnitKind.PARKING_SPACE, "12.5", UnitCondition.USABLE);
        unit("A2", "P2", UnitKind.PARKING_SPACE, "12.5", UnitCondition.RESERVED);
        unit("A2", "P3", UnitKind.PARKING_SPACE, "12.5", UnitCondition.UNDER_CONSTRUCTION);
        unit("A2", "P4", UnitKind.PARKING_SPACE, "12.5", UnitCondition.OUT_OF_SERVICE);
        unit("A2", "N1", UnitKind.NON_MOTOR_PARKING, "1.5", UnitCondition.USABLE);
        unit("A1", "M1", UnitKind.PROPERTY_MANAGEMENT_ROOM, "541", UnitCondition.USABLE);
        unit("B1", "RB", UnitKind.RESIDENCE, "100", UnitCondition.USABLE);

        PlotCounts a = f.service.countPlot(PlotId.of("A"));
        assertEquals(2, a.buildings());
        assertEquals(3, a.households());
        assertEquals(1, a.shops());
        assertEquals(4, a.parkingSpaces());
        assertEquals(1, a.usableParkingSpaces());
        assertEquals(1, a.nonMotorParkingSpaces());
        assertEquals(new BigDecimal("269.75"), a.residentialArea());
        assertEquals(new BigDecimal("541"), a.propertyManagementRoomArea());
        assertEquals(10, a.units().total());

        PlotCounts b = f.service.countPlot(PlotId.of("B"));
        assertEquals(1, b.buildings());
        assertEquals(1, b.households());
        assertEquals(0, b.parkingSpaces());
    }

    @Test
    @DisplayName("EU-2 a parking space that becomes usable is counted as usable")
    void eu2_conditionChangeMovesTheUsableCount() {
        unit("A1", "P1", UnitKind.PARKING_SPACE, "12.5", UnitCondition.UNDER_CONSTRUCTION);
        assertEquals(0, f.service.countPlot(PlotId.of("A")).usableParkingSpaces());
        f.service.changeUnitCondition(UnitId.of("P1"), UnitCondition.USABLE);
        assertEquals(1, f.service.countPlot(PlotId.of("A")).usableParkingSpaces());
    }

    @Test
    @DisplayName("EU-2 a plot without units counts zero everywhere; an unknown plot is an error")
    void eu2_emptyAndUnknownPlots() {
        PlotCounts b = f.service.countPlot(PlotId.of("B"));
        assertEquals(UnitCounts.none(), b.units());
        assertEquals(1, b.buildings());
        assertThrows(PropertyNotFoundException.class, () -> f.service.countPlot(PlotId.of("Z")));
    }

    @Test
    @DisplayName("EU-2 the query equals the reference tally of the plot's units")
    void eu2_queryEqualsTally() {
        unit("A1", "R1", UnitKind.RESIDENCE, "89.50", UnitCondition.USABLE);
        unit("A2", "P1", UnitKind.PARKING_SPACE, "12.5", UnitCondition.USABLE);
        List<Unit> unitsOfA = f.service.unitsOfPlot(PlotId.of("A"), PageRequest.first(100)).items();
        assertEquals(UnitCounts.tally(unitsOfA), f.service.countPlot(PlotId.of("A")).units());
    }

    @Test
    @DisplayName("EU-2 counts refuse more usable parking spaces than parking spaces")
    void eu2_usableNeverExceedsTotal() {
        assertThrows(IllegalArgumentException.class, () -> new UnitCounts(java.util.Map.of(), java.util.Map.of(), 1));
    }
}
