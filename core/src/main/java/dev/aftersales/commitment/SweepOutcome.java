package dev.aftersales.commitment;

import java.util.List;
import java.util.Objects;

/**
 * What a sweep of one commitment produced (rules SL-8, SL-9): the commitment with the new firings
 * recorded and its next check rescheduled, and the events fired, in scheduled order.
 *
 * @param commitment the updated commitment
 * @param fired      the events fired now; empty if nothing was due
 */
public record SweepOutcome(Commitment commitment, List<CommitmentEvent> fired) {

    /**
     * Creates an outcome.
     *
     * @throws NullPointerException if an argument is null
     */
    public SweepOutcome {
        Objects.requireNonNull(commitment, "commitment");
        fired = List.copyOf(fired);
    }
}
