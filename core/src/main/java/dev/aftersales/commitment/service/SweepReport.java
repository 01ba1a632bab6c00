package dev.aftersales.commitment.service;

/**
 * What one sweep did (rules SL-8, SL-9, WA-4).
 *
 * @param swept       commitments claimed and completed
 * @param fired       commitment events recorded and delivered (warnings, breaches, escalations)
 * @param conflicts   commitments (or batches of reminders) left to another writer after a stale
 *                    save or a duplicate key
 * @param failures    commitments that could not be evaluated, or batches of reminders that could
 *                    not be fired (logged, left for a later sweep)
 * @param redelivered events recorded earlier and delivered again
 * @param reminders   warranty expiry reminders fired (rule WA-4)
 */
public record SweepReport(int swept, int fired, int conflicts, int failures, int redelivered, int reminders) {

    /**
     * Creates the report of a sweep that fired no warranty reminders.
     *
     * @param swept       commitments claimed and completed
     * @param fired       commitment events recorded and delivered
     * @param conflicts   commitments left to another writer
     * @param failures    commitments that could not be evaluated
     * @param redelivered events recorded earlier and delivered again
     */
    public SweepReport(int swept, int fired, int conflicts, int failures, int redelivered) {
        this(swept, fired, conflicts, failures, redelivered, 0);
    }

    /**
     * Returns the sum of this report and another.
     *
     * @param other the other report
     * @return the sum
     */
    public SweepReport plus(SweepReport other) {
        return new SweepReport(swept + other.swept, fired + other.fired, conflicts + other.conflicts,
                failures + other.failures, redelivered + other.redelivered, reminders + other.reminders);
    }
}
