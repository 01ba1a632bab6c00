package dev.aftersales.storage.jdbc.warranty;

import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.WarrantyReminderRepository;
import dev.aftersales.storage.jdbc.Dialect;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.warranty.WarrantyReminder;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The warranty expiry reminders in the table {@code warranty_reminder} of schema version 13 (rule
 * WA-4): one row per unit, component and term end (the primary key), {@code fired_at} empty while
 * pending.
 *
 * <p>Firing, in one transaction (joining the caller's unit of work, so that a sweeper writes the
 * events to the outbox in it too): select the due head of pending reminders in due order (with
 * {@code FOR UPDATE SKIP LOCKED} where the database has it, so that nodes take disjoint rows),
 * then fire each with a conditional update ({@code ... SET fired_at = ? WHERE <key> AND fired_at
 * IS NULL}); a row count of 1 means this call fired it, 0 that another sweeper did first. So a
 * reminder fires exactly once, also without {@code SKIP LOCKED}.
 */
public final class JdbcWarrantyReminderRepository implements WarrantyReminderRepository {

    private static final String COLUMNS = "unit_id, component_key, term_end, estate_id, due_at, fired_at, delivered";
    private static final String KEY = "unit_id = ? AND component_key = ? AND term_end = ?";
    private static final String ORDER = " ORDER BY due_at, unit_id, component_key, term_end";

    private final JdbcRunner jdbc;
    private final String table;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     */
    public JdbcWarrantyReminderRepository(JdbcRunner jdbc, TablePrefix prefix) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.table = prefix.table("warranty_reminder");
    }

    @Override
    public void scheduleFor(UnitId unit, List<WarrantyReminder> reminders) {
        List<WarrantyReminder> checked = WarrantyReminderRepository.checked(unit, reminders);
        jdbc.transactions().inTransaction(() -> {
            jdbc.update("DELETE FROM " + table + " WHERE unit_id = ? AND fired_at IS NULL", p -> p.text(unit.value()));
            List<WarrantyReminder> fired = remindersOf(unit);
            List<WarrantyReminder> fresh = checked.stream().filter(r -> fired.stream().noneMatch(r::sameKey)).toList();
            jdbc.batchExactlyOneEach("INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, ?)", fresh,
                    (p, r) -> p.text(r.unit().value()).text(r.component()).date(r.termEnd()).text(r.estate().value())
                            .instant(r.dueAt()).bool(false));
            return null;
        });
    }

    @Override
    public List<WarrantyReminder> fireDue(Instant now, int limit, boolean delivered) {
        Objects.requireNonNull(now, "now");
        WarrantyReminderRepository.requireLimit(limit);
        return jdbc.transactions().inTransaction(() -> {
            Dialect dialect = jdbc.dialect();
            String lock = dialect.supportsSkipLocked() ? dialect.forUpdateSkipLocked() : "";
            List<WarrantyReminder> due = jdbc.query("SELECT " + COLUMNS + " FROM " + table
                    + " WHERE fired_at IS NULL AND due_at <= ?" + ORDER + " LIMIT ?" + lock,
                    p -> p.instant(now).intValue(limit), JdbcWarrantyReminderRepository::row);
            List<WarrantyReminder> fired = new ArrayList<>(due.size());
            for (WarrantyReminder r : due) {
                int won = jdbc.update("UPDATE " + table + " SET fired_at = ?, delivered = ? WHERE " + KEY
                        + " AND fired_at IS NULL", p -> p.instant(now).bool(delivered).text(r.unit().value())
                        .text(r.component()).date(r.termEnd()));
                if (won == 1) {
                    fired.add(r.withFired(now, delivered));
                }
            }
            return List.copyOf(fired);
        });
    }

    @Override
    public List<WarrantyReminder> findUndelivered(Instant firedAtOrBefore, int limit) {
        Objects.requireNonNull(firedAtOrBefore, "firedAtOrBefore");
        WarrantyReminderRepository.requireLimit(limit);
        return jdbc.query("SELECT " + COLUMNS + " FROM " + table + " WHERE delivered = ? AND fired_at IS NOT NULL"
                + " AND fired_at <= ? ORDER BY fired_at, due_at, unit_id, component_key, term_end LIMIT ?",
                p -> p.bool(false).instant(firedAtOrBefore).intValue(limit), JdbcWarrantyReminderRepository::row);
    }

    @Override
    public void markDelivered(List<WarrantyReminder> reminders) {
        List<WarrantyReminder> marked = List.copyOf(reminders);
        if (marked.isEmpty()) {
            return;
        }
        jdbc.transactions().inTransaction(() -> {
            jdbc.batch("UPDATE " + table + " SET delivered = ? WHERE " + KEY + " AND fired_at IS NOT NULL", marked,
                    (p, r) -> p.bool(true).text(r.unit().value()).text(r.component()).date(r.termEnd()));
            return null;
        });
    }

    @Override
    public List<WarrantyReminder> remindersOf(UnitId unit) {
        Objects.requireNonNull(unit, "unit");
        return jdbc.query("SELECT " + COLUMNS + " FROM " + table + " WHERE unit_id = ?" + ORDER,
                p -> p.text(unit.value()), JdbcWarrantyReminderRepository::row);
    }

    private static WarrantyReminder row(Row r) throws SQLException {
        return new WarrantyReminder(UnitId.of(r.text("unit_id")), EstateId.of(r.text("estate_id")),
                r.text("component_key"), r.date("term_end"), r.instant("due_at"), r.instant("fired_at"),
                r.bool("delivered"));
    }
}
