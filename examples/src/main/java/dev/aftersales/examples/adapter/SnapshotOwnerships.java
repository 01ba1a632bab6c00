package dev.aftersales.examples.adapter;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.examples.adapter.Snapshot.Table;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.OwnershipRepository;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Ownerships, the owner–unit relation (rule EU-3), in the {@link SnapshotStore}. The two queries
 * have their own documented orders: a unit's history by contract date, an owner's current units
 * by unit id; both break ties by ownership id.
 */
final class SnapshotOwnerships implements OwnershipRepository {

    private static final Comparator<Ownership> BY_CONTRACT_DATE =
            Comparator.comparing(Ownership::contractSignedOn).thenComparing(Ownership::idText);
    private static final Comparator<Ownership> BY_UNIT =
            Comparator.comparing((Ownership o) -> o.unit().value()).thenComparing(Ownership::idText);

    private final SnapshotStore store;

    SnapshotOwnerships(SnapshotStore store) {
        this.store = store;
    }

    @Override
    public Ownership save(Ownership ownership) {
        return store.save(Table.OWNERSHIPS, ownership);
    }

    @Override
    public Optional<Ownership> findById(OwnershipId id) {
        return store.find(Table.OWNERSHIPS, id.value());
    }

    @Override
    public Page<Ownership> findByUnit(UnitId unit, PageRequest page) {
        Objects.requireNonNull(unit, "unit");
        return store.query(Table.OWNERSHIPS, o -> o.unit().equals(unit), BY_CONTRACT_DATE, page);
    }

    /**
     * Lists the owner's current ownerships, co-owned ones included. A document store would index
     * the co-owners' ids (a multikey index on {@code owners.ownerId}) to answer this without a scan.
     */
    @Override
    public Page<Ownership> findCurrentByOwner(OwnerId owner, PageRequest page) {
        Objects.requireNonNull(owner, "owner");
        return store.query(Table.OWNERSHIPS, o -> o.isCurrent() && o.isOwnedBy(owner), BY_UNIT, page);
    }
}
