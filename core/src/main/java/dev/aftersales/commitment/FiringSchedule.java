package dev.aftersales.commitment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Schedules what a commitment fires if nothing changes (rules SL-8, SL-9), from its walked
 * {@link Timeline}: each warning, the breach and each escalation level, with the instant each is
 * stamped with and the instant it is due.
 *
 * <ul>
 *   <li>Warnings (SL-8): a warning falls where the time left before the deadline reaches its
 *       threshold (a share of the budget, or a lead time), in the first running interval before
 *       the breach where it does; it moves with the deadline, is never later than the breach, and
 *       once the commitment stopped only a warning already recorded stays in the schedule.</li>
 *   <li>The breach (SL-9): stamped with the breach stamp (recorded, certain, or the deadline of a
 *       commitment still running), due one nanosecond after it, so that a stop exactly at the
 *       deadline is met.</li>
 *   <li>Escalations (SL-9): at their offset from the start, or from the breach (never due before
 *       the breach); a level whose instant is not before the stop is dropped.</li>
 * </ul>
 *
 * Firings are ordered by due instant, then kind, then level.
 */
final class FiringSchedule {

    private static final Duration NANO = Duration.ofNanos(1);

    private FiringSchedule() {
    }

    /**
     * Schedules the firings of a walked timeline.
     *
     * @param term        the term
     * @param timeline    the walked history
     * @param deadline    the deadline in force (kept from the stop when its outcome is frozen)
     * @param breachStamp the breach stamp (recorded, or certain), or {@code null}
     * @param recorded    the recorded firings
     * @param time        the counting of the commitment's time
     * @return the schedule, in due order
     */
    static List<ScheduledFiring> of(CommitmentTerm term, Timeline timeline, Instant deadline, Instant breachStamp,
                                    List<Firing> recorded, TimeCounting time) {
        DeadlineState end = timeline.end();
        boolean stopped = end.is(DeadlineState.Phase.STOPPED);
        Instant stoppedAt = stopped ? end.stop().at() : null;
        Instant pendingBreach = breachStamp != null ? breachStamp
                : end.is(DeadlineState.Phase.RUNNING) ? deadline : null;
        List<ScheduledFiring> out = new ArrayList<>();
        List<Warning> warnings = term.warnings();
        for (int i = 0; i < warnings.size(); i++) {
            if (stopped && !wasRecorded(recorded, FiringKind.WARNING, i + 1)) {
                // SL-8: once stopped, a warning not yet fired never fires
                continue;
            }
            Instant t = firstWarningInstant(warnings.get(i), timeline.segments(), time);
            if (t != null && (pendingBreach == null || !t.isAfter(pendingBreach))) {
                out.add(new ScheduledFiring(FiringKind.WARNING, i + 1, t, t, List.of()));
            }
        }
        Instant breachDue = null;
        if (pendingBreach != null) {
            breachDue = pendingBreach.plus(NANO);
            out.add(new ScheduledFiring(FiringKind.BREACH, 0, pendingBreach, breachDue, List.of()));
        }
        List<EscalationLevel> levels = term.escalations();
        for (int i = 0; i < levels.size(); i++) {
            EscalationLevel e = levels.get(i);
            Instant at;
            Instant due;
            if (e.anchor() == EscalationLevel.Anchor.START) {
                at = time.offsetEnd(e.offset(), timeline.startedAt());
                due = at;
            } else if (pendingBreach != null) {
                at = time.offsetEnd(e.offset(), pendingBreach);
                due = at.isAfter(breachDue) ? at : breachDue;
            } else {
                continue;
            }
            if (stoppedAt == null || stoppedAt.isAfter(at)) {
                out.add(new ScheduledFiring(FiringKind.ESCALATION, i + 1, at, due, e.recipients()));
            }
        }
        out.sort(Comparator.comparing(ScheduledFiring::dueAt).thenComparing(ScheduledFiring::kind)
                .thenComparingInt(ScheduledFiring::level));
        return out;
    }

    private static boolean wasRecorded(List<Firing> recorded, FiringKind kind, int level) {
        for (Firing f : recorded) {
            if (f.is(kind, level)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds where a warning falls (rule SL-8): in the first running interval before the breach
     * where the time left reaches the warning's threshold before the interval's deadline and before
     * the interval ended; at the interval's start when less than the threshold was left then.
     */
    private static Instant firstWarningInstant(Warning w, List<Segment> segments, TimeCounting time) {
        for (Segment seg : segments) {
            if (!seg.preBreach()) {
                continue;
            }
            Duration x = w.remainingThreshold(seg.countdown().budget());
            Instant t = seg.remainingAtStart().compareTo(x) <= 0 ? seg.start()
                    : time.advance(seg.countdown().elapsed(), seg.start(), seg.remainingAtStart().minus(x));
            if (t.isAfter(seg.deadline())) {
                continue;
            }
            if (seg.end() == null || t.isBefore(seg.end())) {
                return t;
            }
        }
        return null;
    }
}
