package dev.aftersales.commitment;

import java.util.Objects;

/**
 * The unique key under which a firing is recorded exactly once (rules SL-8, SL-9): commitment,
 * ticket cycle, kind and level. Storage adapters enforce its uniqueness, so that several sweepers
 * never record the same warning, breach or escalation twice.
 *
 * @param commitment the commitment
 * @param cycle      the ticket cycle
 * @param kind       warning, breach or escalation
 * @param level      the level (0 for the breach)
 */
public record FiringKey(CommitmentId commitment, int cycle, FiringKind kind, int level) {

    /**
     * Creates a key.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the cycle is below 1 or the level negative
     */
    public FiringKey {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(kind, "kind");
        if (cycle < 1 || level < 0) {
            throw new IllegalArgumentException("a firing key has cycle >= 1 and level >= 0, got " + cycle + "/" + level);
        }
    }

    /**
     * Gets the key as text, {@code commitment:cycle:kind:level}; the stable event id of the firing.
     *
     * @return the text
     */
    public String text() {
        return commitment.value() + ":" + cycle + ":" + kind + ":" + level;
    }

    @Override
    public String toString() {
        return text();
    }
}
