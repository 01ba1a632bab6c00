package dev.aftersales.commitment;

import java.time.Duration;
import java.time.Instant;

/**
 * Deadlines agreed with the owner (rule SL-11).
 *
 * <ul>
 *   <li>An agreement before the breach becomes the deadline: from then on the commitment counts
 *       elapsed time and its budget is the time from the agreement to the agreed deadline (an
 *       agreed time in the past counts as the agreement's instant). A running commitment closes
 *       its interval and runs on against it; a paused one keeps the agreed budget as its time left
 *       for the resume (SL-7).</li>
 *   <li>An agreement never erases a breach: once the deadline passed (while running) the breach
 *       stays, stamped with the deadline (SL-9), and the agreed deadline is tracked as a commitment
 *       of its own ({@link CommitmentInput.AgreedAfterBreach}, recorded on the breached one).</li>
 *   <li>A stopped commitment takes no agreement.</li>
 * </ul>
 */
final class AgreedDeadlineRules {

    private AgreedDeadlineRules() {
    }

    /**
     * Applies a deadline agreed on the commitment itself.
     *
     * @param state the state before
     * @param entry the agreement
     * @param log   the running intervals
     * @param trail the explanation
     * @return the state after
     */
    static DeadlineState agree(DeadlineState state, CommitmentInput.DeadlineAgreed entry, SegmentLog log,
                               ExplanationTrail trail) {
        if (state.is(DeadlineState.Phase.STOPPED)) {
            return state;
        }
        boolean running = state.is(DeadlineState.Phase.RUNNING);
        if (state.breach() != null || (running && entry.at().isAfter(state.deadline()))) {
            DeadlineState breached = state.breachedAt(state.deadline());
            trail.add(() -> new ExplanationStep.DeadlineAgreed(entry.at(), entry.agreed(), entry.by(), entry.step(),
                    breached.deadline(), true, entry.entry()));
            return breached;
        }
        Instant agreed = entry.agreed().isBefore(entry.at()) ? entry.at() : entry.agreed();
        DeadlineState after;
        if (running) {
            Countdown countdown = Countdown.agreed(entry.at(), agreed);
            after = log.close(state, entry.at()).running(countdown,
                    Segment.beforeBreach(entry.at(), countdown, countdown.budget()));
        } else {
            after = state.pausedWithAgreement(Duration.between(entry.at(), agreed));
        }
        trail.add(() -> new ExplanationStep.DeadlineAgreed(entry.at(), entry.agreed(), entry.by(), entry.step(),
                running ? agreed : null, false, entry.entry()));
        return after;
    }

    /**
     * Applies the record that an agreement came after the breach and started a commitment of its
     * own: a running commitment whose deadline passed by then is breached, stamped with that
     * deadline.
     *
     * @param state the state before
     * @param entry the record
     * @param trail the explanation
     * @return the state after
     */
    static DeadlineState agreedAfterBreach(DeadlineState state, CommitmentInput.AgreedAfterBreach entry,
                                           ExplanationTrail trail) {
        DeadlineState after = state;
        if (state.is(DeadlineState.Phase.RUNNING) && state.breach() == null && entry.at().isAfter(state.deadline())) {
            after = state.breachedAt(state.deadline());
        }
        trail.add(() -> new ExplanationStep.AgreedAfterBreach(entry.at(), entry.agreed(), entry.by(), entry.step(),
                entry.successor(), entry.entry()));
        return after;
    }
}
