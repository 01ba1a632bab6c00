package dev.aftersales.testkit.tck;

import dev.aftersales.spi.EstateRepository;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.UnitOfWork;
import dev.aftersales.spi.UnitRepository;

/**
 * The property repositories of one fresh, empty store and its unit of work, as the storage TCK
 * needs them. An adapter author returns one from
 * {@link PropertyRepositoriesContract#newStore()}; every repository and the unit of work must
 * belong to the same store, so that a unit of work spans all of them.
 */
public interface PropertyStoreFixture {

    /**
     * Returns the store's estates, plots and buildings.
     *
     * @return the repository
     */
    EstateRepository estates();

    /**
     * Returns the store's units.
     *
     * @return the repository
     */
    UnitRepository units();

    /**
     * Returns the store's owners.
     *
     * @return the repository
     */
    OwnerRepository owners();

    /**
     * Returns the store's ownerships.
     *
     * @return the repository
     */
    OwnershipRepository ownerships();

    /**
     * Returns the store's unit of work.
     *
     * @return the unit of work spanning all four repositories
     */
    UnitOfWork unitOfWork();
}
