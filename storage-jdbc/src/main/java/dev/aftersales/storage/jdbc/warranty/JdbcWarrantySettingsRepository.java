package dev.aftersales.storage.jdbc.warranty;

import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.spi.WarrantySettingsRepository;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.VersionedTable;
import dev.aftersales.warranty.AgreedComponent;
import dev.aftersales.warranty.Component;
import dev.aftersales.warranty.SeasonRange;
import dev.aftersales.warranty.WarrantyPeriod;
import dev.aftersales.warranty.WarrantySettings;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Estates' warranty settings (rules WA-1, WA-5) in the table {@code warranty_settings}, one row
 * per estate, and their building acceptance dates, grants and own components in
 * {@code warranty_settings_entry}. A save replaces the entries with the settings' row in one
 * transaction; a read joins both in one statement, so a concurrent save is seen completely or not
 * at all. Periods are stored in the catalogue notation of {@link WarrantyPeriod#parse}.
 */
public final class JdbcWarrantySettingsRepository implements WarrantySettingsRepository {

    private static final List<String> COLUMNS = List.of("completion_acceptance", "heating_start", "heating_end",
            "cooling_start", "cooling_end", "design_life_years");
    private static final String BUILDING = "BUILDING";
    private static final String GRANT = "GRANT";
    private static final String OWN = "OWN";

    private final JdbcRunner jdbc;
    private final VersionedTable settings;
    private final String entries;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     */
    public JdbcWarrantySettingsRepository(JdbcRunner jdbc, TablePrefix prefix) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.settings = new VersionedTable(jdbc, prefix.table("warranty_settings"), COLUMNS);
        this.entries = prefix.table("warranty_settings_entry");
    }

    @Override
    public WarrantySettings save(WarrantySettings value) {
        Objects.requireNonNull(value, "settings");
        return jdbc.transactions().inTransaction(() -> {
            WarrantySettings saved = settings.save(value, p -> p
                    .date(value.completionAcceptance())
                    .text(value.heatingSeason() == null ? null : value.heatingSeason().start().toString())
                    .text(value.heatingSeason() == null ? null : value.heatingSeason().end().toString())
                    .text(value.coolingSeason() == null ? null : value.coolingSeason().start().toString())
                    .text(value.coolingSeason() == null ? null : value.coolingSeason().end().toString())
                    .nullableInt(value.designServiceLifeYears()));
            if (value.version() > 0) {
                jdbc.update("DELETE FROM " + entries + " WHERE estate_id = ?", p -> p.text(value.idText()));
            }
            jdbc.batchExactlyOneEach("INSERT INTO " + entries + " (estate_id, entry_kind, entry_key, acceptance, period,"
                    + " name_en, name_zh) VALUES (?, ?, ?, ?, ?, ?, ?)", entriesOf(value), (p, e) -> p
                    .text(value.idText()).text(e.kind()).text(e.key()).date(e.acceptance()).text(e.period())
                    .text(e.nameEn()).text(e.nameZh()));
            return saved;
        });
    }

    @Override
    public Optional<WarrantySettings> find(EstateId estate) {
        Objects.requireNonNull(estate, "estate");
        List<Loaded> rows = jdbc.query("SELECT s.id, s.version, s.completion_acceptance, s.heating_start,"
                + " s.heating_end, s.cooling_start, s.cooling_end, s.design_life_years, e.entry_kind, e.entry_key,"
                + " e.acceptance, e.period, e.name_en, e.name_zh FROM " + settings.table() + " s LEFT JOIN " + entries
                + " e ON e.estate_id = s.id WHERE s.id = ?", p -> p.text(estate.value()), JdbcWarrantySettingsRepository::row);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        WarrantySettings base = rows.get(0).settings();
        Map<BuildingId, LocalDate> buildings = new HashMap<>();
        Map<String, WarrantyPeriod> grants = new HashMap<>();
        Map<String, AgreedComponent> own = new HashMap<>();
        for (Loaded r : rows) {
            Entry e = r.entry();
            if (e == null) {
                continue;
            }
            switch (e.kind()) {
                case BUILDING -> buildings.put(BuildingId.of(e.key()), e.acceptance());
                case GRANT -> grants.put(e.key(), WarrantyPeriod.parse(e.period()));
                case OWN -> own.put(e.key(), new AgreedComponent(Component.of(e.key(), e.nameEn(), e.nameZh()),
                        WarrantyPeriod.parse(e.period())));
                default -> throw new IllegalStateException("unknown warranty settings entry kind " + e.kind());
            }
        }
        return Optional.of(new WarrantySettings(base.estate(), base.completionAcceptance(), buildings,
                base.heatingSeason(), base.coolingSeason(), base.designServiceLifeYears(), grants, own, base.version()));
    }

    private static List<Entry> entriesOf(WarrantySettings s) {
        List<Entry> out = new ArrayList<>();
        s.buildingAcceptance().forEach((b, d) -> out.add(new Entry(BUILDING, b.value(), d, null, null, null)));
        s.grants().forEach((k, p) -> out.add(new Entry(GRANT, k, null, p.toString(), null, null)));
        s.ownComponents().forEach((k, a) -> out.add(new Entry(OWN, k, null, a.term().toString(),
                a.component().nameEn(), a.component().nameZh())));
        return out;
    }

    private static Loaded row(Row r) throws SQLException {
        WarrantySettings s = new WarrantySettings(EstateId.of(r.text("id")), r.date("completion_acceptance"), Map.of(),
                season(r.text("heating_start"), r.text("heating_end")), season(r.text("cooling_start"), r.text("cooling_end")),
                r.nullableInt("design_life_years"), Map.of(), Map.of(), r.longValue("version"));
        String kind = r.text("entry_kind");
        Entry e = kind == null ? null : new Entry(kind, r.text("entry_key"), r.date("acceptance"), r.text("period"),
                r.text("name_en"), r.text("name_zh"));
        return new Loaded(s, e);
    }

    private static SeasonRange season(String start, String end) {
        return start == null ? null : new SeasonRange(MonthDay.parse(start), MonthDay.parse(end));
    }

    /** One row of {@code warranty_settings_entry}. */
    private record Entry(String kind, String key, LocalDate acceptance, String period, String nameEn, String nameZh) {
    }

    /** The settings' row joined with one of its entries, or none. */
    private record Loaded(WarrantySettings settings, Entry entry) {
    }
}
