package dev.aftersales.storage.memory;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.Building;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.Estate;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.Plot;
import dev.aftersales.property.PlotId;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.common.Versioned;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Estates, plots and buildings in memory: three {@link MemoryTable}s sharing the store's
 * {@link MemoryTransactions}. Thread-safe; follows every contract of {@link EstateRepository}.
 */
public final class MemoryEstateRepository implements EstateRepository {

    private final MemoryTable<Estate> estates;
    private final MemoryTable<Plot> plots;
    private final MemoryTable<Building> buildings;

    /**
     * Creates empty tables.
     *
     * @param transactions the store's transaction manager, shared with its other repositories
     */
    public MemoryEstateRepository(MemoryTransactions transactions) {
        this.estates = new MemoryTable<>("estates", transactions);
        this.plots = new MemoryTable<>("plots", transactions);
        this.buildings = new MemoryTable<>("buildings", transactions);
    }

    static <R extends Versioned<R>> Comparator<R> byId() {
        return Comparator.comparing(Versioned::idText);
    }

    @Override
    public Estate saveEstate(Estate estate) {
        return estates.save(estate);
    }

    @Override
    public Optional<Estate> findEstate(EstateId id) {
        return estates.find(id.value());
    }

    @Override
    public Page<Estate> findEstates(PageRequest page) {
        Objects.requireNonNull(page, "page");
        return Page.slice(estates.select(e -> true, byId()), page);
    }

    @Override
    public Plot savePlot(Plot plot) {
        return plots.save(plot);
    }

    @Override
    public Optional<Plot> findPlot(PlotId id) {
        return plots.find(id.value());
    }

    @Override
    public Page<Plot> findPlotsOfEstate(EstateId estate, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(page, "page");
        return Page.slice(plots.select(p -> p.estate().equals(estate), byId()), page);
    }

    @Override
    public Building saveBuilding(Building building) {
        return buildings.save(building);
    }

    @Override
    public Optional<Building> findBuilding(BuildingId id) {
        return buildings.find(id.value());
    }

    @Override
    public Page<Building> findBuildingsOfPlot(PlotId plot, PageRequest page) {
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(page, "page");
        return Page.slice(buildings.select(b -> b.plot().equals(plot), byId()), page);
    }

    @Override
    public Page<Building> findBuildingsOfEstate(EstateId estate, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(page, "page");
        return Page.slice(buildings.select(b -> b.estate().equals(estate), byId()), page);
    }

    @Override
    public long countBuildingsOfPlot(PlotId plot) {
        Objects.requireNonNull(plot, "plot");
        return buildings.select(b -> b.plot().equals(plot), byId()).size();
    }
}
