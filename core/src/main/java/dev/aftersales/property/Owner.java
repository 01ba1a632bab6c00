package dev.aftersales.property;

import dev.aftersales.common.Versioned;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An owner (业主 / 客户): a buyer of one or more units, with the profile of rule EU-3. The personal
 * data sits in {@link OwnerProfile}; the owner's {@code toString} shows the id and the
 * non-personal fields only (rule EU-4). Stored as is through
 * {@link dev.aftersales.spi.OwnerRepository}. Which units an owner holds is recorded on
 * {@link Ownership}s.
 *
 * @param id                the owner's id
 * @param profile           the personal data
 * @param origin            where the owner comes from
 * @param propertyRightType the kind of property right held
 * @param paymentStatus     how the owner stands with the fees due
 * @param outstandingItems  construction leftovers and compensation items still open, at most
 *                          {@value #MAX_ITEMS}, references distinct
 * @param version           the stored version, {@code 0} if never stored ({@link Versioned})
 */
public record Owner(OwnerId id, OwnerProfile profile, CustomerOrigin origin, PropertyRightType propertyRightType,
                    PaymentStatus paymentStatus, List<OutstandingItem> outstandingItems, long version)
        implements Versioned<Owner> {

    /** The most outstanding items kept per owner. */
    public static final int MAX_ITEMS = 50;

    /**
     * Creates an owner record.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if there are too many outstanding items, two share a
     *                                  reference, or the version is negative
     */
    public Owner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(propertyRightType, "propertyRightType");
        Objects.requireNonNull(paymentStatus, "paymentStatus");
        outstandingItems = List.copyOf(outstandingItems);
        if (outstandingItems.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("owner " + id + " may have at most " + MAX_ITEMS
                    + " outstanding items, got " + outstandingItems.size());
        }
        Set<String> references = new HashSet<>();
        for (OutstandingItem item : outstandingItems) {
            if (!references.add(item.reference())) {
                throw new IllegalArgumentException("owner " + id + " has outstanding item " + item.reference()
                        + " twice");
            }
        }
        Versions.requireValid(version);
    }

    /**
     * Obtains a new, not yet stored owner with no outstanding items.
     *
     * @param id                the owner's id
     * @param profile           the personal data
     * @param origin            where the owner comes from
     * @param propertyRightType the kind of property right
     * @param paymentStatus     the payment status
     * @return the owner at version {@code 0}
     * @throws NullPointerException if an argument is null
     */
    public static Owner create(OwnerId id, OwnerProfile profile, CustomerOrigin origin,
                               PropertyRightType propertyRightType, PaymentStatus paymentStatus) {
        return new Owner(id, profile, origin, propertyRightType, paymentStatus, List.of(), 0);
    }

    /**
     * Returns a copy of this owner with another profile.
     *
     * @param newProfile the new personal data
     * @return the copy
     * @throws NullPointerException if the profile is null
     */
    public Owner withProfile(OwnerProfile newProfile) {
        return new Owner(id, newProfile, origin, propertyRightType, paymentStatus, outstandingItems, version);
    }

    /**
     * Returns a copy of this owner with another customer origin.
     *
     * @param newOrigin where the owner comes from
     * @return the copy
     * @throws NullPointerException if the origin is null
     */
    public Owner withOrigin(CustomerOrigin newOrigin) {
        return new Owner(id, profile, newOrigin, propertyRightType, paymentStatus, outstandingItems, version);
    }

    /**
     * Returns a copy of this owner with another property-right type.
     *
     * @param newType the kind of property right
     * @return the copy
     * @throws NullPointerException if the type is null
     */
    public Owner withPropertyRightType(PropertyRightType newType) {
        return new Owner(id, profile, origin, newType, paymentStatus, outstandingItems, version);
    }

    /**
     * Finds the open outstanding item of a reference.
     *
     * @param reference the item's reference
     * @return the item, or empty if none is open under that reference
     * @throws NullPointerException if the reference is null
     */
    public Optional<OutstandingItem> outstandingItem(String reference) {
        Objects.requireNonNull(reference, "reference");
        return outstandingItems.stream().filter(i -> i.reference().equals(reference)).findFirst();
    }

    /**
     * Returns a copy of this owner with another payment status.
     *
     * @param newStatus the new payment status
     * @return the copy
     * @throws NullPointerException if the status is null
     */
    public Owner withPaymentStatus(PaymentStatus newStatus) {
        return new Owner(id, profile, origin, propertyRightType, newStatus, outstandingItems, version);
    }

    /**
     * Returns a copy of this owner with one more outstanding item (EU-3).
     *
     * @param item the item now open
     * @return the copy
     * @throws NullPointerException     if the item is null
     * @throws IllegalArgumentException if an item with that reference is already open, or too many are
     */
    public Owner recordOutstandingItem(OutstandingItem item) {
        Objects.requireNonNull(item, "item");
        List<OutstandingItem> items = new ArrayList<>(outstandingItems);
        items.add(item);
        return new Owner(id, profile, origin, propertyRightType, paymentStatus, items, version);
    }

    /**
     * Returns a copy of this owner without the outstanding item of a reference: it has been settled.
     *
     * @param reference the item's reference
     * @return the copy
     * @throws NullPointerException     if the reference is null
     * @throws IllegalArgumentException if no open item has that reference
     */
    public Owner settleOutstandingItem(String reference) {
        Objects.requireNonNull(reference, "reference");
        List<OutstandingItem> items = new ArrayList<>(outstandingItems);
        if (!items.removeIf(i -> i.reference().equals(reference))) {
            throw new IllegalArgumentException("owner " + id + " has no outstanding item " + reference);
        }
        return new Owner(id, profile, origin, propertyRightType, paymentStatus, items, version);
    }

    @Override
    public Owner withVersion(long newVersion) {
        return new Owner(id, profile, origin, propertyRightType, paymentStatus, outstandingItems, newVersion);
    }

    @Override
    public String idText() {
        return id.value();
    }

    /** Returns the id and the non-personal fields; the profile is left out (rule EU-4). */
    @Override
    public String toString() {
        return "Owner[id=" + id + ", origin=" + origin + ", propertyRightType=" + propertyRightType
                + ", paymentStatus=" + paymentStatus + ", outstandingItems=" + outstandingItems
                + ", version=" + version + "]";
    }
}
