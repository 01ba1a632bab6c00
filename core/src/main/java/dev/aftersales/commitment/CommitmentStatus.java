package dev.aftersales.commitment;

import dev.aftersales.common.DisplayNamed;

/**
 * Where a commitment stands (rules SL-7, SL-9, SL-10).
 *
 * <p>Its display names, in English and Chinese, come from the package's {@code DisplayNames} bundle (rule CP-2).
 */
public enum CommitmentStatus implements DisplayNamed {
    /** Its clock runs and its deadline has not passed. */
    RUNNING,
    /** Its clock stopped while the ticket waits (rule SL-7); it cannot breach meanwhile. */
    PAUSED,
    /** Its deadline passed without the stop step (rule SL-9); still open. */
    BREACHED,
    /** Its stop step happened at or before the deadline (rule SL-9). */
    MET,
    /** Its stop step happened after the breach; the lateness is recorded (rule SL-10). */
    MET_LATE;

    /**
     * Checks if the commitment still waits for its stop step.
     *
     * @return true for running, paused and breached
     */
    public boolean isOpen() {
        return this == RUNNING || this == PAUSED || this == BREACHED;
    }
}
