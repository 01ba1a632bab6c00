package dev.aftersales.storage.jdbc.property;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.Building;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.Estate;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.Plot;
import dev.aftersales.property.PlotId;
import dev.aftersales.spi.EstateRepository;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Paging;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.VersionedTable;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Estates, plots and buildings (rule EU-1) in the tables {@code estate}, {@code plot} and
 * {@code building}, one row each; every list query is served by an index on its filter and id.
 */
public final class JdbcEstateRepository implements EstateRepository {

    private final JdbcRunner jdbc;
    private final VersionedTable estates;
    private final VersionedTable plots;
    private final VersionedTable buildings;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     */
    public JdbcEstateRepository(JdbcRunner jdbc, TablePrefix prefix) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.estates = new VersionedTable(jdbc, prefix.table("estate"), List.of("name"));
        this.plots = new VersionedTable(jdbc, prefix.table("plot"), List.of("estate_id", "name"));
        this.buildings = new VersionedTable(jdbc, prefix.table("building"), List.of("estate_id", "plot_id", "name"));
    }

    @Override
    public Estate saveEstate(Estate estate) {
        Objects.requireNonNull(estate, "estate");
        return estates.save(estate, p -> p.text(estate.name()));
    }

    @Override
    public Optional<Estate> findEstate(EstateId id) {
        Objects.requireNonNull(id, "id");
        return jdbc.queryOptional("SELECT id, name, version FROM " + estates.table() + " WHERE id = ?",
                p -> p.text(id.value()), JdbcEstateRepository::estate);
    }

    @Override
    public Page<Estate> findEstates(PageRequest page) {
        Objects.requireNonNull(page, "page");
        return Paging.query(jdbc, "SELECT id, name, version FROM " + estates.table() + " ORDER BY id",
                p -> { }, JdbcEstateRepository::estate, page);
    }

    @Override
    public Plot savePlot(Plot plot) {
        Objects.requireNonNull(plot, "plot");
        return plots.save(plot, p -> p.text(plot.estate().value()).text(plot.name()));
    }

    @Override
    public Optional<Plot> findPlot(PlotId id) {
        Objects.requireNonNull(id, "id");
        return jdbc.queryOptional(selectPlots() + " WHERE id = ?", p -> p.text(id.value()), JdbcEstateRepository::plot);
    }

    @Override
    public Page<Plot> findPlotsOfEstate(EstateId estate, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(page, "page");
        return Paging.query(jdbc, selectPlots() + " WHERE estate_id = ? ORDER BY id", p -> p.text(estate.value()),
                JdbcEstateRepository::plot, page);
    }

    @Override
    public Building saveBuilding(Building building) {
        Objects.requireNonNull(building, "building");
        return buildings.save(building,
                p -> p.text(building.estate().value()).text(building.plot().value()).text(building.name()));
    }

    @Override
    public Optional<Building> findBuilding(BuildingId id) {
        Objects.requireNonNull(id, "id");
        return jdbc.queryOptional(selectBuildings() + " WHERE id = ?", p -> p.text(id.value()),
                JdbcEstateRepository::building);
    }

    @Override
    public Page<Building> findBuildingsOfPlot(PlotId plot, PageRequest page) {
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(page, "page");
        return Paging.query(jdbc, selectBuildings() + " WHERE plot_id = ? ORDER BY id", p -> p.text(plot.value()),
                JdbcEstateRepository::building, page);
    }

    @Override
    public Page<Building> findBuildingsOfEstate(EstateId estate, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(page, "page");
        return Paging.query(jdbc, selectBuildings() + " WHERE estate_id = ? ORDER BY id", p -> p.text(estate.value()),
                JdbcEstateRepository::building, page);
    }

    @Override
    public long countBuildingsOfPlot(PlotId plot) {
        Objects.requireNonNull(plot, "plot");
        return jdbc.queryOne("SELECT COUNT(*) AS n FROM " + buildings.table() + " WHERE plot_id = ?",
                p -> p.text(plot.value()), r -> r.longValue("n"));
    }

    private String selectPlots() {
        return "SELECT id, estate_id, name, version FROM " + plots.table();
    }

    private String selectBuildings() {
        return "SELECT id, estate_id, plot_id, name, version FROM " + buildings.table();
    }

    private static Estate estate(Row r) throws SQLException {
        return new Estate(EstateId.of(r.text("id")), r.text("name"), r.longValue("version"));
    }

    private static Plot plot(Row r) throws SQLException {
        return new Plot(PlotId.of(r.text("id")), EstateId.of(r.text("estate_id")), r.text("name"), r.longValue("version"));
    }

    private static Building building(Row r) throws SQLException {
        return new Building(BuildingId.of(r.text("id")), EstateId.of(r.text("estate_id")), PlotId.of(r.text("plot_id")),
                r.text("name"), r.longValue("version"));
    }
}
