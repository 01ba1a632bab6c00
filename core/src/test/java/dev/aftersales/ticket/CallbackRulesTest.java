package dev.aftersales.ticket;

import static dev.aftersales.ticket.Fixtures.CLERK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rule RP-6: every repair whose closure the owner confirmed gets a callback before it closes; it
 * closes without one only when a reason is recorded: the owner could not be reached after
 * {@link Ticket#CALLBACK_ATTEMPTS} attempts, or declined.
 */
class CallbackRulesTest {

    private final Fixtures f = new Fixtures();

    private Ticket confirmedRepair() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, Fixtures.REPAIR_TO_CONFIRMED);
        return t;
    }

    private void attempt(Ticket t, CallbackMethod method) {
        t.take(new RecordCallbackAttempt(t.id(), method, "no answer"), CLERK);
    }

    @Test
    @DisplayName("RP-6 a confirmed repair cannot close without its callback or a recorded reason")
    void rp6_noClosureWithoutCallback() {
        Ticket t = confirmedRepair();
        IllegalTicketStepException e = assertThrows(IllegalTicketStepException.class, () -> t.close(CLERK));
        assertTrue(e.getMessage().startsWith("ticket T-1 in state CLOSURE_CONFIRMED cannot take step CLOSE"), e.getMessage());
    }

    @Test
    @DisplayName("RP-6 attempts are recorded with their method and keep the ticket waiting for its callback")
    void rp6_attemptsAreRecorded() {
        Ticket t = confirmedRepair();
        attempt(t, CallbackMethod.PHONE);
        attempt(t, CallbackMethod.EMAIL);
        assertEquals(TicketState.CLOSURE_CONFIRMED, t.state());
        assertEquals(2, t.toRecord().callbackAttempts());
        List<TimelineEntry> timeline = t.timeline();
        assertEquals(CallbackMethod.PHONE, timeline.get(timeline.size() - 2).details().callbackMethod());
        assertEquals(CallbackMethod.EMAIL, timeline.get(timeline.size() - 1).details().callbackMethod());
        t.recordCallback(CLERK, CallbackMethod.VISIT, 5, null);
        assertEquals(TicketState.CALLBACK_DONE, t.state());
    }

    @Test
    @DisplayName("RP-6 the owner counts as unreachable only after three attempts; before, the waiver is refused and nothing changes")
    void rp6_unreachableAfterThreeAttempts() {
        Ticket t = confirmedRepair();
        attempt(t, CallbackMethod.PHONE);
        attempt(t, CallbackMethod.PHONE);
        TicketRecord before = t.toRecord();
        int pending = t.pendingEvents().size();
        IllegalTicketStepException e = assertThrows(IllegalTicketStepException.class,
                () -> t.take(new MarkCallbackUnreachable(t.id(), null), CLERK));
        assertTrue(e.getMessage().contains("after 3 callback attempts since the closure was confirmed, 2 recorded"),
                e.getMessage());
        assertEquals(before, t.toRecord());
        assertEquals(pending, t.pendingEvents().size());

        attempt(t, CallbackMethod.VISIT);
        t.take(new MarkCallbackUnreachable(t.id(), "three calls, one visit, nobody"), CLERK);
        assertEquals(TicketState.CALLBACK_WAIVED, t.state());
        t.close(CLERK);
        assertEquals(TicketState.CLOSED, t.state());
    }

    @Test
    @DisplayName("RP-6 attempts of an earlier cycle do not count after the owner confirms the reopened ticket's closure")
    void rp6_attemptsCountSinceTheLastConfirmation() {
        Ticket t = confirmedRepair();
        attempt(t, CallbackMethod.PHONE);
        attempt(t, CallbackMethod.PHONE);
        attempt(t, CallbackMethod.PHONE);
        t.recordCallback(CLERK, CallbackMethod.PHONE, 2, "the leak is back");
        f.take(t, TicketStep.CLOSE, TicketStep.REOPEN);
        f.take(t, Fixtures.REPAIR_TO_CONFIRMED);
        assertEquals(2, t.toRecord().cycle());
        assertEquals(0, t.toRecord().callbackAttempts());
        assertThrows(IllegalTicketStepException.class, () -> t.take(new MarkCallbackUnreachable(t.id(), null), CLERK));
    }

    @Test
    @DisplayName("RP-6 an owner who declines the callback waives it at once, and the ticket may close")
    void rp6_declined() {
        Ticket t = confirmedRepair();
        t.take(new RecordCallbackDeclined(t.id(), CallbackMethod.PHONE, null), CLERK);
        assertEquals(TicketState.CALLBACK_WAIVED, t.state());
        assertEquals(TicketStep.CALLBACK_DECLINED, t.timeline().get(t.timeline().size() - 1).step());
        t.close(CLERK);
        assertEquals(TicketState.CLOSED, t.state());
    }

    @Test
    @DisplayName("RP-6, EU-4 the callback commands withhold their free text")
    void rp6_commandsWithholdNotes() {
        TicketId id = TicketId.of("T-1");
        for (Object command : List.of(new RecordCallbackAttempt(id, CallbackMethod.PHONE, "Mr Wang was out"),
                new RecordCallbackDeclined(id, CallbackMethod.PHONE, "Mr Wang was out"),
                new MarkCallbackUnreachable(id, "Mr Wang was out"))) {
            assertTrue(!command.toString().contains("Wang"), command.toString());
        }
    }
}
