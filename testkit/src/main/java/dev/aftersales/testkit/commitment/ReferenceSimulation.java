package dev.aftersales.testkit.commitment;

import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.EscalationLevel;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.Target;
import dev.aftersales.commitment.Trigger;
import dev.aftersales.testkit.commitment.SimulatedCommitment.Fired;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The reference simulation of service commitments (rules SL-6 to SL-12): the obviously right way,
 * minute by minute over one ticket's event sequence, independent of the engine's arithmetic. Each
 * commitment keeps a countdown of its remaining time; every minute that counts (a working minute of
 * its calendar, as the minute-stepping oracle says, or any minute for calendar time and agreed
 * deadlines) takes one minute off while it runs. At each minute, the events of that minute come
 * first (stops, pauses, resumes, agreed deadlines, starts and chained starts), then what is due:
 * a warning when the remaining time is at most its threshold (or, inside a counting minute, at the
 * exact instant it crosses it), escalations at their instants, and the breach when a commitment
 * whose countdown reached zero keeps running into the next minute, stamped with the instant it
 * reached zero.
 *
 * <p>Recording is done by sweeps (rule SL-8): with {@link #run(List, CalendarRegistry, List, Instant, List)}
 * a warning whose instant passed is recorded by the first sweep at or after it (after the events of
 * the sweep's instant) while the commitment has not stopped; once stopped, a warning not yet
 * recorded never fires. A breach owed at the stop (SL-9, SL-10) and escalations do not wait for a
 * sweep. Without sweeps, every minute is swept.
 *
 * <p>Inputs must be whole minutes: event instants, agreed times, calendar boundaries (as
 * {@link dev.aftersales.testkit.calendar.CalendarArbitraries} makes them), calendar-time and
 * business-time targets and offsets. Policies are the latest versions, one per id. Used by the
 * engine's properties; test teams can run it on their own policies and sequences.
 */
public final class ReferenceSimulation {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final List<CommitmentPolicy> policies;
    private final CalendarRegistry calendars;
    private final Map<String, WorkingMinutes> minutes = new HashMap<>();
    private final List<Sim> sims = new ArrayList<>();
    /** The sweep instants, or {@code null} when every minute is swept. */
    private final Set<Instant> sweeps;

    /** One simulated commitment. */
    private final class Sim {
        final int cycle;
        final CommitmentPolicy policy;
        final CommitmentTerm term;
        final int generation;
        final Sim from;
        final Instant startedAt;
        final WorkingMinutes counting;
        boolean elapsedMode;
        Duration remaining;
        Duration budget;
        Instant zeroAt;
        boolean paused;
        Instant stoppedAt;
        boolean pausedWhenStopped;
        Instant deadlineAtStop;
        Instant breachedAt;
        final Map<Integer, Instant> escalations = new HashMap<>();
        final Set<Integer> warned = new HashSet<>();
        final Set<Integer> escalated = new HashSet<>();
        final Set<Fired> firings = new HashSet<>();
        /** Warnings whose instant passed, waiting for a sweep to record them (SL-8). */
        final List<Fired> pendingWarnings = new ArrayList<>();

        Sim(int cycle, CommitmentPolicy policy, CommitmentTerm term, Sim from, Instant at, Instant agreed) {
            this.cycle = cycle;
            this.policy = policy;
            this.term = term;
            this.from = from;
            this.generation = from == null ? 0 : from.generation + 1;
            this.startedAt = at;
            Target target = term.target();
            if (agreed != null || target instanceof Target.AgreedTime) {
                elapsedMode = true;
                Instant a = agreed == null ? at : agreed;
                remaining = a.isBefore(at) ? Duration.ZERO : Duration.between(at, a);
                counting = WorkingMinutes.always();
            } else if (target instanceof Target.CalendarTime c) {
                elapsedMode = true;
                remaining = c.duration();
                counting = WorkingMinutes.always();
            } else if (target instanceof Target.BusinessTime b) {
                counting = minutesOf(b.calendar());
                remaining = b.workingTime();
            } else {
                Target.WorkingDays w = (Target.WorkingDays) target;
                counting = minutesOf(w.calendar());
                remaining = counting.between(at, counting.plusWorkingDays(at, w.days()));
            }
            budget = remaining;
            if (remaining.isZero()) {
                zeroAt = at;
            }
            List<EscalationLevel> levels = term.escalations();
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i).anchor() == EscalationLevel.Anchor.START) {
                    escalations.put(i + 1, offsetEnd(levels.get(i).offset(), at));
                }
            }
        }

        boolean open() {
            return stoppedAt == null;
        }

        boolean running() {
            return stoppedAt == null && !paused;
        }

        Duration threshold(int level) {
            return term.warnings().get(level - 1).remainingThreshold(budget);
        }

        void fire(FiringKind kind, int level, Instant at) {
            if (kind == FiringKind.WARNING && sweeps != null) {
                pendingWarnings.add(new Fired(kind, level, at));
            } else {
                firings.add(new Fired(kind, level, at));
            }
        }

        void sweep(Instant t) {
            pendingWarnings.removeIf(w -> {
                if (w.at().isAfter(t)) {
                    return false;
                }
                firings.add(w);
                return true;
            });
        }

        Instant project(Instant from) {
            if (zeroAt != null) {
                return zeroAt;
            }
            return elapsedMode ? from.plus(remaining) : counting.plus(from, remaining);
        }
    }

    private ReferenceSimulation(List<CommitmentPolicy> policies, CalendarRegistry calendars, Set<Instant> sweeps) {
        this.sweeps = sweeps;
        List<CommitmentPolicy> sorted = new ArrayList<>(policies);
        sorted.sort(Comparator.comparing(CommitmentPolicy::id));
        this.policies = sorted;
        this.calendars = calendars;
    }

    /**
     * Runs the simulation.
     *
     * @param policies  the policies, one version per id
     * @param calendars the calendars they name
     * @param events    one ticket's events, in order, on whole minutes
     * @param horizon   the instant to simulate to, a whole minute not before the last event
     * @return every commitment started, in the order started
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if an instant is not a whole minute or the events are out of
     *                                  order or after the horizon
     */
    public static List<SimulatedCommitment> run(List<CommitmentPolicy> policies, CalendarRegistry calendars,
                                                List<TicketEvent> events, Instant horizon) {
        return run(policies, calendars, events, horizon, null);
    }

    /**
     * Runs the simulation with sweeps at given instants (rule SL-8): warnings are recorded by the
     * sweeps, and one not recorded before its commitment stops never fires. The horizon is always
     * swept.
     *
     * @param policies  the policies, one version per id
     * @param calendars the calendars they name
     * @param events    one ticket's events, in order, on whole minutes
     * @param horizon   the instant to simulate to, a whole minute not before the last event
     * @param sweeps    the sweep instants, whole minutes, each after the events of its instant;
     *                  {@code null} to sweep every minute
     * @return every commitment started, in the order started
     * @throws NullPointerException     if a required argument is null
     * @throws IllegalArgumentException if an instant is not a whole minute or the events are out of
     *                                  order or after the horizon
     */
    public static List<SimulatedCommitment> run(List<CommitmentPolicy> policies, CalendarRegistry calendars,
                                                List<TicketEvent> events, Instant horizon, List<Instant> sweeps) {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(calendars, "calendars");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(horizon, "horizon");
        requireMinute(horizon);
        Instant previous = null;
        for (TicketEvent e : events) {
            requireMinute(e.occurredAt());
            if (e.agreedTime() != null) {
                requireMinute(e.agreedTime());
            }
            if ((previous != null && e.occurredAt().isBefore(previous)) || e.occurredAt().isAfter(horizon)) {
                throw new IllegalArgumentException("events must be in order and not after the horizon: " + e);
            }
            previous = e.occurredAt();
        }
        Set<Instant> swept = null;
        if (sweeps != null) {
            swept = new HashSet<>();
            for (Instant t : sweeps) {
                requireMinute(t);
                swept.add(t);
            }
            swept.add(horizon);
        }
        ReferenceSimulation sim = new ReferenceSimulation(policies, calendars, swept);
        return sim.simulate(events, horizon);
    }

    private static void requireMinute(Instant t) {
        if (t.getNano() != 0 || t.getEpochSecond() % 60 != 0) {
            throw new IllegalArgumentException("the simulation steps whole minutes, got " + t);
        }
    }

    private WorkingMinutes minutesOf(String calendarId) {
        return minutes.computeIfAbsent(calendarId, id -> WorkingMinutes.of(calendars.get(id)));
    }

    private Instant offsetEnd(Target offset, Instant from) {
        if (offset instanceof Target.CalendarTime c) {
            return from.plus(c.duration());
        }
        if (offset instanceof Target.BusinessTime b) {
            return minutesOf(b.calendar()).plus(from, b.workingTime());
        }
        Target.WorkingDays w = (Target.WorkingDays) offset;
        return minutesOf(w.calendar()).plusWorkingDays(from, w.days());
    }

    private List<SimulatedCommitment> simulate(List<TicketEvent> events, Instant horizon) {
        int next = 0;
        Instant start = events.isEmpty() ? horizon : events.get(0).occurredAt();
        for (Instant t = start; !t.isAfter(horizon); t = t.plus(MINUTE)) {
            while (next < events.size() && events.get(next).occurredAt().equals(t)) {
                apply(events.get(next++));
            }
            for (Sim s : sims) {
                minute(s, t, !t.isBefore(horizon));
                if (s.open() && sweeps != null && sweeps.contains(t)) {
                    s.sweep(t);
                }
            }
        }
        List<SimulatedCommitment> out = new ArrayList<>();
        for (Sim s : sims) {
            out.add(result(s, horizon));
        }
        return out;
    }

    // ---- one minute of one commitment --------------------------------------------------------

    private void minute(Sim s, Instant t, boolean last) {
        if (!s.open()) {
            return;
        }
        for (Map.Entry<Integer, Instant> e : s.escalations.entrySet()) {
            if (!e.getValue().isAfter(t) && s.escalated.add(e.getKey())) {
                s.fire(FiringKind.ESCALATION, e.getKey(), e.getValue());
            }
        }
        if (s.running() && s.breachedAt == null) {
            for (int level = 1; level <= s.term.warnings().size(); level++) {
                if (!s.warned.contains(level) && s.remaining.compareTo(s.threshold(level)) <= 0) {
                    s.warned.add(level);
                    s.fire(FiringKind.WARNING, level, t);
                }
            }
        }
        if (last || !s.running() || s.breachedAt != null) {
            return;
        }
        if (s.remaining.isZero()) {
            breach(s, t);
            return;
        }
        if (s.elapsedMode || s.counting.working(t)) {
            for (int level = 1; level <= s.term.warnings().size(); level++) {
                Duration x = s.threshold(level);
                Duration after = s.remaining.minus(MINUTE);
                if (!s.warned.contains(level) && s.remaining.compareTo(x) > 0 && after.compareTo(x) < 0) {
                    s.warned.add(level);
                    s.fire(FiringKind.WARNING, level, t.plus(s.remaining.minus(x)));
                }
            }
            s.remaining = s.remaining.minus(MINUTE);
            if (s.remaining.isZero()) {
                s.zeroAt = t.plus(MINUTE);
            }
        }
    }

    private void breach(Sim s, Instant t) {
        s.breachedAt = s.zeroAt;
        s.fire(FiringKind.BREACH, 0, s.breachedAt);
        List<EscalationLevel> levels = s.term.escalations();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).anchor() == EscalationLevel.Anchor.BREACH) {
                s.escalations.put(i + 1, offsetEnd(levels.get(i).offset(), s.breachedAt));
            }
        }
        for (Map.Entry<Integer, Instant> e : s.escalations.entrySet()) {
            if (!e.getValue().isAfter(t) && s.escalated.add(e.getKey())) {
                s.fire(FiringKind.ESCALATION, e.getKey(), e.getValue());
            }
        }
    }

    // ---- events --------------------------------------------------------------------------------

    private void apply(TicketEvent e) {
        Instant t = e.occurredAt();
        TicketStep step = e.step();
        List<Sim> stopped = new ArrayList<>();
        for (Sim s : List.copyOf(sims)) {
            if (s.cycle != e.cycle() || !s.open()) {
                continue;
            }
            if (s.term.stopOn().contains(step)) {
                stop(s, t);
                stopped.add(s);
                continue;
            }
            if (step == TicketStep.CLOSE) {
                // the closed ticket stops the rest of its cycle; such a stop chains nothing
                stop(s, t);
                continue;
            }
            if (step == TicketStep.WAIT && e.waitingReason() != null && s.term.pauseWhile().contains(e.waitingReason())
                    && !s.paused) {
                s.paused = true;
            }
            if (step == TicketStep.RESUME && s.paused) {
                s.paused = false;
                if (s.breachedAt == null && s.remaining.isZero()) {
                    s.zeroAt = t;
                }
            }
            if (e.agreedTime() != null && s.term.agreedOn().contains(step)) {
                if (s.breachedAt != null) {
                    boolean tracked = false;
                    for (Sim other : sims) {
                        if (other.from == s && other.open()) {
                            tracked = true;
                        }
                    }
                    if (!tracked) {
                        sims.add(new Sim(s.cycle, s.policy, s.term, s, t, e.agreedTime()));
                    }
                } else {
                    agree(s, t, e.agreedTime());
                }
            }
        }
        for (CommitmentPolicy p : policies) {
            if (!p.selector().matches(e.facts())) {
                continue;
            }
            for (CommitmentTerm term : p.terms()) {
                if (term.start() instanceof Trigger.OnStep on && on.steps().contains(step)
                        && !started(e.cycle(), p, term)) {
                    start(e, p, term);
                }
            }
        }
        for (int i = 0; i < stopped.size(); i++) {
            Sim done = stopped.get(i);
            for (CommitmentTerm term : done.policy.terms()) {
                if (term.start() instanceof Trigger.AfterTerm after && after.termKey().equals(done.term.key())
                        && after.countsStopBy(step) && !started(e.cycle(), done.policy, term)) {
                    Sim s = start(e, done.policy, term);
                    if (s != null && term.stopOn().contains(step)) {
                        stop(s, t);
                        stopped.add(s);
                    }
                }
            }
        }
    }

    private void agree(Sim s, Instant t, Instant agreed) {
        s.elapsedMode = true;
        s.remaining = agreed.isBefore(t) ? Duration.ZERO : Duration.between(t, agreed);
        s.budget = s.remaining;
        s.zeroAt = s.remaining.isZero() ? t : null;
    }

    private void stop(Sim s, Instant t) {
        s.stoppedAt = t;
        s.pendingWarnings.clear();
        s.pausedWhenStopped = s.paused;
        if (!s.paused && s.breachedAt == null) {
            s.deadlineAtStop = s.project(t);
        }
    }

    private boolean started(int cycle, CommitmentPolicy p, CommitmentTerm term) {
        for (Sim s : sims) {
            if (s.cycle == cycle && s.policy.id().equals(p.id()) && s.term.key().equals(term.key())
                    && s.generation == 0) {
                return true;
            }
        }
        return false;
    }

    private Sim start(TicketEvent e, CommitmentPolicy p, CommitmentTerm term) {
        boolean agreedTarget = term.target() instanceof Target.AgreedTime;
        if (agreedTarget && e.agreedTime() == null) {
            return null;
        }
        Sim s = new Sim(e.cycle(), p, term, null, e.occurredAt(), agreedTarget ? e.agreedTime() : null);
        sims.add(s);
        if (!agreedTarget && e.agreedTime() != null && term.agreedOn().contains(e.step())) {
            agree(s, e.occurredAt(), e.agreedTime());
        }
        return s;
    }

    // ---- results -------------------------------------------------------------------------------

    private SimulatedCommitment result(Sim s, Instant horizon) {
        CommitmentStatus status;
        Instant deadline;
        if (s.stoppedAt != null) {
            status = s.breachedAt != null ? CommitmentStatus.MET_LATE : CommitmentStatus.MET;
            deadline = s.breachedAt != null ? s.breachedAt : s.pausedWhenStopped ? null : s.deadlineAtStop;
        } else if (s.breachedAt != null) {
            status = CommitmentStatus.BREACHED;
            deadline = s.breachedAt;
        } else if (s.paused) {
            status = CommitmentStatus.PAUSED;
            deadline = null;
        } else {
            status = CommitmentStatus.RUNNING;
            deadline = s.project(horizon);
        }
        return new SimulatedCommitment(s.cycle, s.policy.id(), s.term.key(), s.generation, s.startedAt, status,
                deadline, s.stoppedAt, s.breachedAt, s.firings);
    }
}
