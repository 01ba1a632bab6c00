package dev.aftersales.property;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Command: record that an owner's open construction leftover or compensation item is settled
 * (rule EU-3): it is no longer among the owner's outstanding items.
 *
 * @param ownerId   the owner's id
 * @param reference the item's reference
 */
public record SettleOutstandingItem(
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String ownerId,
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String reference) {
}
