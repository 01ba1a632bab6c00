package dev.aftersales.ticket;

import static dev.aftersales.ticket.Fixtures.CLERK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every step is one command taken through {@link Ticket#take}: the named step methods are
 * shorthands for it, and a timeline entry gives back the command that took it.
 */
class TicketStepCommandTest {

    private final Fixtures f = new Fixtures();

    /** Tickets whose timelines hold every step: a repair and a complaint with detours, and an answered question. */
    private List<Ticket> ticketsThroughEveryStep() {
        Ticket repair = f.receive(Fixtures.repair());
        f.take(repair, TicketStep.FORWARD, TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.ASSIGN,
                TicketStep.CONTACT_OWNER, TicketStep.AGREE_VISIT, TicketStep.WAIT, TicketStep.AGREE_NEW_TIME,
                TicketStep.RESUME, TicketStep.AGREE_PLAN, TicketStep.START_WORK, TicketStep.RETURN_RESULT,
                TicketStep.INFORM_OWNER, TicketStep.REJECT_CLOSURE, TicketStep.RETURN_RESULT, TicketStep.INFORM_OWNER,
                TicketStep.CONFIRM_CLOSURE, TicketStep.RECORD_CALLBACK, TicketStep.CLOSE, TicketStep.REOPEN);
        Ticket complaint = Ticket.receive(TicketId.of("T-2"), Fixtures.complaint(), Fixtures.SALES_OFFICE, CLERK,
                f.clock, f.ids);
        f.take(complaint, TicketStep.FORWARD, TicketStep.CLASSIFY_INVALID, TicketStep.CONTACT_OWNER,
                TicketStep.REJECT_CLOSURE, TicketStep.CLASSIFY_INVALID, TicketStep.CONTACT_OWNER,
                TicketStep.CONFIRM_CLOSURE);
        Ticket question = Ticket.receive(TicketId.of("T-3"), Fixtures.intakeOf(TicketKind.CONSULTATION),
                Fixtures.HOTLINE, CLERK, f.clock, f.ids);
        f.take(question, TicketStep.AGREE_ANSWER_TIME, TicketStep.AGREE_ANSWER_TIME, TicketStep.ANSWER, TicketStep.CLOSE);
        Ticket unreachable = Ticket.receive(TicketId.of("T-5"), Fixtures.repair(), Fixtures.HOTLINE, CLERK, f.clock, f.ids);
        f.take(unreachable, Fixtures.REPAIR_TO_CONFIRMED);
        f.take(unreachable, TicketStep.CALLBACK_UNREACHABLE, TicketStep.CLOSE, TicketStep.REOPEN);
        Ticket declined = Ticket.receive(TicketId.of("T-4"), Fixtures.repair(), Fixtures.HOTLINE, CLERK, f.clock, f.ids);
        f.take(declined, Fixtures.REPAIR_TO_CONFIRMED);
        f.take(declined, TicketStep.RECORD_CALLBACK_ATTEMPT, TicketStep.CALLBACK_DECLINED, TicketStep.CLOSE);
        return List.of(repair, complaint, question, unreachable, declined);
    }

    @Test
    @DisplayName("every timeline entry gives back the command that took its step, with the same details")
    void timelineEntriesGiveBackTheirCommands() {
        Set<TicketStep> seen = EnumSet.noneOf(TicketStep.class);
        for (Ticket t : ticketsThroughEveryStep()) {
            for (TimelineEntry e : t.timeline().subList(1, t.timeline().size())) {
                TicketStepCommand command = e.step().command(t.id(), e.details());
                assertEquals(e.step(), command.step(), e.toString());
                assertEquals(e.details(), command.details(), e.toString());
                assertEquals(t.id(), command.ticketId());
                seen.add(e.step());
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(TicketStep.RECEIVE)), seen, "every step was checked");
    }

    @Test
    @DisplayName("a ticket taken again step by step through take(command) is the same ticket with the same events")
    void takingTheCommandsAgainGivesTheSameTicket() {
        for (Ticket original : ticketsThroughEveryStep()) {
            Fixtures again = new Fixtures();
            TimelineEntry reception = original.timeline().get(0);
            again.clock.set(reception.at());
            Ticket copy = Ticket.receive(original.id(), original.intake(), original.toRecord().receivingUnit(),
                    reception.actor(), again.clock, again.ids);
            for (TimelineEntry e : original.timeline().subList(1, original.timeline().size())) {
                again.clock.set(e.at());
                copy.take(e.step().command(copy.id(), e.details()), e.actor());
            }
            assertEquals(original.toRecord(), copy.toRecord());
            assertEquals(original.pendingEvents().stream().map(TicketStepCommandTest::withoutId).toList(),
                    copy.pendingEvents().stream().map(TicketStepCommandTest::withoutId).toList());
        }
    }

    private static TicketEvent withoutId(TicketEvent e) {
        return new TicketEvent("-", e.occurredAt(), e.ticketId(), e.sequence(), e.cycle(), e.step(), e.from(), e.to(),
                e.actor(), e.facts(), e.responsibleDepartment(), e.agreedTime(), e.waitingReason(), e.validity(),
                e.satisfaction());
    }

    @Test
    @DisplayName("CP-3 the assignment's own effect: its department and person become responsible, and stay so")
    void assignmentMakesResponsible() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID);
        t.take(new AssignTicket(t.id(), Fixtures.ENGINEERING, "S-ENG"), CLERK);
        t.take(new ContactOwner(t.id(), null), Fixtures.ENGINEER);
        assertEquals(Optional.of(Fixtures.ENGINEERING), t.responsibleDepartment());
        assertEquals(Optional.of("S-ENG"), t.responsibleStaffId());
        TicketRecord r = t.toRecord();
        assertEquals(r, new ContactOwner(t.id(), "again").applyEffect(r), "other steps have no effect of their own");
    }

    @Test
    @DisplayName("a command for another ticket is refused and changes nothing")
    void commandForAnotherTicketIsRefused() {
        Ticket t = f.receive(Fixtures.repair());
        TicketRecord before = t.toRecord();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.take(new ClassifyTicket(TicketId.of("T-2"), Validity.VALID, null), CLERK));
        assertEquals("a command for ticket T-2 cannot be taken on ticket T-1", e.getMessage());
        assertEquals(before, t.toRecord());
        assertEquals(1, t.pendingEvents().size());
    }

    @Test
    @DisplayName("an incomplete command is refused, naming the missing field, before anything changes")
    void incompleteCommandIsRefused() {
        Ticket t = f.receive(Fixtures.repair());
        f.take(t, TicketStep.CLASSIFY_VALID);
        TicketRecord before = t.toRecord();
        List<String> missing = new ArrayList<>();
        for (TicketStepCommand c : List.<TicketStepCommand>of(new AssignTicket(t.id(), null, "S-1"),
                new AssignTicket(t.id(), Fixtures.ENGINEERING, null), new ClassifyTicket(t.id(), null, null),
                new RecordCallback(t.id(), CallbackMethod.PHONE, null, null), new AgreePlan(t.id(), null),
                new StartWork(null))) {
            missing.add(assertThrows(NullPointerException.class, () -> t.take(c, CLERK)).getMessage());
        }
        assertEquals(List.of("department", "staffId", "validity", "satisfaction", "plan", "ticketId"), missing);
        assertThrows(NullPointerException.class, () -> t.take(null, CLERK));
        assertThrows(NullPointerException.class, () -> t.take(new StartWork(t.id()), null));
        assertEquals(before, t.toRecord());
        assertEquals(2, t.pendingEvents().size());
    }
}
