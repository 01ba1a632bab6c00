package dev.aftersales.examples.adapter;

import dev.aftersales.common.Versioned;
import java.time.Instant;
import java.util.Objects;

/**
 * A sweeper's claim on one due commitment, a row of the {@link SnapshotStore}'s claims table keyed
 * by the commitment's id. A claim is a lease, not data: it never changes the commitment's version.
 *
 * <p>It holds only while the commitment is still at the version it was claimed at and its lease
 * has not passed: a save or a completed sweep raises the version and so releases the claim
 * without touching this row, and {@link #released()} ends it early. In a SQL adapter the claim is
 * two columns of the commitment row, {@code claimed_by} and {@code claimed_until}, that every save
 * clears.
 *
 * @param commitmentId      the claimed commitment's id text
 * @param commitmentVersion the commitment's version when claimed
 * @param claimant          who claimed it, e.g. a node and thread id
 * @param until             when the lease lapses
 * @param version           the row's own version, for the store's optimistic checks
 */
record ClaimRow(String commitmentId, long commitmentVersion, String claimant, Instant until, long version)
        implements Versioned<ClaimRow> {

    /** Checks that every field is present. */
    ClaimRow {
        Objects.requireNonNull(commitmentId, "commitmentId");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(until, "until");
    }

    /**
     * Checks whether someone other than {@code claimant} holds the commitment at {@code version}
     * beyond {@code now} (a claimant may renew its own claim).
     *
     * @param claimant          who asks
     * @param currentVersion    the commitment's stored version
     * @param now               the instant of the question
     * @return true if the commitment is held by another claimant
     */
    boolean heldAgainst(String claimant, long currentVersion, Instant now) {
        return commitmentVersion == currentVersion && until.isAfter(now) && !this.claimant.equals(claimant);
    }

    /**
     * Returns this claim ended: its lease lapsed at the start of time.
     *
     * @return the released copy, at this row's version
     */
    ClaimRow released() {
        return new ClaimRow(commitmentId, commitmentVersion, claimant, Instant.MIN, version);
    }

    @Override
    public ClaimRow withVersion(long newVersion) {
        return new ClaimRow(commitmentId, commitmentVersion, claimant, until, newVersion);
    }

    @Override
    public String idText() {
        return commitmentId;
    }
}
