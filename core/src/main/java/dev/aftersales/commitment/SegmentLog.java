package dev.aftersales.commitment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the running intervals of a commitment in the order they opened, while its history is
 * walked (rules SL-7, SL-9, SL-15): closing the running interval records it, explains what it
 * skipped, and finds the breach when it ran past its deadline.
 */
final class SegmentLog {

    private final ExplanationTrail trail;
    private final List<Segment> segments = new ArrayList<>();

    /**
     * Creates an empty log.
     *
     * @param trail where the skipped spans of intervals before the breach are explained
     */
    SegmentLog(ExplanationTrail trail) {
        this.trail = trail;
    }

    /**
     * Closes the running interval of a running state at an instant (a pause, an agreement or the
     * stop): the commitment is breached, stamped with the interval's deadline, if the instant is
     * after that deadline (rule SL-9).
     *
     * @param state a running state
     * @param at    the instant
     * @return the state without running interval, breached if it ran past its deadline
     */
    DeadlineState close(DeadlineState state, Instant at) {
        Segment closed = state.open().endingAt(at);
        segments.add(closed);
        if (closed.preBreach()) {
            trail.segment(closed, at.isBefore(closed.deadline()) ? at : closed.deadline());
        }
        DeadlineState after = state.withoutOpen();
        return at.isAfter(closed.deadline()) ? after.breachedAt(closed.deadline()) : after;
    }

    /**
     * Ends the walk: the interval still running, if any, joins the log (explained up to its
     * deadline when it began before the breach).
     *
     * @param end the state after the whole history
     * @return every interval, in the order they opened
     */
    List<Segment> finish(DeadlineState end) {
        Segment open = end.open();
        if (open != null) {
            if (end.is(DeadlineState.Phase.RUNNING) && open.preBreach()) {
                trail.segment(open, open.deadline());
            }
            segments.add(open);
        }
        return List.copyOf(segments);
    }
}
