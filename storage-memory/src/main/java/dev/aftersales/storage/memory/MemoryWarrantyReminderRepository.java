package dev.aftersales.storage.memory;

import dev.aftersales.common.Versioned;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.WarrantyReminderRepository;
import dev.aftersales.warranty.WarrantyReminder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The warranty expiry reminders in memory (rule WA-4): one {@link MemoryTable} row per unit
 * holding its reminders, sharing the store's {@link MemoryTransactions}. Firing saves the rows it
 * changes from the versions it read, so that of two threads firing one reminder at once, one
 * commits and the other fails with a stale write and fires nothing (the sweeper tries again with
 * what is left). Thread-safe; follows every contract of {@link WarrantyReminderRepository}; logs
 * nothing.
 */
public final class MemoryWarrantyReminderRepository implements WarrantyReminderRepository {

    private static final Comparator<WarrantyReminder> ORDER = Comparator.comparing(WarrantyReminder::dueAt)
            .thenComparing(r -> r.unit().value()).thenComparing(WarrantyReminder::component)
            .thenComparing(WarrantyReminder::termEnd);

    private final MemoryTransactions transactions;
    private final MemoryTable<Row> rows;

    /**
     * Creates an empty table.
     *
     * @param transactions the store's transaction manager, shared with its other repositories
     */
    public MemoryWarrantyReminderRepository(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.rows = new MemoryTable<>("warrantyReminders", transactions);
    }

    @Override
    public void scheduleFor(UnitId unit, List<WarrantyReminder> reminders) {
        List<WarrantyReminder> checked = WarrantyReminderRepository.checked(unit, reminders);
        transactions.inTransaction(() -> {
            Row row = rows.find(unit.value()).orElse(new Row(unit.value(), List.of(), 0));
            List<WarrantyReminder> kept = new ArrayList<>(row.reminders().stream()
                    .filter(r -> !r.isPending()).toList());
            for (WarrantyReminder r : checked) {
                if (kept.stream().noneMatch(r::sameKey)) {
                    kept.add(r);
                }
            }
            return rows.save(new Row(row.idText(), kept.stream().sorted(ORDER).toList(), row.version()));
        });
    }

    @Override
    public List<WarrantyReminder> fireDue(Instant now, int limit, boolean delivered) {
        Objects.requireNonNull(now, "now");
        WarrantyReminderRepository.requireLimit(limit);
        return transactions.inTransaction(() -> {
            Predicate<WarrantyReminder> due = r -> r.isPending() && !r.dueAt().isAfter(now);
            List<Row> candidates = rows.select(row -> row.reminders().stream().anyMatch(due),
                    Comparator.comparing(Row::idText));
            List<WarrantyReminder> chosen = candidates.stream().flatMap(row -> row.reminders().stream())
                    .filter(due).sorted(ORDER).limit(limit).toList();
            Map<String, Row> changed = new LinkedHashMap<>();
            candidates.forEach(row -> changed.put(row.idText(), row));
            List<WarrantyReminder> fired = new ArrayList<>();
            for (WarrantyReminder r : chosen) {
                WarrantyReminder f = r.withFired(now, delivered);
                fired.add(f);
                Row row = changed.get(r.unit().value());
                changed.put(row.idText(), row.replace(r, f));
            }
            for (Row row : changed.values()) {
                if (fired.stream().anyMatch(f -> f.unit().value().equals(row.idText()))) {
                    rows.save(row);
                }
            }
            return List.copyOf(fired);
        });
    }

    @Override
    public List<WarrantyReminder> findUndelivered(Instant firedAtOrBefore, int limit) {
        Objects.requireNonNull(firedAtOrBefore, "firedAtOrBefore");
        WarrantyReminderRepository.requireLimit(limit);
        Predicate<WarrantyReminder> undelivered = r -> !r.isPending() && !r.delivered()
                && !r.recordedAt().isAfter(firedAtOrBefore);
        return rows.select(row -> row.reminders().stream().anyMatch(undelivered), Comparator.comparing(Row::idText))
                .stream().flatMap(row -> row.reminders().stream()).filter(undelivered)
                .sorted(Comparator.comparing(WarrantyReminder::recordedAt).thenComparing(ORDER))
                .limit(limit).toList();
    }

    @Override
    public void markDelivered(List<WarrantyReminder> reminders) {
        List<WarrantyReminder> marked = List.copyOf(reminders);
        if (marked.isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            Map<String, List<WarrantyReminder>> byUnit = new LinkedHashMap<>();
            marked.forEach(r -> byUnit.computeIfAbsent(r.unit().value(), u -> new ArrayList<>()).add(r));
            byUnit.forEach((unit, list) -> rows.find(unit).ifPresent(row -> {
                Row updated = row;
                for (WarrantyReminder stored : row.reminders()) {
                    if (!stored.isPending() && !stored.delivered() && list.stream().anyMatch(stored::sameKey)) {
                        updated = updated.replace(stored, stored.withDelivered());
                    }
                }
                if (updated != row) {
                    rows.save(updated);
                }
            }));
            return null;
        });
    }

    @Override
    public List<WarrantyReminder> remindersOf(UnitId unit) {
        Objects.requireNonNull(unit, "unit");
        return rows.find(unit.value()).map(Row::reminders).orElse(List.of());
    }

    private record Row(String idText, List<WarrantyReminder> reminders, long version) implements Versioned<Row> {

        Row replace(WarrantyReminder old, WarrantyReminder by) {
            List<WarrantyReminder> copy = new ArrayList<>(reminders);
            copy.set(copy.indexOf(old), by);
            return new Row(idText, List.copyOf(copy), version);
        }

        @Override
        public Row withVersion(long version) {
            return new Row(idText, reminders, version);
        }
    }
}
