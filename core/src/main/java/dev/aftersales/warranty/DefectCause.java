package dev.aftersales.warranty;

import java.util.Objects;

/**
 * The cause of a defect as found by staff: normal use, or an exclusion with the staff member's
 * recorded reason (rule WA-6).
 *
 * @param exclusion the exclusion, or null for normal use
 * @param reason    the recorded reason, or null for normal use; not logged nor printed by toString
 */
public record DefectCause(Exclusion exclusion, String reason) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if an exclusion has no reason (WA-2, WA-6), a reason has no
     *                                  exclusion, or the reason is longer than 2000 characters
     */
    public DefectCause {
        if (exclusion != null && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("reason: an exclusion needs the recorded reason (rule WA-6)");
        }
        if (exclusion == null && reason != null) {
            throw new IllegalArgumentException("reason: only an exclusion records a reason");
        }
        if (reason != null && reason.length() > 2000) {
            throw new IllegalArgumentException("reason: at most 2000 characters");
        }
    }

    /**
     * Gets the cause of a defect under normal use.
     *
     * @return the cause of a defect under normal use
     */
    public static DefectCause normalUse() {
        return new DefectCause(null, null);
    }

    /**
     * Creates an excluded cause.
     *
     * @param exclusion the exclusion
     * @param reason    the staff member's recorded reason
     * @return the cause
     */
    public static DefectCause excluded(Exclusion exclusion, String reason) {
        return new DefectCause(Objects.requireNonNull(exclusion, "exclusion"), reason);
    }

    /**
     * Tells whether an exclusion applies.
     *
     * @return true if an exclusion applies
     */
    public boolean isExcluded() {
        return exclusion != null;
    }

    @Override
    public String toString() {
        return exclusion == null ? "DefectCause[normal use]" : "DefectCause[" + exclusion + "]";
    }
}
