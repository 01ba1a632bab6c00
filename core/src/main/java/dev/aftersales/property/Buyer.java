package dev.aftersales.property;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One buyer named by a command that signs a contract or transfers a unit ({@link SignContract},
 * {@link TransferOwnership}): a registered owner and, for co-owners by shares, the share as a
 * fraction such as {@code "1/2"}. Either every buyer of a command gives a share, and the shares add
 * up to one, or none does, and the buyers hold equal shares.
 *
 * @param ownerId the id of a registered owner
 * @param share   the share as a fraction, e.g. {@code "1/2"}, or {@code null} for equal shares
 */
public record Buyer(
        @NotNull(message = "{aftersales.property.required}")
        @Pattern(regexp = PropertyFormats.ID, message = "{aftersales.property.id}")
        String ownerId,
        @Pattern(regexp = PropertyFormats.SHARE, message = "{aftersales.property.share}")
        String share) {

    /**
     * Obtains a buyer without a share (equal shares).
     *
     * @param ownerId the owner's id
     * @return the buyer
     */
    public static Buyer of(String ownerId) {
        return new Buyer(ownerId, null);
    }

    /**
     * Obtains a buyer with a share.
     *
     * @param ownerId the owner's id
     * @param share   the share, e.g. {@code "1/2"}
     * @return the buyer
     */
    public static Buyer of(String ownerId, String share) {
        return new Buyer(ownerId, share);
    }

    /**
     * Checks the shares of a list of buyers: all given and adding up to one, or none given. Lists or
     * shares that other constraints reject count as consistent here, so that each problem is
     * reported once.
     */
    static boolean sharesConsistent(List<Buyer> buyers) {
        if (buyers == null || buyers.isEmpty() || buyers.stream().anyMatch(Objects::isNull)) {
            return true;
        }
        long given = buyers.stream().filter(b -> b.share() != null).count();
        if (given == 0) {
            return true;
        }
        if (given < buyers.size()) {
            return false;
        }
        if (buyers.stream().anyMatch(b -> !b.share().matches(PropertyFormats.SHARE))) {
            return true;
        }
        List<Share> shares = new ArrayList<>();
        for (Buyer b : buyers) {
            Share parsed = Share.tryParse(b.share());
            if (parsed == null) {
                return false;
            }
            shares.add(parsed);
        }
        return Share.addUpToWhole(shares);
    }

    /** Checks that no owner is named twice; null entries count as distinct. */
    static boolean distinctOwners(List<Buyer> buyers) {
        if (buyers == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        for (Buyer b : buyers) {
            if (b != null && b.ownerId() != null && !seen.add(b.ownerId())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Turns validated buyers into co-owners.
     *
     * @param buyers the buyers of a validated command
     * @return the co-owners, in the buyers' order
     * @throws IllegalArgumentException if the buyers were not validated
     */
    public static List<CoOwner> toCoOwners(List<Buyer> buyers) {
        Objects.requireNonNull(buyers, "buyers");
        if (buyers.stream().allMatch(b -> b.share() == null)) {
            return CoOwner.equalShares(buyers.stream().map(b -> OwnerId.of(b.ownerId())).toList());
        }
        return buyers.stream().map(b -> new CoOwner(OwnerId.of(b.ownerId()), Share.parse(b.share()))).toList();
    }
}
