package dev.aftersales.spi;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.FiringKey;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CommitmentRepository#completeSweeps} wrote (rules SL-8, SL-9).
 *
 * @param stored     the commitments saved, each with version + 1, in the order given
 * @param recorded   the events recorded now, undelivered, in the order given
 * @param stale      the commitments whose version had changed since their claim: nothing of them
 *                   was written
 * @param duplicates the keys of fired events that were recorded already: they stay as recorded
 *                   (neither doubled nor failing the others)
 */
public record CompletedSweeps(List<Commitment> stored, List<CommitmentEvent> recorded, List<CommitmentId> stale,
                              List<FiringKey> duplicates) {

    /**
     * Checks and copies the lists.
     *
     * @throws NullPointerException if a list or an element is null
     */
    public CompletedSweeps {
        stored = List.copyOf(Objects.requireNonNull(stored, "stored"));
        recorded = List.copyOf(Objects.requireNonNull(recorded, "recorded"));
        stale = List.copyOf(Objects.requireNonNull(stale, "stale"));
        duplicates = List.copyOf(Objects.requireNonNull(duplicates, "duplicates"));
    }
}
