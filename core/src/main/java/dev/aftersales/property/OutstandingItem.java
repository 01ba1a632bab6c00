package dev.aftersales.property;

import dev.aftersales.common.Identifiers;
import java.util.Objects;

/**
 * A matter still open with an owner (rule EU-3): a construction leftover (建筑工程遗留) or a
 * compensation item (赔偿未处理事项). The description is free text typed by staff and may mention
 * people, so {@code toString} shows the reference and kind only (rule EU-4).
 *
 * @param reference   the item's reference, an identifier unique per owner
 * @param kind        construction leftover or compensation
 * @param description what is open, 1 to {@value #MAX_DESCRIPTION} characters
 */
public record OutstandingItem(String reference, Kind kind, String description) {

    /** The longest description accepted. */
    public static final int MAX_DESCRIPTION = 500;

    /** The kinds of outstanding item. */
    public enum Kind {
        /** Unfinished or defective construction work still to be completed (建筑工程遗留). */
        CONSTRUCTION_LEFTOVER,
        /** Compensation agreed or claimed but not yet settled (赔偿未处理事项). */
        COMPENSATION
    }

    /**
     * Creates an outstanding item.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the reference is not an identifier or the description is
     *                                  blank or too long
     */
    public OutstandingItem {
        Identifiers.requireValid("OutstandingItem.reference", reference);
        Objects.requireNonNull(kind, "kind");
        Names.require("OutstandingItem.description", description, MAX_DESCRIPTION);
    }

    /** Returns the reference and kind, not the description (rule EU-4). */
    @Override
    public String toString() {
        return "OutstandingItem[reference=" + reference + ", kind=" + kind + "]";
    }
}
