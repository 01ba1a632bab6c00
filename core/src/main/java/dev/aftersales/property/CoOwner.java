package dev.aftersales.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One owner of a unit with their share (rule EU-3: co-owners). A sole owner holds
 * {@link Share#WHOLE}.
 *
 * @param owner the owner
 * @param share the owner's share of the unit
 */
public record CoOwner(OwnerId owner, Share share) {

    /**
     * Creates a co-owner.
     *
     * @throws NullPointerException if an argument is null
     */
    public CoOwner {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(share, "share");
    }

    /**
     * Obtains the only owner of a unit.
     *
     * @param owner the owner
     * @return the co-owner holding the whole unit
     */
    public static List<CoOwner> sole(OwnerId owner) {
        return List.of(new CoOwner(owner, Share.WHOLE));
    }

    /**
     * Obtains co-owners holding equal shares, in the given order.
     *
     * @param owners the owners, at least one
     * @return one co-owner per owner, {@code 1/n} each
     * @throws NullPointerException     if the list or an owner is null
     * @throws IllegalArgumentException if the list is empty
     */
    public static List<CoOwner> equalShares(List<OwnerId> owners) {
        if (owners.isEmpty()) {
            throw new IllegalArgumentException("at least one owner is needed");
        }
        List<Share> shares = Share.equalParts(owners.size());
        List<CoOwner> out = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            out.add(new CoOwner(owners.get(i), shares.get(i)));
        }
        return List.copyOf(out);
    }
}
