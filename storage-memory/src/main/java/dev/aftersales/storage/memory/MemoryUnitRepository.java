package dev.aftersales.storage.memory;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
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
 * Units in memory, one {@link MemoryTable} sharing the store's {@link MemoryTransactions}.
 * Thread-safe; follows every contract of {@link UnitRepository}. The EU-2 counts are
 * {@link UnitCounts#tally} of one consistent selection.
 */
public final class MemoryUnitRepository implements UnitRepository {

    private final MemoryTable<Unit> units;

    /**
     * Creates an empty table.
     *
     * @param transactions the store's transaction manager, shared with its other repositories
     */
    public MemoryUnitRepository(MemoryTransactions transactions) {
        this.units = new MemoryTable<>("units", transactions);
    }

    @Override
    public Unit save(Unit unit) {
        return units.save(unit);
    }

    @Override
    public Optional<Unit> findById(UnitId id) {
        return units.find(id.value());
    }

    @Override
    public Page<Unit> findByBuilding(BuildingId building, PageRequest page) {
        Objects.requireNonNull(building, "building");
        Objects.requireNonNull(page, "page");
        return Page.slice(units.select(u -> u.building().equals(building), MemoryEstateRepository.byId()), page);
    }

    @Override
    public Page<Unit> findByPlot(PlotId plot, PageRequest page) {
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(page, "page");
        return Page.slice(units.select(u -> u.plot().equals(plot), MemoryEstateRepository.byId()), page);
    }

    @Override
    public Page<Unit> findByEstate(EstateId estate, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(page, "page");
        return Page.slice(units.select(u -> u.estate().equals(estate), MemoryEstateRepository.byId()), page);
    }

    @Override
    public UnitCounts countByPlot(PlotId plot) {
        Objects.requireNonNull(plot, "plot");
        return UnitCounts.tally(units.select(u -> u.plot().equals(plot), MemoryEstateRepository.byId()));
    }
}
