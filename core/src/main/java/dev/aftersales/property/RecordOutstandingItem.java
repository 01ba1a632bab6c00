package dev.aftersales.property;

import dev.aftersales.common.validation.FreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Command: record a construction leftover or compensation item as open with a registered owner
 * (rule EU-3). The description may mention people, so {@code toString} leaves it out (rule EU-4).
 *
 * @param ownerId     the owner's id
 * @param reference   the item's reference, unique among the owner's open items
 * @param kind        construction leftover or compensation
 * @param description what is open, at most {@value OutstandingItem#MAX_DESCRIPTION} characters
 */
public record RecordOutstandingItem(
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String ownerId,
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String reference,
        @NotNull(message = "{aftersales.property.required}")
        OutstandingItem.Kind kind,
        @NotNull(message = "{aftersales.property.required}")
        @FreeText(message = "{aftersales.property.required}")
        @Size(max = OutstandingItem.MAX_DESCRIPTION, message = "{aftersales.property.text.size}")
        String description) {

    /**
     * Returns the item this validated command records.
     *
     * @return the item
     * @throws NullPointerException     if the command was not validated first
     * @throws IllegalArgumentException if the command was not validated first
     */
    public OutstandingItem toItem() {
        return new OutstandingItem(reference, kind, description);
    }

    /** Returns the owner, reference and kind, not the description (rule EU-4). */
    @Override
    public String toString() {
        return "RecordOutstandingItem[ownerId=" + ownerId + ", reference=" + reference + ", kind=" + kind + "]";
    }
}
