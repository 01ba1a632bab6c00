package dev.aftersales.storage.jdbc.property;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.Area;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.Unit;
import dev.aftersales.property.UnitCondition;
import dev.aftersales.property.UnitCounts;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.spi.UnitRepository;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Paging;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.VersionedTable;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Units (rule EU-1) in the table {@code unit}, one row each, carrying building, plot and estate so
 * that every query filters one indexed column; the per-plot counts of rule EU-2 are one
 * {@code GROUP BY} statement, hence one consistent view.
 */
public final class JdbcUnitRepository implements UnitRepository {

    private static final List<String> COLUMNS = List.of("estate_id", "plot_id", "building_id", "unit_number", "unit_kind",
            "area", "unit_usage", "unit_condition", "current_ownership_id");

    private final JdbcRunner jdbc;
    private final VersionedTable units;
    private final String select;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     */
    public JdbcUnitRepository(JdbcRunner jdbc, TablePrefix prefix) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.units = new VersionedTable(jdbc, prefix.table("unit"), COLUMNS);
        this.select = "SELECT id, " + String.join(", ", COLUMNS) + ", version FROM " + units.table();
    }

    @Override
    public Unit save(Unit unit) {
        Objects.requireNonNull(unit, "unit");
        return units.save(unit, p -> p.text(unit.estate().value()).text(unit.plot().value())
                .text(unit.building().value()).text(unit.number()).name(unit.kind())
                .decimal(unit.area().squareMetres()).name(unit.usage()).name(unit.condition())
                .text(unit.currentOwnership() == null ? null : unit.currentOwnership().value()));
    }

    @Override
    public Optional<Unit> findById(UnitId id) {
        Objects.requireNonNull(id, "id");
        return jdbc.queryOptional(select + " WHERE id = ?", p -> p.text(id.value()), JdbcUnitRepository::unit);
    }

    @Override
    public Page<Unit> findByBuilding(BuildingId building, PageRequest page) {
        Objects.requireNonNull(building, "building");
        return by("building_id", building.value(), page);
    }

    @Override
    public Page<Unit> findByPlot(PlotId plot, PageRequest page) {
        Objects.requireNonNull(plot, "plot");
        return by("plot_id", plot.value(), page);
    }

    @Override
    public Page<Unit> findByEstate(EstateId estate, PageRequest page) {
        Objects.requireNonNull(estate, "estate");
        return by("estate_id", estate.value(), page);
    }

    @Override
    public UnitCounts countByPlot(PlotId plot) {
        Objects.requireNonNull(plot, "plot");
        Map<UnitKind, Long> counts = new EnumMap<>(UnitKind.class);
        Map<UnitKind, BigDecimal> areas = new EnumMap<>(UnitKind.class);
        long[] usable = new long[1];
        jdbc.query("SELECT unit_kind, COUNT(*) AS n, SUM(area) AS area, SUM(CASE WHEN unit_kind = 'PARKING_SPACE'"
                + " AND unit_condition = 'USABLE' THEN 1 ELSE 0 END) AS usable FROM " + units.table()
                + " WHERE plot_id = ? GROUP BY unit_kind", p -> p.text(plot.value()), r -> {
                    UnitKind kind = r.enumValue("unit_kind", UnitKind.class);
                    counts.put(kind, r.longValue("n"));
                    areas.put(kind, r.decimal("area"));
                    usable[0] += r.longValue("usable");
                    return kind;
                });
        return new UnitCounts(counts, areas, usable[0]);
    }

    private Page<Unit> by(String column, String value, PageRequest page) {
        Objects.requireNonNull(page, "page");
        return Paging.query(jdbc, select + " WHERE " + column + " = ? ORDER BY id", p -> p.text(value),
                JdbcUnitRepository::unit, page);
    }

    private static Unit unit(Row r) throws SQLException {
        String ownership = r.text("current_ownership_id");
        return new Unit(UnitId.of(r.text("id")), EstateId.of(r.text("estate_id")), PlotId.of(r.text("plot_id")),
                BuildingId.of(r.text("building_id")), r.text("unit_number"), r.enumValue("unit_kind", UnitKind.class),
                Area.ofSquareMetres(r.decimal("area")), r.enumValue("unit_usage", UnitUsage.class),
                r.enumValue("unit_condition", UnitCondition.class), ownership == null ? null : OwnershipId.of(ownership),
                r.longValue("version"));
    }
}
