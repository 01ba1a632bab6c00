package dev.aftersales.property;

import java.util.Objects;

/**
 * The result of transferring a unit to a new owner (rule EU-3): the ownership that ended and the
 * one that started. Both are saved in one unit of work.
 *
 * @param ended   the previous ownership, now {@link OwnershipState#TRANSFERRED}
 * @param started the new ownership, not yet stored (version {@code 0})
 */
public record OwnershipTransfer(Ownership ended, Ownership started) {

    /**
     * Creates the result.
     *
     * @throws NullPointerException if an argument is null
     */
    public OwnershipTransfer {
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(started, "started");
    }
}
