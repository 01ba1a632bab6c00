package dev.aftersales.storage.memory;

import dev.aftersales.common.Versioned;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.WarrantyTermRepository;
import dev.aftersales.warranty.UnitTerm;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The units' stored warranty terms in memory: one {@link MemoryTable} row per unit holding its
 * terms, sharing the store's {@link MemoryTransactions}. The period query scans the rows (memory
 * is for tests and small installations). Thread-safe; follows every contract of
 * {@link WarrantyTermRepository}; logs nothing.
 */
public final class MemoryWarrantyTermRepository implements WarrantyTermRepository {

    private static final Comparator<UnitTerm> BY_END = Comparator.comparing(UnitTerm::end)
            .thenComparing(t -> t.unit().value()).thenComparing(UnitTerm::component);

    private final MemoryTransactions transactions;
    private final MemoryTable<Row> rows;

    /**
     * Creates an empty table.
     *
     * @param transactions the store's transaction manager, shared with its other repositories
     */
    public MemoryWarrantyTermRepository(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.rows = new MemoryTable<>("warrantyTerms", transactions);
    }

    @Override
    public void replaceTermsOf(UnitId unit, List<UnitTerm> terms) {
        List<UnitTerm> checked = WarrantyTermRepository.checked(unit, terms).stream()
                .sorted(Comparator.comparing(UnitTerm::component)).toList();
        transactions.inTransaction(() -> {
            long version = rows.find(unit.value()).map(Row::version).orElse(0L);
            return rows.save(new Row(unit.value(), checked, version));
        });
    }

    @Override
    public List<UnitTerm> termsOf(UnitId unit) {
        Objects.requireNonNull(unit, "unit");
        return rows.find(unit.value()).map(Row::terms).orElse(List.of());
    }

    @Override
    public List<UnitTerm> endingBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return rows.select(r -> true, Comparator.comparing(Row::idText)).stream()
                .flatMap(r -> r.terms().stream())
                .filter(t -> !t.end().isBefore(from) && t.end().isBefore(to))
                .sorted(BY_END).toList();
    }

    private record Row(String idText, List<UnitTerm> terms, long version) implements Versioned<Row> {

        @Override
        public Row withVersion(long version) {
            return new Row(idText, terms, version);
        }
    }
}
