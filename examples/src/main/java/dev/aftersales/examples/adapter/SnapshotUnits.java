package dev.aftersales.examples.adapter;

import static dev.aftersales.examples.adapter.SnapshotStore.byId;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.examples.adapter.Snapshot.Table;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.Unit;
import dev.aftersales.property.UnitCounts;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.UnitRepository;
import java.util.Objects;
import java.util.Optional;

/**
 * Units (rule EU-1) in the {@link SnapshotStore}, and the per-plot counts of rule EU-2. A unit
 * record carries its building, plot and estate, so each query filters the one table.
 */
final class SnapshotUnits implements UnitRepository {

    private final SnapshotStore store;

    SnapshotUnits(SnapshotStore store) {
        this.store = store;
    }

    @Override
    public Unit save(Unit unit) {
        return store.save(Table.UNITS, unit);
    }

    @Override
    public Optional<Unit> findById(UnitId id) {
        return store.find(Table.UNITS, id.value());
    }

    @Override
    public Page<Unit> findByBuilding(BuildingId building, PageRequest page) {
        Objects.requireNonNull(building, "building");
        return store.query(Table.UNITS, u -> u.building().equals(building), byId(), page);
    }

    @Override
    public Page<Unit> findByPlot(PlotId plot, PageRequest page) {
        Objects.requireNonNull(plot, "plot");
        return store.query(Table.UNITS, u -> u.plot().equals(plot), byId(), page);
    }

    @Override
    public Page<Unit> findByEstate(EstateId estate, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        return store.query(Table.UNITS, u -> u.estate().equals(estate), byId(), page);
    }

    /**
     * Tallies the plot's units from one snapshot, so a concurrent unit of work is counted
     * completely or not at all, as {@link UnitRepository#countByPlot} requires. A database adapter
     * would aggregate ({@code GROUP BY kind}) and must then make sure its result equals
     * {@link UnitCounts#tally}: the TCK checks it.
     */
    @Override
    public UnitCounts countByPlot(PlotId plot) {
        Objects.requireNonNull(plot, "plot");
        return UnitCounts.tally(store.select(Table.UNITS, u -> u.plot().equals(plot), byId()));
    }
}
