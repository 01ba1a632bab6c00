package dev.aftersales.commitment.service;

import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a proposed policy version would change if the running commitments of its policy were
 * re-evaluated under it (rule SL-13): nothing is saved by computing it.
 *
 * @param proposed    the proposed version
 * @param asOf        the instant of the preview
 * @param changes     the open commitments whose deadline would move, in the store's order
 * @param unchanged   how many open commitments would keep their deadline
 * @param withoutTerm the open commitments whose term the proposed version lacks: a re-evaluation
 *                    would refuse them, and they keep running under their version
 */
public record PolicyPreview(PolicyRef proposed, Instant asOf, List<Change> changes, int unchanged,
                            List<CommitmentId> withoutTerm) {

    /**
     * One commitment whose deadline would move.
     *
     * @param commitment the commitment
     * @param ticket     its ticket
     * @param termKey    its term
     * @param runsUnder  the version it runs under now
     * @param deadline   its deadline now, null if it has none (paused)
     * @param proposed   its deadline under the proposed version, null if none
     */
    public record Change(CommitmentId commitment, TicketId ticket, String termKey, PolicyRef runsUnder,
                         Instant deadline, Instant proposed) {

        /**
         * Creates a change.
         *
         * @throws NullPointerException if the commitment, ticket, term key or version is null
         */
        public Change {
            Objects.requireNonNull(commitment, "commitment");
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(termKey, "termKey");
            Objects.requireNonNull(runsUnder, "runsUnder");
        }
    }

    /**
     * Creates a preview.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code unchanged} is negative
     */
    public PolicyPreview {
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(asOf, "asOf");
        changes = List.copyOf(changes);
        withoutTerm = List.copyOf(withoutTerm);
        if (unchanged < 0) {
            throw new IllegalArgumentException("unchanged is never negative, got " + unchanged);
        }
    }
}
