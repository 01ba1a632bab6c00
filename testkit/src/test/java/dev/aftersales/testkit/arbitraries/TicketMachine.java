package dev.aftersales.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.testkit.tck.TicketSamples;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.Ticket;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.TimelineEntry;
import java.time.Instant;
import java.util.List;

/**
 * The state of the stateful properties: a real {@link Ticket} on a {@link TestClock}, next to the
 * expected state of the {@link ReferenceLifeCycle} model.
 */
final class TicketMachine {

    final TicketKind kind;
    final TestClock clock = TestClock.at(TicketArbitraries.START);
    final Ticket ticket;
    TicketState expectedState = TicketState.RECEIVED;
    TicketState expectedWaitingFrom;
    int expectedCycle = 1;
    /** Callback attempts since the closure was last confirmed (rule RP-6). */
    int expectedCallbackAttempts;

    TicketMachine(TicketKind kind) {
        this.kind = kind;
        this.ticket = Ticket.receive(TicketId.of("T-machine"), TicketSamples.intake(kind, TicketSamples.UNIT_1, Reporter.byOwner(TicketSamples.OWNER_1)),
                DepartmentId.of("HOTLINE"), Actor.staff("S-1"), clock, IdGenerator.sequential("m"));
    }

    /** Records in the model that a legal step was taken. */
    void stepTaken(TicketStep step, TicketState to) {
        expectedWaitingFrom = step == TicketStep.WAIT ? expectedState
                : to == TicketState.WAITING ? expectedWaitingFrom : null;
        if (step == TicketStep.REOPEN) {
            expectedCycle++;
        }
        if (step == TicketStep.CONFIRM_CLOSURE) {
            expectedCallbackAttempts = 0;
        } else if (step == TicketStep.RECORD_CALLBACK_ATTEMPT) {
            expectedCallbackAttempts++;
        }
        expectedState = to;
    }

    /** The timeline's times never decrease and its sequence numbers run 1, 2, 3 ... */
    void timelineIsOrdered() {
        List<TimelineEntry> timeline = ticket.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            assertEquals(i + 1, timeline.get(i).sequence());
            if (i > 0) {
                Instant before = timeline.get(i - 1).at();
                assertFalse(timeline.get(i).at().isBefore(before), "entry " + (i + 1) + " goes back in time");
                assertEquals(timeline.get(i - 1).to(), timeline.get(i).from(), "entry " + (i + 1) + " starts where the last ended");
            }
        }
    }

    /** The state and cycle are the model's and the last entry's. */
    void stateIsConsistent() {
        TimelineEntry last = ticket.timeline().get(ticket.timeline().size() - 1);
        assertEquals(expectedState, ticket.state());
        assertEquals(last.to(), ticket.state());
        assertEquals(expectedCycle, ticket.cycle());
        assertEquals(last.cycle(), ticket.cycle());
        assertEquals(expectedWaitingFrom, ticket.toRecord().waitingFrom());
    }

    /** One pending event per timeline entry, in the same order. */
    void eventsMatchTimeline() {
        List<TicketEvent> events = ticket.pendingEvents();
        List<TimelineEntry> timeline = ticket.timeline();
        assertEquals(timeline.size(), events.size());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(timeline.get(i).step(), events.get(i).step());
            assertEquals(timeline.get(i).at(), events.get(i).occurredAt());
            assertEquals(timeline.get(i).to(), events.get(i).to());
        }
    }

    @Override
    public String toString() {
        return kind + " ticket in " + ticket.state() + " (cycle " + ticket.cycle() + ", " + ticket.timeline().size()
                + " steps, clock " + clock.instant() + ")";
    }
}
