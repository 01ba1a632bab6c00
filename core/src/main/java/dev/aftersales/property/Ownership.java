package dev.aftersales.property;

import dev.aftersales.common.Actor;
import dev.aftersales.common.Versioned;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The owner–unit relation (购房合同 / 交付, rule EU-3): one or several co-owners hold a unit from
 * the day a contract is signed, the unit is handed over on a date (交付; warranty clocks start
 * there, WA-1), and a transfer to new owners ends this ownership and starts another. Stored as is
 * through {@link dev.aftersales.spi.OwnershipRepository}; changes only through
 * {@link #handOver} and {@link #transferTo}, which refuse an illegal step with an
 * {@link OwnershipStepException} and return new records.
 *
 * <p>An ownership started by a transfer after handover keeps the unit's handover date and actor:
 * the warranty does not restart with a new owner (WA-1). Its {@code contractSignedOn} is the
 * transfer date.
 *
 * @param id               the ownership's id
 * @param unit             the unit held
 * @param owners           the co-owners in contract order, the first the main contact; 1 to
 *                         {@value #MAX_CO_OWNERS}, distinct owners, shares adding up to one
 * @param contractSignedOn the day the sales contract (or the transfer) was signed
 * @param previous         the ownership this one was transferred from, or {@code null} if it began
 *                         with a contract with the developer
 * @param handedOverOn     the day the unit was handed over, or {@code null} if not yet
 * @param handedOverBy     who handed it over, set exactly when {@code handedOverOn} is
 * @param endedOn          the day of the transfer that ended this ownership, or {@code null}
 * @param successor        the ownership that followed, set exactly when {@code endedOn} is
 * @param version          the stored version, {@code 0} if never stored ({@link Versioned})
 */
public record Ownership(OwnershipId id, UnitId unit, List<CoOwner> owners, LocalDate contractSignedOn,
                        OwnershipId previous, LocalDate handedOverOn, Actor handedOverBy, LocalDate endedOn,
                        OwnershipId successor, long version) implements Versioned<Ownership> {

    /** The most co-owners of one unit accepted. */
    public static final int MAX_CO_OWNERS = 20;

    /**
     * Creates an ownership record.
     *
     * @throws NullPointerException     if a required argument is null
     * @throws IllegalArgumentException if the co-owners are empty, too many, repeated or their
     *                                  shares do not add up to one; if the dates are out of order;
     *                                  if a date and its companion (actor, successor) are not set
     *                                  together; or if the version is negative
     */
    public Ownership {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        owners = requireValidOwners(id, owners);
        Objects.requireNonNull(contractSignedOn, "contractSignedOn");
        if ((handedOverOn == null) != (handedOverBy == null)) {
            throw new IllegalArgumentException("ownership " + id + ": handedOverOn and handedOverBy go together");
        }
        if (previous == null && handedOverOn != null && handedOverOn.isBefore(contractSignedOn)) {
            throw new IllegalArgumentException("ownership " + id + ": handed over on " + handedOverOn
                    + " before the contract of " + contractSignedOn);
        }
        if ((endedOn == null) != (successor == null)) {
            throw new IllegalArgumentException("ownership " + id + ": endedOn and successor go together");
        }
        if (endedOn != null && (endedOn.isBefore(contractSignedOn)
                || handedOverOn != null && endedOn.isBefore(handedOverOn))) {
            throw new IllegalArgumentException("ownership " + id + ": ended on " + endedOn
                    + " before it was signed or handed over");
        }
        if (id.equals(previous) || id.equals(successor)) {
            throw new IllegalArgumentException("ownership " + id + " cannot follow or precede itself");
        }
        Versions.requireValid(version);
    }

    private static List<CoOwner> requireValidOwners(OwnershipId id, List<CoOwner> owners) {
        List<CoOwner> copy = List.copyOf(Objects.requireNonNull(owners, "owners"));
        if (copy.isEmpty() || copy.size() > MAX_CO_OWNERS) {
            throw new IllegalArgumentException("ownership " + id + " needs 1 to " + MAX_CO_OWNERS
                    + " owners, got " + copy.size());
        }
        Set<OwnerId> seen = new HashSet<>();
        for (CoOwner c : copy) {
            if (!seen.add(c.owner())) {
                throw new IllegalArgumentException("ownership " + id + " lists owner " + c.owner() + " twice");
            }
        }
        if (!Share.addUpToWhole(copy.stream().map(CoOwner::share).toList())) {
            throw new IllegalArgumentException("ownership " + id + ": shares must add up to 1");
        }
        return copy;
    }

    /**
     * Obtains a new ownership: a sales contract with the developer was signed (EU-3, PH-1).
     *
     * @param id       the new ownership's id
     * @param unit     the unit bought
     * @param owners   the buyers with their shares
     * @param signedOn the day the contract was signed
     * @return the ownership, {@link OwnershipState#CONTRACT_SIGNED}, version {@code 0}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the co-owners are invalid, see {@link Ownership}
     */
    public static Ownership sign(OwnershipId id, UnitId unit, List<CoOwner> owners, LocalDate signedOn) {
        return new Ownership(id, unit, owners, signedOn, null, null, null, null, null, 0);
    }

    /**
     * Returns where this ownership stands.
     *
     * @return transferred if ended, handed over if handed over, else contract signed
     */
    public OwnershipState state() {
        if (endedOn != null) {
            return OwnershipState.TRANSFERRED;
        }
        return handedOverOn != null ? OwnershipState.HANDED_OVER : OwnershipState.CONTRACT_SIGNED;
    }

    /**
     * Checks if this ownership holds its unit now, i.e. it has not been transferred.
     *
     * @return true until the ownership is transferred
     */
    public boolean isCurrent() {
        return endedOn == null;
    }

    /**
     * Checks if the unit has been handed over (to these owners or, for an ownership started by a
     * transfer, to an earlier one).
     *
     * @return true if {@link #handedOverOn()} is set
     */
    public boolean isHandedOver() {
        return handedOverOn != null;
    }

    /**
     * Returns the owners' ids in contract order.
     *
     * @return the owner ids, unmodifiable
     */
    public List<OwnerId> ownerIds() {
        return owners.stream().map(CoOwner::owner).toList();
    }

    /**
     * Checks if an owner is one of the co-owners.
     *
     * @param owner the owner
     * @return true if the owner holds a share
     */
    public boolean isOwnedBy(OwnerId owner) {
        return shareOf(owner).isPresent();
    }

    /**
     * Returns an owner's share of the unit.
     *
     * @param owner the owner
     * @return the share, or empty if the owner is not a co-owner
     */
    public Optional<Share> shareOf(OwnerId owner) {
        Objects.requireNonNull(owner, "owner");
        return owners.stream().filter(c -> c.owner().equals(owner)).map(CoOwner::share).findFirst();
    }

    /**
     * Hands the unit over to its owners (交付, EU-3): from this day warranty clocks run (WA-1).
     *
     * @param on the handover date, not before the contract date
     * @param by who handed the unit over
     * @return a copy in state {@link OwnershipState#HANDED_OVER}
     * @throws NullPointerException   if an argument is null
     * @throws OwnershipStepException if the unit was already handed over, the ownership was
     *                                transferred, or the date is before the contract date
     */
    public Ownership handOver(LocalDate on, Actor by) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(by, "by");
        String step = "hand over";
        if (endedOn != null) {
            throw refused(step, "it was transferred on " + endedOn,
                    "它已于 " + endedOn + " 转让");
        }
        if (handedOverOn != null) {
            throw refused(step, "the unit was already handed over on " + handedOverOn,
                    "该房屋已于 " + handedOverOn + " 交付");
        }
        if (on.isBefore(contractSignedOn)) {
            throw refused(step, "handover date " + on + " is before the contract date " + contractSignedOn,
                    "交付日期 " + on + " 早于签约日期 " + contractSignedOn);
        }
        return new Ownership(id, unit, owners, contractSignedOn, previous, on, by, null, null, version);
    }

    /**
     * Transfers the unit to new owners (EU-3): this ownership ends on the transfer date and a new one
     * starts, keeping the handover date if the unit was already handed over (WA-1).
     *
     * @param newId     the id of the new ownership
     * @param newOwners the new co-owners with their shares
     * @param on        the transfer date, not before the contract or handover date
     * @return this ownership ended and the new ownership
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the new co-owners are invalid, see {@link Ownership}
     * @throws OwnershipStepException   if this ownership was already transferred, the date is
     *                                  before its contract or handover date, the new owners and
     *                                  shares are the current ones, or the new id is this one's
     */
    public OwnershipTransfer transferTo(OwnershipId newId, List<CoOwner> newOwners, LocalDate on) {
        Objects.requireNonNull(newId, "newId");
        Objects.requireNonNull(newOwners, "newOwners");
        Objects.requireNonNull(on, "on");
        String step = "transfer";
        if (endedOn != null) {
            throw refused(step, "it was already transferred on " + endedOn + " to " + successor,
                    "它已于 " + endedOn + " 转让给产权 " + successor);
        }
        if (on.isBefore(contractSignedOn)) {
            throw refused(step, "transfer date " + on + " is before the contract date " + contractSignedOn,
                    "转让日期 " + on + " 早于签约日期 " + contractSignedOn);
        }
        if (handedOverOn != null && on.isBefore(handedOverOn)) {
            throw refused(step, "transfer date " + on + " is before the handover date " + handedOverOn,
                    "转让日期 " + on + " 早于交付日期 " + handedOverOn);
        }
        if (newId.equals(id)) {
            throw refused(step, "the new ownership needs an id of its own",
                    "新产权须有自己的编号");
        }
        if (Set.copyOf(newOwners).equals(Set.copyOf(owners))) {
            throw refused(step, "the new owners and shares are the current ones",
                    "新业主及份额与现有的相同");
        }
        Ownership started = new Ownership(newId, unit, newOwners, on, id, handedOverOn, handedOverBy, null, null, 0);
        Ownership ended = new Ownership(id, unit, owners, contractSignedOn, previous, handedOverOn, handedOverBy,
                on, newId, version);
        return new OwnershipTransfer(ended, started);
    }

    private OwnershipStepException refused(String step, String reason, String chineseReason) {
        return new OwnershipStepException(id, unit, state(), step, reason, chineseReason);
    }

    @Override
    public Ownership withVersion(long newVersion) {
        return new Ownership(id, unit, owners, contractSignedOn, previous, handedOverOn, handedOverBy, endedOn,
                successor, newVersion);
    }

    @Override
    public String idText() {
        return id.value();
    }
}
