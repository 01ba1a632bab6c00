package dev.aftersales.spi;

import dev.aftersales.property.EstateId;
import dev.aftersales.warranty.WarrantySettings;

import java.util.Optional;

/**
 * Stores each estate's warranty settings (rules WA-1, WA-5): completion acceptance dates, seasons,
 * design service life, the developer's grants and the estate's own components; one record per
 * estate, keyed by the estate id.
 *
 * <p>Common contracts (see the {@code spi} package): saves are optimistic (version {@code 0}
 * inserts, any other version replaces exactly that stored version, else
 * {@link StaleWriteException} and nothing is written); a save joins the calling thread's
 * {@link UnitOfWork} if one is open, else it is atomic on its own; reads see the calling thread's
 * own uncommitted writes and never another thread's; implementations are thread-safe.
 */
public interface WarrantySettingsRepository {

    /**
     * Inserts or replaces an estate's settings. Atomic; joins the current unit of work.
     *
     * @param settings the settings; version {@code 0} to insert, else the version they were read at
     * @return the stored copy, with version one more than the given one
     * @throws NullPointerException if the settings are null
     * @throws StaleWriteException  if settings of the estate are inserted again, or updated from a
     *                              version that is not the stored one; nothing is written
     */
    WarrantySettings save(WarrantySettings settings);

    /**
     * Finds an estate's settings.
     *
     * @param estate the estate
     * @return the settings at their stored version, or empty if none are stored
     * @throws NullPointerException if the estate is null
     */
    Optional<WarrantySettings> find(EstateId estate);
}
