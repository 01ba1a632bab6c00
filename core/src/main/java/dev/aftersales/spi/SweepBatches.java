package dev.aftersales.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Checks shared by the implementations of {@link CommitmentRepository#completeSweeps}. */
public final class SweepBatches {

    private SweepBatches() {
    }

    /**
     * Checks that a batch of completions names each commitment at most once.
     *
     * @param completions the batch
     * @return the batch
     * @throws NullPointerException     if the list or an element is null
     * @throws IllegalArgumentException if two completions name the same commitment
     */
    public static List<SweepCompletion> requireDistinct(List<SweepCompletion> completions) {
        Objects.requireNonNull(completions, "completions");
        Set<String> ids = new HashSet<>();
        for (SweepCompletion c : completions) {
            Objects.requireNonNull(c, "completion");
            if (!ids.add(c.commitment().id().value())) {
                throw new IllegalArgumentException("completions: commitment " + c.commitment().id()
                        + " is completed twice in one batch");
            }
        }
        return completions;
    }
}
