package dev.aftersales.commitment;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a commitment fired, as recorded (rules SL-8, SL-9): a warning, the breach or an
 * escalation, stamped with the instant it was scheduled for (a breach with its deadline), and the
 * instant the sweep recorded it (later after downtime).
 *
 * @param kind        warning, breach or escalation
 * @param level       the warning's or escalation's level from 1; 0 for the breach
 * @param scheduledAt the instant it was due
 * @param recordedAt  the instant it was recorded
 */
public record Firing(FiringKind kind, int level, Instant scheduledAt, Instant recordedAt) {

    /**
     * Creates a firing.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the level is negative
     */
    public Firing {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (level < 0) {
            throw new IllegalArgumentException("a firing level is 0 or more, got " + level);
        }
    }

    /**
     * Checks if this firing is of a kind and level.
     *
     * @param k the kind
     * @param l the level
     * @return true if both match
     */
    public boolean is(FiringKind k, int l) {
        return kind == k && level == l;
    }
}
