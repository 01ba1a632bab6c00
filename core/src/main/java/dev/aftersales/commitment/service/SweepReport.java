package dev.aftersales.commitment.service;

/**
 * What one sweep did (rules SL-8, SL-9).
 *
 * @param swept       commitments claimed and completed
 * @param fired       events recorded and delivered (warnings, breaches, escalations)
 * @param conflicts   commitments left to another writer after a stale save or a duplicate key
 * @param failures    commitments that could not be evaluated (logged, claim released)
 * @param redelivered events recorded earlier and delivered again from the outbox
 */
public record SweepReport(int swept, int fired, int conflicts, int failures, int redelivered) {

    /**
     * Returns the sum of this report and another.
     *
     * @param other the other report
     * @return the sum
     */
    public SweepReport plus(SweepReport other) {
        return new SweepReport(swept + other.swept, fired + other.fired, conflicts + other.conflicts,
                failures + other.failures, redelivered + other.redelivered);
    }
}
