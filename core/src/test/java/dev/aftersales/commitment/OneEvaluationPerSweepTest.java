package dev.aftersales.commitment;

import static dev.aftersales.commitment.Harness.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.calendar.DayOff;
import dev.aftersales.calendar.WeeklyPattern;
import dev.aftersales.common.Actor;
import dev.aftersales.ticket.TicketStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine evaluates a commitment once per sweep (rules SL-8, SL-9), also when the sweep first
 * recomputes it after a calendar change (SL-14), and once per recomputation and re-evaluation
 * (SL-13, SL-14): what is due, the summary and the next check all follow from that one evaluation.
 * The engine's probe counts the evaluations.
 */
class OneEvaluationPerSweepTest {

    private static final Recipient SUPERVISOR = Recipient.role("supervisor");

    private final Map<String, Integer> evaluations = new TreeMap<>();

    private static BusinessCalendar office(String version, LocalDate... closures) {
        BusinessCalendar.Builder b = BusinessCalendar.builder("office", Harness.SHANGHAI)
                .weekly(WeeklyPattern.mondayToFriday(BusinessCalendars.OFFICE_HOURS)).version(version);
        for (LocalDate d : closures) {
            b.add(DayOff.closure(d, "Office move"));
        }
        return b.build();
    }

    private static CommitmentPolicy policy(int version) {
        return CommitmentPolicy.builder("p").version(version)
                .term(CommitmentTerm.builder("result").startsOn(TicketStep.ASSIGN).stopsOn(TicketStep.RETURN_RESULT)
                        .withinWorkingDays(3, "office").warnAtPercent(50)
                        .escalateAtBreach(SUPERVISOR)
                        .escalateAfterBreach(Target.workingDays(1, "office"), Recipient.role("gm")))
                .term(CommitmentTerm.builder("reply").startsOn(TicketStep.ASSIGN).stopsOn(TicketStep.CONTACT_OWNER)
                        .within(Duration.ofHours(24)).warnBefore(Duration.ofHours(2)).escalateAtBreach(SUPERVISOR))
                .build();
    }

    private Harness harness() {
        CalendarRegistry calendars = new CalendarRegistry();
        calendars.register(office("1"));
        return new Harness(calendars, c -> evaluations.merge(c.id().value(), 1, Integer::sum), policy(1));
    }

    /** Sweeps every stored commitment at an instant, each alone, and checks each was evaluated once. */
    private List<CommitmentEvent> sweepEachOnce(Harness h, Instant now) {
        List<CommitmentEvent> fired = new ArrayList<>();
        for (Commitment c : List.copyOf(h.store.values())) {
            evaluations.clear();
            SweepOutcome o = h.engine.sweep(c, now);
            assertEquals(Map.of(c.id().value(), 1), evaluations, "evaluations of " + c.id() + " swept at " + now);
            h.store.put(o.commitment().id(), o.commitment());
            fired.addAll(o.fired());
        }
        return fired;
    }

    @Test
    @DisplayName("SL-8, SL-9 a sweep evaluates each commitment once, whether something is due or not")
    void sweepEvaluatesOnce() {
        Harness h = harness();
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        assertEquals(2, h.store.size());
        assertTrue(sweepEachOnce(h, sh("2025-03-03T11:00")).isEmpty());
        List<CommitmentEvent> warned = sweepEachOnce(h, sh("2025-03-04T09:00"));
        assertEquals(List.of(FiringKind.WARNING), warned.stream().map(CommitmentEvent::kind).toList());
        List<CommitmentEvent> breached = sweepEachOnce(h, sh("2025-03-04T12:00"));
        assertEquals(List.of(FiringKind.BREACH, FiringKind.ESCALATION),
                breached.stream().map(CommitmentEvent::kind).toList());
        sweepEachOnce(h, sh("2025-03-10T10:00"));
        Commitment result = h.term("result");
        assertEquals(CommitmentStatus.BREACHED, result.status());
        assertEquals(4, result.firings().size());
        assertEquals(null, result.nextCheck());
    }

    @Test
    @DisplayName("SL-14 a sweep after a calendar change recomputes and evaluates each commitment once")
    void sweepAfterCalendarChangeEvaluatesOnce() {
        Harness h = harness();
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        sweepEachOnce(h, sh("2025-03-03T11:00"));
        Instant before = h.term("result").deadline();
        h.calendars.register(office("2", LocalDate.of(2025, 3, 5)));
        sweepEachOnce(h, sh("2025-03-04T09:00"));
        Commitment result = h.term("result");
        CommitmentInput.Recomputed r = assertInstanceOf(CommitmentInput.Recomputed.class,
                result.history().get(result.history().size() - 1));
        assertEquals(before, r.deadlineBefore());
        assertEquals(sh("2025-03-07T18:00"), result.deadline());
        assertNotEquals(before, result.deadline());
        // the 50 % warning moved with the deadline: 14.5 of 29 working hours, the closed Wednesday skipped
        assertEquals(sh("2025-03-06T09:30"), result.nextCheck());
        assertEquals(List.of(), result.firings());
    }

    @Test
    @DisplayName("SL-9, SL-14 a stopped commitment swept after a calendar change keeps its outcome, evaluated once")
    void stoppedAfterCalendarChangeEvaluatesOnce() {
        Harness h = harness();
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        h.step(TicketStep.RETURN_RESULT, "2025-03-07T10:00");
        Commitment late = h.term("result");
        assertEquals(CommitmentStatus.MET_LATE, late.status());
        h.calendars.register(office("2", LocalDate.of(2025, 3, 5)));
        List<CommitmentEvent> fired = sweepEachOnce(h, sh("2025-03-07T11:00"));
        assertTrue(fired.stream().anyMatch(e -> e.kind() == FiringKind.BREACH
                && e.scheduledAt().equals(late.breachedAt())));
        Commitment after = h.term("result");
        assertEquals(CommitmentStatus.MET_LATE, after.status());
        assertEquals(late.deadline(), after.deadline());
        assertEquals(late.history(), after.history());
    }

    @Test
    @DisplayName("SL-13, SL-14 a recomputation and a re-evaluation evaluate the commitment once")
    void recomputeAndReEvaluateEvaluateOnce() {
        Harness h = harness();
        h.step(TicketStep.ASSIGN, "2025-03-03T10:00");
        h.calendars.register(office("2", LocalDate.of(2025, 3, 5)));
        Commitment result = h.term("result");
        evaluations.clear();
        Commitment recomputed = h.engine.recompute(result, sh("2025-03-03T12:00"));
        assertEquals(Map.of(result.id().value(), 1), evaluations);
        assertEquals(sh("2025-03-07T18:00"), recomputed.deadline());
        h.policies.register(policy(2).withTerm(policy(2).term("result").orElseThrow().toBuilder()
                .withinWorkingDays(5, "office").build()));
        evaluations.clear();
        Commitment reEvaluated = h.engine.reEvaluate(recomputed, new PolicyRef("p", 2), Actor.staff("lead-1"),
                sh("2025-03-03T13:00"));
        assertEquals(Map.of(result.id().value(), 1), evaluations);
        assertEquals(sh("2025-03-11T18:00"), reEvaluated.deadline());
    }
}
