package dev.aftersales.examples.adapter;

import static dev.aftersales.examples.adapter.SnapshotStore.byId;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.examples.adapter.Snapshot.Table;
import dev.aftersales.property.Owner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.spi.OwnerRepository;
import java.util.Optional;

/**
 * Owners with their profiles (rule EU-3) in the {@link SnapshotStore}. The profile is personal
 * data: this adapter never logs a record, and its exceptions name ids only (rule EU-4). A real
 * adapter must keep to that too, for instance by not logging the documents it writes.
 */
final class SnapshotOwners implements OwnerRepository {

    private final SnapshotStore store;

    SnapshotOwners(SnapshotStore store) {
        this.store = store;
    }

    @Override
    public Owner save(Owner owner) {
        return store.save(Table.OWNERS, owner);
    }

    @Override
    public Optional<Owner> findById(OwnerId id) {
        return store.find(Table.OWNERS, id.value());
    }

    @Override
    public Page<Owner> findAll(PageRequest page) {
        return store.query(Table.OWNERS, o -> true, byId(), page);
    }
}
