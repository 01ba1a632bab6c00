package dev.aftersales.storage.memory;

import dev.aftersales.property.EstateId;
import dev.aftersales.spi.WarrantySettingsRepository;
import dev.aftersales.warranty.WarrantySettings;
import java.util.Objects;
import java.util.Optional;

/**
 * Estates' warranty settings in memory, one {@link MemoryTable} keyed by estate id sharing the
 * store's {@link MemoryTransactions}. Thread-safe; follows every contract of
 * {@link WarrantySettingsRepository}; logs nothing.
 */
public final class MemoryWarrantySettingsRepository implements WarrantySettingsRepository {

    private final MemoryTable<WarrantySettings> settings;

    /**
     * Creates an empty table.
     *
     * @param transactions the store's transaction manager, shared with its other repositories
     */
    public MemoryWarrantySettingsRepository(MemoryTransactions transactions) {
        this.settings = new MemoryTable<>("warrantySettings", transactions);
    }

    @Override
    public WarrantySettings save(WarrantySettings value) {
        return settings.save(Objects.requireNonNull(value, "settings"));
    }

    @Override
    public Optional<WarrantySettings> find(EstateId estate) {
        return settings.find(Objects.requireNonNull(estate, "estate").value());
    }
}
