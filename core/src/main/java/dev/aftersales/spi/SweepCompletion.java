package dev.aftersales.spi;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import java.util.List;
import java.util.Objects;

/**
 * The completion of one claimed commitment's sweep, one item of
 * {@link CommitmentRepository#completeSweeps}: the commitment as the engine left it (with the
 * version it was claimed at) and the events it fired (rules SL-8, SL-9).
 *
 * @param commitment the updated commitment, with the version it was claimed at
 * @param fired      the events fired, possibly none, each of this commitment
 */
public record SweepCompletion(Commitment commitment, List<CommitmentEvent> fired) {

    /**
     * Checks and copies the completion.
     *
     * @throws NullPointerException     if an argument or an event is null
     * @throws IllegalArgumentException if an event belongs to another commitment
     */
    public SweepCompletion {
        Objects.requireNonNull(commitment, "commitment");
        fired = List.copyOf(Objects.requireNonNull(fired, "fired"));
        for (CommitmentEvent e : fired) {
            if (!e.key().commitment().equals(commitment.id())) {
                throw new IllegalArgumentException("fired: event " + e.eventId() + " is not of commitment "
                        + commitment.id());
            }
        }
    }
}
