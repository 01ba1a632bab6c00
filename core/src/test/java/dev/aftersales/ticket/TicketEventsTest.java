package dev.aftersales.ticket;

import static dev.aftersales.ticket.Fixtures.CLERK;
import static dev.aftersales.ticket.Fixtures.ENGINEER;
import static dev.aftersales.ticket.Fixtures.ENGINEERING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every step emits one event, in timeline order, carrying what the commitment engine selects and
 * triggers on (rule SL-12) and nothing personal (rule EU-4).
 */
class TicketEventsTest {

    private final Fixtures f = new Fixtures();

    @Test
    @DisplayName("each step of a full repair emits one event matching its timeline entry")
    void oneEventPerStep() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, Fixtures.REPAIR_TO_CLOSED);
        f.take(t, TicketStep.REOPEN);
        List<TicketEvent> events = t.pendingEvents();
        List<TimelineEntry> timeline = t.timeline();
        assertEquals(timeline.size(), events.size());
        for (int i = 0; i < events.size(); i++) {
            TicketEvent e = events.get(i);
            TimelineEntry entry = timeline.get(i);
            assertEquals(entry.step(), e.step());
            assertEquals(entry.at(), e.occurredAt());
            assertEquals(entry.sequence(), e.sequence());
            assertEquals(entry.cycle(), e.cycle());
            assertEquals(entry.from(), e.from());
            assertEquals(entry.to(), e.to());
            assertEquals(entry.actor(), e.actor());
            assertEquals("T-1", e.aggregateId());
        }
        assertEquals(events.size(), new HashSet<>(events.stream().map(TicketEvent::eventId).toList()).size(),
                "event ids are unique");
        assertEquals("t-EV-1", events.get(0).eventId(), "event ids come from the injected generator");
    }

    @Test
    @DisplayName("SL-12 events carry the selection facts: kind, urgency, severity, channel, estate, receiving unit")
    void eventsCarrySelectionFacts() {
        Ticket t = f.receive(Fixtures.complaint());
        TicketEvent received = t.pendingEvents().get(0);
        assertEquals(TicketStep.RECEIVE, received.step());
        assertNull(received.from());
        TicketFacts facts = received.facts();
        assertEquals(TicketKind.COMPLAINT, facts.kind());
        assertEquals(Severity.IMPORTANT, facts.severity());
        assertNull(facts.urgency());
        assertEquals(Channel.SALES_OFFICE, facts.channel());
        assertEquals(Fixtures.ESTATE, facts.estate());
        assertEquals(Fixtures.BUILDING, facts.building());
        assertEquals(Fixtures.UNIT.unitId(), facts.unit());
        assertEquals(Fixtures.HOTLINE, facts.receivingUnit());
        assertEquals(1, received.cycle());
    }

    @Test
    @DisplayName("SL-7 SL-11 events carry the waiting reason, the agreed times, the judgement, the department and the score")
    void eventsCarryStepData() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER);
        Instant visit = Instant.parse("2025-01-28T02:00:00Z");
        t.agreeVisit(ENGINEER, visit);
        t.waitFor(ENGINEER, WaitingReason.FOR_OWNER, null);
        Instant newTime = Instant.parse("2025-02-03T02:00:00Z");
        t.agreeNewTime(CLERK, newTime, "owner travels");
        List<TicketEvent> events = t.drainEvents();
        assertEquals(Validity.VALID, events.get(1).validity());
        assertEquals(ENGINEERING, events.get(2).responsibleDepartment());
        assertEquals(ENGINEERING, events.get(3).responsibleDepartment(), "the department stays on later events");
        assertEquals(visit, events.get(4).agreedTime());
        assertEquals(WaitingReason.FOR_OWNER, events.get(5).waitingReason());
        assertEquals(newTime, events.get(6).agreedTime());
        assertEquals(TicketState.WAITING, events.get(6).to());
        f.take(t, TicketStep.RESUME);
        assertEquals(TicketState.VISIT_AGREED, t.drainEvents().get(0).to());
    }

    @Test
    @DisplayName("RP-6, MS-3 the callback event carries the satisfaction score; the reopening starts cycle 2")
    void callbackAndReopenEvents() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, Fixtures.REPAIR_TO_CLOSED);
        f.take(t, TicketStep.REOPEN);
        List<TicketEvent> events = t.drainEvents();
        TicketEvent callback = events.stream().filter(e -> e.step() == TicketStep.RECORD_CALLBACK).findFirst().orElseThrow();
        assertEquals(4, callback.satisfaction());
        TicketEvent reopened = events.get(events.size() - 1);
        assertEquals(TicketStep.REOPEN, reopened.step());
        assertEquals(2, reopened.cycle());
        assertEquals(TicketState.REOPENED, reopened.to());
    }

    @Test
    @DisplayName("draining hands the events over once; the aggregate keeps no pending event afterwards")
    void drainHandsOverOnce() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.FORWARD);
        assertEquals(2, t.drainEvents().size());
        assertTrue(t.drainEvents().isEmpty());
        f.take(t, TicketStep.CLASSIFY_VALID);
        assertEquals(List.of(TicketStep.CLASSIFY_VALID), t.drainEvents().stream().map(TicketEvent::step).toList());
    }

    @Test
    @DisplayName("the steps that drive commitments are all events: received, forwarded, assigned, contacted, "
            + "result returned, informed, waiting, resumed, closed, reopened")
    void commitmentDrivingStepsAreEvents() {
        Ticket t = f.receive(Fixtures.complaint());
        f.take(t, TicketStep.FORWARD, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER,
                TicketStep.WAIT, TicketStep.RESUME, TicketStep.AGREE_PLAN, TicketStep.START_WORK,
                TicketStep.RETURN_RESULT, TicketStep.INFORM_OWNER, TicketStep.CONFIRM_CLOSURE,
                TicketStep.RECORD_CALLBACK, TicketStep.CLOSE, TicketStep.REOPEN);
        List<TicketStep> steps = t.drainEvents().stream().map(TicketEvent::step).toList();
        assertTrue(steps.containsAll(List.of(TicketStep.RECEIVE, TicketStep.FORWARD, TicketStep.ASSIGN,
                TicketStep.CONTACT_OWNER, TicketStep.RETURN_RESULT, TicketStep.INFORM_OWNER, TicketStep.WAIT,
                TicketStep.RESUME, TicketStep.CLOSE, TicketStep.REOPEN)), steps.toString());
    }
}
