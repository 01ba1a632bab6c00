package dev.aftersales.testkit.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.Firing;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.WaitingReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the commitment engine over generated worlds (rules SL-7 to SL-11), checked after
 * every event and sweep: a met commitment never breaches later; a breach is stamped with its
 * deadline; no warning falls after the stop; agreed deadlines never erase a breach; pauses never
 * shorten a deadline.
 */
class CommitmentInvariantsProperties {

    @Provide
    Arbitrary<CommitmentWorld> worlds() {
        return CommitmentWorld.worlds(12);
    }

    /** Runs a world event by event with its sweeps, checking the invariants after each move. */
    private static void walk(CommitmentWorld world, Map<String, Commitment> met, Map<String, Instant> breached) {
        CommitmentScenario s = CommitmentScenario.of(world.calendars(), world.policy());
        List<Instant> sweeps = new ArrayList<>(world.sweeps());
        sweeps.add(world.horizon());
        int next = 0;
        for (TicketEvent e : world.events()) {
            while (next < sweeps.size() && sweeps.get(next).isBefore(e.occurredAt())) {
                s.sweep(sweeps.get(next));
                check(s, sweeps.get(next++), met, breached);
            }
            s.apply(e);
            check(s, e.occurredAt(), met, breached);
        }
        while (next < sweeps.size()) {
            s.sweep(sweeps.get(next));
            check(s, sweeps.get(next++), met, breached);
        }
    }

    private static void check(CommitmentScenario s, Instant now, Map<String, Commitment> met,
                              Map<String, Instant> breached) {
        for (Commitment raw : s.commitments()) {
            Commitment c = s.asOf(raw, now);
            String id = c.id().value();
            if (met.containsKey(id)) {
                assertEquals(CommitmentStatus.MET, c.status(), () -> "SL-9 met " + id + " changed: " + c);
                assertFalse(c.hasFired(FiringKind.BREACH, 0), () -> "SL-9 met " + id + " breached later: " + c);
            } else if (c.status() == CommitmentStatus.MET) {
                met.put(id, c);
            }
            if (breached.containsKey(id)) {
                assertEquals(breached.get(id), c.breachedAt(), () -> "SL-11 breach of " + id + " changed: " + c);
                assertTrue(c.status() == CommitmentStatus.BREACHED || c.status() == CommitmentStatus.MET_LATE,
                        () -> "SL-11 breach of " + id + " erased: " + c);
            } else if (c.breachedAt() != null) {
                breached.put(id, c.breachedAt());
            }
            for (Firing f : c.firings()) {
                if (f.kind() == FiringKind.BREACH) {
                    assertEquals(c.breachedAt(), f.scheduledAt(), () -> "SL-9 breach not stamped with deadline: " + c);
                }
                if (f.kind() == FiringKind.WARNING && c.stoppedAt() != null) {
                    assertTrue(f.scheduledAt().isBefore(c.stoppedAt()), () -> "SL-8 warning after the stop: " + c);
                }
            }
            if (c.status() == CommitmentStatus.BREACHED) {
                assertEquals(c.breachedAt(), c.deadline(), () -> "SL-9 a breach is stamped with its deadline: " + c);
            }
        }
    }

    @Property
    @Label("SL-8, SL-9, SL-11 met stays met, breaches stay and are stamped with the deadline, no warning after the stop")
    void invariantsHoldAfterEveryMove(@ForAll("worlds") CommitmentWorld world) {
        walk(world, new HashMap<>(), new HashMap<>());
    }

    /** A world with an extra pause and resume of both reasons inserted. */
    record Paused(CommitmentWorld world, CommitmentWorld withPause) {
    }

    @Provide
    Arbitrary<Paused> pausedWorlds() {
        return Combinators.combine(CommitmentWorld.worlds(10), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 3 * 1440), Arbitraries.of(WaitingReason.values()))
                .as((w, at, length, reason) -> {
                    Instant first = w.events().get(0).occurredAt();
                    long span = Duration.between(first, w.horizon()).toMinutes();
                    Instant pause = first.plus(Duration.ofMinutes(span * at / 10_000));
                    Instant resume = pause.plus(Duration.ofMinutes(length));
                    return new Paused(w, new CommitmentWorld(w.calendar(), w.policy(),
                            insert(w.events(), pause, resume, reason), w.sweeps(),
                            resume.isAfter(w.horizon()) ? resume : w.horizon()));
                });
    }

    private static List<TicketEvent> insert(List<TicketEvent> events, Instant pause, Instant resume,
                                            WaitingReason reason) {
        TicketEventScript script = TicketEventScript.of(CommitmentWorld.TICKET, events.get(0).facts());
        boolean paused = false;
        boolean resumed = false;
        for (TicketEvent e : events) {
            if (!paused && e.occurredAt().isAfter(pause)) {
                script.waitFor(reason, pause);
                paused = true;
            }
            if (!resumed && paused && e.occurredAt().isAfter(resume)) {
                script.step(TicketStep.RESUME, resume);
                resumed = true;
            }
            if (e.step() != TicketStep.WAIT && e.step() != TicketStep.RESUME) {
                script.add(e.step(), e.occurredAt(), e.agreedTime(), e.waitingReason());
            }
        }
        if (!paused) {
            script.waitFor(reason, pause);
        }
        if (!resumed) {
            script.step(TicketStep.RESUME, resume);
        }
        return script.events();
    }

    private static List<TicketEvent> withoutPauses(List<TicketEvent> events) {
        TicketEventScript script = TicketEventScript.of(CommitmentWorld.TICKET, events.get(0).facts());
        for (TicketEvent e : events) {
            if (e.step() != TicketStep.WAIT && e.step() != TicketStep.RESUME) {
                script.add(e.step(), e.occurredAt(), e.agreedTime(), e.waitingReason());
            }
        }
        return script.events();
    }

    @Property
    @Label("SL-7 pauses never shorten a deadline")
    void pausesNeverShortenADeadline(@ForAll("pausedWorlds") Paused p) {
        CommitmentWorld plain = new CommitmentWorld(p.world().calendar(), p.world().policy(),
                withoutPauses(p.world().events()), p.world().sweeps(), p.withPause().horizon());
        Map<String, SimulatedCommitment> without = Outcomes.runEngine(plain);
        Map<String, SimulatedCommitment> with = Outcomes.runEngine(p.withPause());
        for (Map.Entry<String, SimulatedCommitment> e : without.entrySet()) {
            SimulatedCommitment a = e.getValue();
            SimulatedCommitment b = with.get(e.getKey());
            if (a.generation() > 0 || b == null || a.deadline() == null || b.deadline() == null) {
                continue;
            }
            assertNotNull(b.startedAt());
            assertFalse(b.deadline().isBefore(a.deadline()),
                    () -> "SL-7 the pause shortened " + e.getKey() + ": " + a.deadline() + " became " + b.deadline()
                            + "\n" + p.withPause());
        }
    }
}
