package dev.aftersales.testkit.tck;

import static dev.aftersales.testkit.tck.PropertySamples.building;
import static dev.aftersales.testkit.tck.PropertySamples.estate;
import static dev.aftersales.testkit.tck.PropertySamples.plot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.Building;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.Estate;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.Plot;
import dev.aftersales.property.PlotId;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.StaleWriteException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contracts of {@link EstateRepository}: estates, plots and buildings (rule EU-1). */
public abstract class EstateRepositoryContract extends PropertyContractSupport {

    /** Creates the contract. */
    protected EstateRepositoryContract() {
    }

    private EstateRepository repo() {
        return store.estates();
    }

    @Test
    @DisplayName("a saved estate, plot and building are found as saved, at version 1")
    void saveAndFind() {
        Estate e = repo().saveEstate(estate("E1"));
        Plot p = repo().savePlot(plot("A", "E1"));
        Building b = repo().saveBuilding(building("A1", plot("A", "E1")));
        assertEquals(estate("E1").withVersion(1), e);
        assertEquals(List.of(e, p, b), List.of(repo().findEstate(EstateId.of("E1")).orElseThrow(),
                repo().findPlot(PlotId.of("A")).orElseThrow(), repo().findBuilding(BuildingId.of("A1")).orElseThrow()));
        assertEquals(1, p.version());
        assertEquals(1, b.version());
    }

    @Test
    @DisplayName("finding a missing estate, plot or building returns empty")
    void missingIsEmpty() {
        assertTrue(repo().findEstate(EstateId.of("nope")).isEmpty());
        assertTrue(repo().findPlot(PlotId.of("nope")).isEmpty());
        assertTrue(repo().findBuilding(BuildingId.of("nope")).isEmpty());
        assertTrue(repo().findPlotsOfEstate(EstateId.of("nope"), PageRequest.first(10)).items().isEmpty());
        assertEquals(0, repo().countBuildingsOfPlot(PlotId.of("nope")));
    }

    @Test
    @DisplayName("estates, plots and buildings have separate id spaces")
    void separateIdSpaces() {
        repo().saveEstate(estate("X"));
        repo().savePlot(plot("X", "X"));
        repo().saveBuilding(building("X", plot("X", "X")));
        assertEquals("X", repo().findPlot(PlotId.of("X")).orElseThrow().idText());
        assertEquals(1, repo().findEstate(EstateId.of("X")).orElseThrow().version());
    }

    @Test
    @DisplayName("an update from the stored version succeeds and increments the version")
    void updateFromStoredVersion() {
        Estate v1 = repo().saveEstate(estate("E1"));
        Estate v2 = repo().saveEstate(v1.withName("renamed"));
        assertEquals(2, v2.version());
        assertEquals("renamed", repo().findEstate(EstateId.of("E1")).orElseThrow().name());
    }

    @Test
    @DisplayName("a stale update throws StaleWriteException and changes nothing")
    void staleUpdateChangesNothing() {
        Plot v1 = repo().savePlot(plot("A", "E1"));
        Plot v2 = repo().savePlot(v1.withName("second"));
        StaleWriteException e = assertThrows(StaleWriteException.class, () -> repo().savePlot(v1.withName("third")));
        assertEquals("A", e.recordId());
        assertEquals(v2, repo().findPlot(PlotId.of("A")).orElseThrow());
    }

    @Test
    @DisplayName("inserting an existing id throws StaleWriteException and changes nothing")
    void insertOfExistingIdIsStale() {
        Building stored = repo().saveBuilding(building("A1", plot("A", "E1")));
        assertThrows(StaleWriteException.class, () -> repo().saveBuilding(building("A1", plot("B", "E1"))));
        assertEquals(stored, repo().findBuilding(BuildingId.of("A1")).orElseThrow());
    }

    @Test
    @DisplayName("updating a record that was never stored throws StaleWriteException and stores nothing")
    void updateOfMissingIsStale() {
        assertThrows(StaleWriteException.class, () -> repo().saveEstate(estate("E9").withVersion(3)));
        assertTrue(repo().findEstate(EstateId.of("E9")).isEmpty());
    }

    @Test
    @DisplayName("plots of an estate and buildings of a plot or estate come in id order, and only theirs")
    void queriesFilterAndOrderById() {
        for (String id : List.of("C", "A", "B")) {
            repo().savePlot(plot(id, "E1"));
        }
        repo().savePlot(plot("Z", "E2"));
        assertEquals(List.of("A", "B", "C"), ids(repo().findPlotsOfEstate(EstateId.of("E1"), PageRequest.first(10))));
        for (String id : List.of("A3", "A1", "A2")) {
            repo().saveBuilding(building(id, plot("A", "E1")));
        }
        repo().saveBuilding(building("B1", plot("B", "E1")));
        repo().saveBuilding(building("Z1", plot("Z", "E2")));
        assertEquals(List.of("A1", "A2", "A3"), ids(repo().findBuildingsOfPlot(PlotId.of("A"), PageRequest.first(10))));
        assertEquals(List.of("A1", "A2", "A3", "B1"),
                ids(repo().findBuildingsOfEstate(EstateId.of("E1"), PageRequest.first(10))));
        assertEquals(3, repo().countBuildingsOfPlot(PlotId.of("A")));
    }

    @Test
    @DisplayName("paging through estates neither repeats nor skips one and says when more follow")
    void pagingIsStable() {
        for (int i = 23; i >= 1; i--) {
            repo().saveEstate(estate(String.format("E%02d", i)));
        }
        Page<Estate> page = repo().findEstates(PageRequest.first(10));
        List<String> seen = new java.util.ArrayList<>(ids(page));
        assertTrue(page.hasMore());
        page = repo().findEstates(page.request().next());
        seen.addAll(ids(page));
        page = repo().findEstates(page.request().next());
        seen.addAll(ids(page));
        assertFalse(page.hasMore());
        assertEquals(3, page.items().size());
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 23).mapToObj(i -> String.format("E%02d", i)).toList(), seen);
        assertTrue(repo().findEstates(new PageRequest(100, 10)).items().isEmpty());
    }

    private static List<String> ids(Page<? extends dev.aftersales.common.Versioned<?>> page) {
        return page.items().stream().map(dev.aftersales.common.Versioned::idText).toList();
    }
}
