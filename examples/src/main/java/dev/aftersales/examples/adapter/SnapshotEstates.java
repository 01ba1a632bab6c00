package dev.aftersales.examples.adapter;

import static dev.aftersales.examples.adapter.SnapshotStore.byId;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.examples.adapter.Snapshot.Table;
import dev.aftersales.property.Building;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.Estate;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.Plot;
import dev.aftersales.property.PlotId;
import dev.aftersales.spi.EstateRepository;
import java.util.Objects;
import java.util.Optional;

/**
 * Estates, plots and buildings (rule EU-1) in the {@link SnapshotStore}: three tables, so three id
 * spaces. Every method is one line over the store's {@code save}, {@code find} and {@code query};
 * the orders are the ones {@link EstateRepository} documents (id text ascending).
 */
final class SnapshotEstates implements EstateRepository {

    private final SnapshotStore store;

    SnapshotEstates(SnapshotStore store) {
        this.store = store;
    }

    @Override
    public Estate saveEstate(Estate estate) {
        return store.save(Table.ESTATES, estate);
    }

    @Override
    public Optional<Estate> findEstate(EstateId id) {
        return store.find(Table.ESTATES, id.value());
    }

    @Override
    public Page<Estate> findEstates(PageRequest page) {
        return store.query(Table.ESTATES, e -> true, byId(), page);
    }

    @Override
    public Plot savePlot(Plot plot) {
        return store.save(Table.PLOTS, plot);
    }

    @Override
    public Optional<Plot> findPlot(PlotId id) {
        return store.find(Table.PLOTS, id.value());
    }

    @Override
    public Page<Plot> findPlotsOfEstate(EstateId estate, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        return store.query(Table.PLOTS, p -> p.estate().equals(estate), byId(), page);
    }

    @Override
    public Building saveBuilding(Building building) {
        return store.save(Table.BUILDINGS, building);
    }

    @Override
    public Optional<Building> findBuilding(BuildingId id) {
        return store.find(Table.BUILDINGS, id.value());
    }

    @Override
    public Page<Building> findBuildingsOfPlot(PlotId plot, PageRequest page) {
        Objects.requireNonNull(plot, "plot");
        return store.query(Table.BUILDINGS, b -> b.plot().equals(plot), byId(), page);
    }

    @Override
    public Page<Building> findBuildingsOfEstate(EstateId estate, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        return store.query(Table.BUILDINGS, b -> b.estate().equals(estate), byId(), page);
    }

    @Override
    public long countBuildingsOfPlot(PlotId plot) {
        Objects.requireNonNull(plot, "plot");
        // One snapshot, so the count is consistent. A database adapter would ask for a count
        // (countDocuments, SELECT COUNT(*)) instead of fetching the rows.
        return store.view().stream(Table.BUILDINGS).filter(b -> b.plot().equals(plot)).count();
    }
}
