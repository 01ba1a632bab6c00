package dev.aftersales.spi;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.UnitId;
import java.util.Optional;

/**
 * Stores ownerships, the owner–unit relation (rule EU-3): answers which units an owner holds and
 * the ownership history of a unit. The unit's current ownership is the one
 * {@link dev.aftersales.property.Unit#currentOwnership()} names; the library changes both in one
 * unit of work.
 *
 * <p>Common contracts (see the {@code spi} package): optimistic saves with
 * {@link StaleWriteException}; a save joins the calling thread's {@link UnitOfWork} if one is open;
 * reads see the calling thread's own uncommitted writes; thread-safe. Orders compare id texts as
 * {@link String#compareTo} does.
 */
public interface OwnershipRepository {

    /**
     * Inserts or updates an ownership. Atomic; joins the current unit of work.
     *
     * @param ownership the ownership; version {@code 0} to insert, else the version it was read at
     * @return the stored copy, with version one more than the given one
     * @throws NullPointerException if the ownership is null
     * @throws StaleWriteException  if the insert finds the id taken or the version is not the stored
     *                              one (or the ownership is missing); nothing is written
     */
    Ownership save(Ownership ownership);

    /**
     * Finds an ownership by id.
     *
     * @param id the id
     * @return the ownership at its stored version, or empty if no ownership has that id
     * @throws NullPointerException if the id is null
     */
    Optional<Ownership> findById(OwnershipId id);

    /**
     * Lists every ownership a unit has had, current and ended, ordered by
     * {@link Ownership#contractSignedOn()} ascending, then by ownership id text.
     *
     * @param unit the unit
     * @param page the page wanted
     * @return the page; empty if the unit was never sold or is not stored
     * @throws NullPointerException if an argument is null
     */
    Page<Ownership> findByUnit(UnitId unit, PageRequest page);

    /**
     * Lists the current ownerships (not transferred: {@link Ownership#isCurrent()}) in which an
     * owner is one of the co-owners: the units the owner holds now. Ordered by unit id text, then
     * by ownership id text.
     *
     * @param owner the owner
     * @param page  the page wanted
     * @return the page; empty if the owner holds no unit or is not stored
     * @throws NullPointerException if an argument is null
     */
    Page<Ownership> findCurrentByOwner(OwnerId owner, PageRequest page);
}
