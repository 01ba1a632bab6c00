package dev.aftersales.storage.jdbc.warranty;

import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.WarrantyTermRepository;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.warranty.UnitTerm;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The units' stored warranty terms in the table {@code warranty_term} of schema version 12 (rule
 * WA-4): one row per unit and component, primary key (unit, component), and an index on the term
 * end so that the terms ending in a period are read by a range scan of the index. Replacing a
 * unit's terms deletes its rows and inserts the new ones in one transaction.
 */
public final class JdbcWarrantyTermRepository implements WarrantyTermRepository {

    private static final String COLUMNS = "unit_id, estate_id, component_key, term_end";

    private final JdbcRunner jdbc;
    private final String table;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     */
    public JdbcWarrantyTermRepository(JdbcRunner jdbc, TablePrefix prefix) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.table = prefix.table("warranty_term");
    }

    @Override
    public void replaceTermsOf(UnitId unit, List<UnitTerm> terms) {
        List<UnitTerm> checked = WarrantyTermRepository.checked(unit, terms);
        jdbc.transactions().inTransaction(() -> {
            jdbc.update("DELETE FROM " + table + " WHERE unit_id = ?", p -> p.text(unit.value()));
            jdbc.batchExactlyOneEach("INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?)", checked,
                    (p, t) -> p.text(t.unit().value()).text(t.estate().value()).text(t.component()).date(t.end()));
            return null;
        });
    }

    @Override
    public List<UnitTerm> termsOf(UnitId unit) {
        Objects.requireNonNull(unit, "unit");
        return jdbc.query("SELECT " + COLUMNS + " FROM " + table + " WHERE unit_id = ? ORDER BY component_key",
                p -> p.text(unit.value()), JdbcWarrantyTermRepository::row);
    }

    @Override
    public List<UnitTerm> endingBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM " + table + " WHERE term_end >= ? AND term_end < ?"
                + " ORDER BY term_end, unit_id, component_key", p -> p.date(from).date(to), JdbcWarrantyTermRepository::row);
    }

    private static UnitTerm row(Row r) throws SQLException {
        return new UnitTerm(UnitId.of(r.text("unit_id")), EstateId.of(r.text("estate_id")), r.text("component_key"),
                r.date("term_end"));
    }
}
