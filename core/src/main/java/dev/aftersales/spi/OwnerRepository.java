package dev.aftersales.spi;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.Owner;
import dev.aftersales.property.OwnerId;
import java.util.Optional;

/**
 * Stores owners with their profiles (rule EU-3). Profiles are personal data: an adapter must not
 * log them nor put them in exception messages (rule EU-4); ids are safe to log.
 *
 * <p>Common contracts (see the {@code spi} package): optimistic saves with
 * {@link StaleWriteException}; a save joins the calling thread's {@link UnitOfWork} if one is open;
 * reads see the calling thread's own uncommitted writes; thread-safe.
 */
public interface OwnerRepository {

    /**
     * Inserts or updates an owner, profile and outstanding items included, as one record. Atomic;
     * joins the current unit of work.
     *
     * @param owner the owner; version {@code 0} to insert, else the version it was read at
     * @return the stored copy, with version one more than the given one
     * @throws NullPointerException if the owner is null
     * @throws StaleWriteException  if the insert finds the id taken or the version is not the stored
     *                              one (or the owner is missing); nothing is written
     */
    Owner save(Owner owner);

    /**
     * Finds an owner by id.
     *
     * @param id the id
     * @return the owner at its stored version, equal to what was saved, or empty if no owner has
     *         that id
     * @throws NullPointerException if the id is null
     */
    Optional<Owner> findById(OwnerId id);

    /**
     * Lists all owners, ordered by owner id text (ascending, as {@link String#compareTo}).
     *
     * @param page the page wanted
     * @return the page; empty if there are no owners or the offset is past the end
     * @throws NullPointerException if the page request is null
     */
    Page<Owner> findAll(PageRequest page);
}
