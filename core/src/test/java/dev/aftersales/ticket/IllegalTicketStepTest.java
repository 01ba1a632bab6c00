package dev.aftersales.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An illegal step names the ticket, its state and the step, and changes nothing. */
class IllegalTicketStepTest {

    private final Fixtures f = new Fixtures();

    @Test
    @DisplayName("the refusal names the ticket, its state and the step")
    void messageNamesTicketStateAndStep() {
        Ticket t = f.receive(Fixtures.repair());
        IllegalTicketStepException e = assertThrows(IllegalTicketStepException.class, () -> t.close(Fixtures.CLERK));
        assertEquals("ticket T-1 in state RECEIVED cannot take step CLOSE: the life cycle has no such transition",
                e.getMessage());
        assertEquals(TicketId.of("T-1"), e.ticketId());
        assertEquals(TicketState.RECEIVED, e.state());
        assertEquals(TicketStep.CLOSE, e.step());
    }

    @Test
    @DisplayName("a refused step leaves state, timeline and pending events exactly as they were")
    void refusedStepChangesNothing() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN);
        TicketRecord before = t.toRecord();
        List<TicketEvent> pendingBefore = t.pendingEvents();
        assertThrows(IllegalTicketStepException.class, () -> t.reopen(Fixtures.CLERK, "why not"));
        assertEquals(before, t.toRecord());
        assertEquals(pendingBefore, t.pendingEvents());
    }

    @Test
    @DisplayName("a step whose data is malformed is refused before anything changes")
    void malformedDataChangesNothing() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID);
        TicketRecord before = t.toRecord();
        assertThrows(IllegalArgumentException.class, () -> t.assign(Fixtures.CLERK, Fixtures.ENGINEERING, "bad id!"));
        assertThrows(IllegalArgumentException.class, () -> t.classify(Fixtures.CLERK, Validity.VALID, "   "));
        assertThrows(NullPointerException.class, () -> t.assign(null, Fixtures.ENGINEERING, "S-1"));
        assertEquals(before, t.toRecord());
        assertEquals(2, t.pendingEvents().size());
    }

    /**
     * Visits every state reachable for the kind (through two cycles) and tries every step there:
     * a step the life-cycle table refuses throws and changes nothing; an allowed one leads to the
     * table's target.
     */
    @ParameterizedTest
    @EnumSource(TicketKind.class)
    @DisplayName("in every reachable state, every disallowed step is refused and changes nothing")
    void everyDisallowedStepIsRefusedEverywhere(TicketKind kind) {
        Ticket first = f.receive(Fixtures.intakeOf(kind));
        Deque<TicketRecord> todo = new ArrayDeque<>(List.of(first.toRecord()));
        Set<String> seen = new HashSet<>();
        int refusals = 0;
        while (!todo.isEmpty()) {
            TicketRecord r = todo.pop();
            if (!seen.add(r.state() + "/" + r.waitingFrom() + "/" + r.cycle()) || r.cycle() > 2) {
                continue;
            }
            for (TicketStep step : TicketStep.values()) {
                if (step == TicketStep.RECEIVE) {
                    continue;
                }
                Ticket t = Ticket.fromRecord(r, f.clock, f.ids);
                Optional<TicketState> target = TicketLifeCycle.target(r.state(), step, kind, r.waitingFrom());
                if (target.isEmpty()) {
                    IllegalTicketStepException e = assertThrows(IllegalTicketStepException.class, () -> f.take(t, step));
                    assertTrue(e.getMessage().startsWith("ticket T-1 in state " + r.state() + " cannot take step " + step),
                            e.getMessage());
                    assertEquals(r, t.toRecord());
                    assertTrue(t.pendingEvents().isEmpty());
                    refusals++;
                } else {
                    f.take(t, step);
                    assertEquals(target.get(), t.state(), kind + ": " + r.state() + " --" + step + "-->");
                    todo.push(t.toRecord());
                }
            }
        }
        assertTrue(seen.size() > 10, "explored " + seen.size() + " configurations");
        assertTrue(refusals > 100, "checked " + refusals + " refusals");
    }
}
