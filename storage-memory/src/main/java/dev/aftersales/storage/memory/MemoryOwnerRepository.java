package dev.aftersales.storage.memory;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.Owner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.spi.OwnerRepository;
import java.util.Objects;
import java.util.Optional;

/**
 * Owners in memory, one {@link MemoryTable} sharing the store's {@link MemoryTransactions}.
 * Thread-safe; follows every contract of {@link OwnerRepository}; logs nothing.
 */
public final class MemoryOwnerRepository implements OwnerRepository {

    private final MemoryTable<Owner> owners;

    /**
     * Creates an empty table.
     *
     * @param transactions the store's transaction manager, shared with its other repositories
     */
    public MemoryOwnerRepository(MemoryTransactions transactions) {
        this.owners = new MemoryTable<>("owners", transactions);
    }

    @Override
    public Owner save(Owner owner) {
        return owners.save(owner);
    }

    @Override
    public Optional<Owner> findById(OwnerId id) {
        return owners.find(id.value());
    }

    @Override
    public Page<Owner> findAll(PageRequest page) {
        Objects.requireNonNull(page, "page");
        return Page.slice(owners.select(o -> true, MemoryEstateRepository.byId()), page);
    }
}
