package dev.aftersales.storage.memory;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.OwnershipRepository;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Ownerships in memory, one {@link MemoryTable} sharing the store's {@link MemoryTransactions}.
 * Thread-safe; follows every contract of {@link OwnershipRepository}. Queries scan the table.
 */
public final class MemoryOwnershipRepository implements OwnershipRepository {

    private static final Comparator<Ownership> BY_CONTRACT_DATE =
            Comparator.comparing(Ownership::contractSignedOn).thenComparing(Ownership::idText);
    private static final Comparator<Ownership> BY_UNIT =
            Comparator.comparing((Ownership o) -> o.unit().value()).thenComparing(Ownership::idText);

    private final MemoryTable<Ownership> ownerships;

    /**
     * Creates an empty table.
     *
     * @param transactions the store's transaction manager, shared with its other repositories
     */
    public MemoryOwnershipRepository(MemoryTransactions transactions) {
        this.ownerships = new MemoryTable<>("ownerships", transactions);
    }

    @Override
    public Ownership save(Ownership ownership) {
        return ownerships.save(ownership);
    }

    @Override
    public Optional<Ownership> findById(OwnershipId id) {
        return ownerships.find(id.value());
    }

    @Override
    public Page<Ownership> findByUnit(UnitId unit, PageRequest page) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(page, "page");
        return Page.slice(ownerships.select(o -> o.unit().equals(unit), BY_CONTRACT_DATE), page);
    }

    @Override
    public Page<Ownership> findCurrentByOwner(OwnerId owner, PageRequest page) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(page, "page");
        return Page.slice(ownerships.select(o -> o.isCurrent() && o.isOwnedBy(owner), BY_UNIT), page);
    }
}
