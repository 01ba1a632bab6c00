package dev.aftersales.commitment;

import dev.aftersales.calendar.CalendarRef;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketStep;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies one ticket step to the commitments of its ticket (see {@link CommitmentEngine#onTicketEvent},
 * rules SL-7, SL-9 to SL-12, SL-14). It works through an {@link ApplierContext} and never calls the
 * engine back: the engine calls it, it calls the terms and evaluations.
 */
final class TicketEventApplier {

    /** A term of a policy that stopped on the event's step. */
    private record Stop(String policyId, String termKey) {
    }

    private final ApplierContext context;
    private final TicketEvent event;
    private final Instant at;
    private final TicketStep step;
    /** The ticket's commitments of the event's cycle, current state, in a stable order. */
    private final Map<CommitmentId, Commitment> cycle = new LinkedHashMap<>();
    private final Map<CommitmentId, Commitment> changed = new LinkedHashMap<>();
    private final Deque<Stop> stops = new ArrayDeque<>();

    TicketEventApplier(ApplierContext context, TicketEvent event, List<Commitment> existing) {
        this.context = context;
        this.event = event;
        this.at = event.occurredAt();
        this.step = event.step();
        for (Commitment c : existing) {
            if (!c.ticketId().equals(event.ticketId())) {
                throw new IllegalArgumentException("commitment " + c.id() + " belongs to ticket " + c.ticketId()
                        + ", not to " + event.ticketId());
            }
            if (c.cycle() == event.cycle()) {
                cycle.put(c.id(), c);
            }
        }
    }

    List<Commitment> apply() {
        for (Commitment c : List.copyOf(cycle.values())) {
            if (c.isOpen()) {
                applyToOpen(c);
            }
        }
        startTriggered();
        List<Commitment> out = new ArrayList<>();
        for (Commitment c : changed.values()) {
            out.add(context.evaluations().summarize(c, at));
        }
        return out;
    }

    private void put(Commitment c) {
        cycle.put(c.id(), c);
        changed.put(c.id(), c);
    }

    private void applyToOpen(Commitment original) {
        Commitment c = context.evaluations().recomputed(original, at).map(Evaluated::commitment).orElse(original);
        CommitmentTerm term = context.terms().termOf(c);
        List<CommitmentInput> add = new ArrayList<>();
        if (term.stopOn().contains(step)) {
            add.add(new CommitmentInput.Stopped(at, step));
            stops.add(new Stop(c.policy().id(), c.termKey()));
        } else if (step == TicketStep.CLOSE) {
            // the ticket is closed: whatever still runs or waits in this cycle stops with it (SL-9,
            // SL-10); a stop that is not the term's own starts no chained term (SL-12)
            add.add(new CommitmentInput.Stopped(at, step));
        } else {
            if (step == TicketStep.WAIT && event.waitingReason() != null
                    && term.pauseWhile().contains(event.waitingReason()) && !c.isPaused()) {
                add.add(new CommitmentInput.Paused(at, event.waitingReason()));
            }
            if (step == TicketStep.RESUME && c.isPaused()) {
                add.add(new CommitmentInput.Resumed(at));
            }
            if (event.agreedTime() != null && term.agreedOn().contains(step)) {
                agree(c, add);
            }
        }
        boolean factsChanged = !Objects.equals(c.facts(), event.facts())
                || !Objects.equals(c.responsibleDepartment(), event.responsibleDepartment());
        if (add.isEmpty() && !factsChanged && c == original) {
            return;
        }
        put(c.withFacts(event.facts(), event.responsibleDepartment()).withAppended(add));
    }

    private void agree(Commitment c, List<CommitmentInput> add) {
        Evaluation ev = context.evaluations().evaluate(c.withAppended(add));
        if (ev.breachAt(at) == null) {
            add.add(new CommitmentInput.DeadlineAgreed(at, event.agreedTime(), event.actor(), step,
                    Math.max(event.sequence(), 0)));
            return;
        }
        for (Commitment other : cycle.values()) {
            if (other.isOpen() && other.agreedFrom().filter(c.id()::equals).isPresent()) {
                return;
            }
        }
        Commitment successor = newCommitment(c.policy(), context.terms().termOf(c),
                new CommitmentInput.Started(at, step, null, c.id(), event.agreedTime()));
        put(successor);
        add.add(new CommitmentInput.AgreedAfterBreach(at, event.agreedTime(), event.actor(), step, successor.id(),
                Math.max(event.sequence(), 0)));
    }

    private void startTriggered() {
        Map<String, Integer> pinned = new HashMap<>();
        for (Commitment c : cycle.values()) {
            pinned.merge(c.policy().id(), c.policy().version(), Math::max);
        }
        PolicyCatalog policies = context.terms().policies();
        List<CommitmentPolicy> matching = new ArrayList<>();
        for (CommitmentPolicy latest : policies.latestVersions()) {
            Integer version = pinned.get(latest.id());
            CommitmentPolicy p = version == null ? latest : policies.get(new PolicyRef(latest.id(), version));
            if (p.selector().matches(event.facts())) {
                matching.add(p);
            }
        }
        for (CommitmentPolicy p : matching) {
            for (CommitmentTerm term : p.terms()) {
                if (term.start() instanceof Trigger.OnStep on && on.steps().contains(step)
                        && !started(p.id(), term.key()) && !outranked(p, term.key(), matching)) {
                    start(p, term, null);
                }
            }
        }
        while (!stops.isEmpty()) {
            Stop stop = stops.poll();
            CommitmentPolicy p = policyInCycle(stop.policyId());
            for (CommitmentTerm term : p.terms()) {
                if (term.start() instanceof Trigger.AfterTerm after && after.termKey().equals(stop.termKey())
                        && after.countsStopBy(step) && !started(p.id(), term.key())
                        && !outranked(p, term.key(), matching)) {
                    Commitment c = start(p, term, stop.termKey());
                    if (c != null && term.stopOn().contains(step)) {
                        put(c.withAppended(List.of(new CommitmentInput.Stopped(at, step))));
                        stops.add(new Stop(p.id(), term.key()));
                    }
                }
            }
        }
    }

    /**
     * Tells whether another matching policy defines the same term with a more specific selector, and
     * so starts it instead (rule PS-1).
     */
    private static boolean outranked(CommitmentPolicy p, String termKey, List<CommitmentPolicy> matching) {
        int specificity = p.selector().specificity();
        for (CommitmentPolicy q : matching) {
            if (q != p && q.selector().specificity() > specificity
                    && q.terms().stream().anyMatch(t -> t.key().equals(termKey))) {
                return true;
            }
        }
        return false;
    }

    private CommitmentPolicy policyInCycle(String policyId) {
        int version = 0;
        for (Commitment c : cycle.values()) {
            if (c.policy().id().equals(policyId)) {
                version = Math.max(version, c.policy().version());
            }
        }
        return context.terms().policies().get(new PolicyRef(policyId, version));
    }

    private boolean started(String policyId, String termKey) {
        for (Commitment c : cycle.values()) {
            if (c.policy().id().equals(policyId) && c.termKey().equals(termKey) && c.agreedFrom().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private Commitment start(CommitmentPolicy p, CommitmentTerm term, String afterTerm) {
        boolean agreedTarget = term.target() instanceof Target.AgreedTime;
        if (agreedTarget && event.agreedTime() == null) {
            return null;
        }
        Commitment c = newCommitment(p.ref(), term,
                new CommitmentInput.Started(at, step, afterTerm, null, agreedTarget ? event.agreedTime() : null));
        if (!agreedTarget && event.agreedTime() != null && term.agreedOn().contains(step)) {
            c = c.withAppended(List.of(
                    new CommitmentInput.DeadlineAgreed(at, event.agreedTime(), event.actor(), step,
                    Math.max(event.sequence(), 0))));
        }
        put(c);
        return c;
    }

    private Commitment newCommitment(PolicyRef policy, CommitmentTerm term, CommitmentInput.Started started) {
        // the calendar first: an unregistered calendar fails before an id is taken
        CalendarRef calendar = context.terms().calendarRefOf(term);
        CommitmentId id = CommitmentId.of(context.ids().next("C"));
        return Commitment.started(id, event.ticketId(), event.cycle(), event.facts(), event.responsibleDepartment(),
                policy, term.key(), calendar, started);
    }
}
