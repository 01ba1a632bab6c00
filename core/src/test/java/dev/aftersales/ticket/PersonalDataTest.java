package dev.aftersales.ticket;

import dev.aftersales.step.FakeStore;
import dev.aftersales.step.StepContext;
import dev.aftersales.ticket.service.IntakeReferences;
import dev.aftersales.ticket.service.TicketService;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.LogCapture;
import dev.aftersales.common.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * EU-4: personal data (names, phone numbers) and free text that may hold it never reach
 * {@code toString}, exception messages, validation messages, events or logs, for every ticket
 * type that holds such data.
 */
class PersonalDataTest {

    private static final String NAME = "王秘密";
    private static final String PHONE = "13912345678";
    private static final String TEXT = "SECRET text: call Mr Wang on " + PHONE;
    private static final List<String> SECRETS = List.of(NAME, PHONE, "SECRET", "Wang");

    private final Fixtures f = new Fixtures();
    private final ContactPerson person = ContactPerson.of(NAME, PHONE);
    private final Reporter contact = Reporter.byContact(person);
    private final TicketLocation area = TicketLocation.buildingCommonArea(Fixtures.BUILDING, Fixtures.ESTATE, TEXT);

    private static void assertClean(String where, String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), where + " leaks personal data: " + text);
        }
    }

    private static void assertCleanAll(List<?> things) {
        for (Object o : things) {
            assertClean(o.getClass().getSimpleName() + ".toString", String.valueOf(o));
        }
    }

    private Ticket fullTicket() {
        Ticket t = Ticket.receive(TicketId.of("T-1"), TicketIntake.complaint(area, contact, Channel.LETTER,
                Severity.SEVERE, TEXT), Fixtures.HOTLINE, Fixtures.CLERK, f.clock, f.ids);
        t.classify(Fixtures.CLERK, Validity.VALID, TEXT);
        t.assign(Fixtures.CLERK, Fixtures.ENGINEERING, "S-1");
        t.contactOwner(Fixtures.ENGINEER, TEXT);
        t.agreePlan(Fixtures.ENGINEER, TEXT);
        t.waitFor(Fixtures.ENGINEER, WaitingReason.FOR_OWNER, TEXT);
        t.agreeNewTime(Fixtures.ENGINEER, Instant.parse("2025-02-01T00:00:00Z"), TEXT);
        t.resume(Fixtures.ENGINEER);
        t.startWork(Fixtures.ENGINEER);
        t.returnResult(Fixtures.ENGINEER, TEXT);
        t.informOwner(Fixtures.CLERK, TEXT);
        t.rejectClosure(Fixtures.OWNER_ACTOR, TEXT);
        return t;
    }

    @Test
    @DisplayName("EU-4 toString of the contact person, reporter, location, intake, ticket, record, timeline, details and events")
    void eu4_domainTypesToString() {
        Ticket t = fullTicket();
        List<Object> things = new ArrayList<>(List.of(person, contact, area,
                TicketLocation.estateCommonArea(Fixtures.ESTATE, TEXT), t.intake(), t, t.toRecord()));
        t.timeline().forEach(e -> {
            things.add(e);
            things.add(e.details());
        });
        things.addAll(t.pendingEvents());
        things.add(t.facts());
        assertCleanAll(things);
    }

    @Test
    @DisplayName("EU-4 toString of every command that carries personal data or free text")
    void eu4_commandsToString() {
        TicketId id = TicketId.of("T-1");
        assertCleanAll(List.of(
                new ReportRepair(area, contact, Channel.HOTLINE, Urgency.NORMAL, Fixtures.HOTLINE, TEXT),
                new LodgeComplaint(area, contact, Channel.HOTLINE, Severity.GENERAL, Fixtures.HOTLINE, TEXT),
                new AskQuestion(area, contact, Channel.HOTLINE, Fixtures.HOTLINE, TEXT),
                new GiveFeedback(GiveFeedback.Feedback.PRAISE, area, contact, Channel.HOTLINE, Fixtures.HOTLINE, TEXT),
                new ClassifyTicket(id, Validity.INVALID, TEXT),
                new ContactOwner(id, TEXT),
                new AgreePlan(id, TEXT),
                new AgreeNewTime(id, Instant.EPOCH, TEXT),
                new StartWaiting(id, WaitingReason.FOR_OWNER, TEXT),
                new ReturnResult(id, TEXT),
                new InformOwner(id, TEXT),
                new AnswerAtOnce(id, TEXT),
                new RejectClosure(id, TEXT),
                new RecordCallback(id, CallbackMethod.PHONE, 3, TEXT),
                new ReopenTicket(id, TEXT)));
    }

    @Test
    @DisplayName("EU-4 exception messages: illegal steps, malformed contacts, intakes, notes and locations")
    void eu4_exceptionMessages() {
        Ticket t = fullTicket();
        assertClean("IllegalTicketStepException", assertThrows(IllegalTicketStepException.class,
                () -> t.close(Fixtures.CLERK)).getMessage());
        assertClean("requireWellFormed", assertThrows(IllegalArgumentException.class,
                () -> ContactPerson.of(NAME, PHONE + "SECRET").requireWellFormed()).getMessage());
        assertClean("requireWellFormed", assertThrows(IllegalArgumentException.class,
                () -> ContactPerson.of(NAME.repeat(30), PHONE).requireWellFormed()).getMessage());
        assertClean("TicketIntake", assertThrows(IllegalArgumentException.class,
                () -> TicketIntake.repair(area, Reporter.byContact(ContactPerson.of(NAME, "x" + PHONE)),
                        Channel.HOTLINE, Urgency.NORMAL, TEXT)).getMessage());
        assertClean("TicketIntake", assertThrows(IllegalArgumentException.class,
                () -> TicketIntake.repair(area, contact, Channel.HOTLINE, Urgency.NORMAL, TEXT.repeat(100))).getMessage());
        assertClean("StepDetails", assertThrows(IllegalArgumentException.class,
                () -> StepDetails.ofNote(TEXT.repeat(100))).getMessage());
        assertClean("TicketLocation", assertThrows(IllegalArgumentException.class,
                () -> TicketLocation.estateCommonArea(Fixtures.ESTATE, TEXT.repeat(10))).getMessage());
    }

    @Test
    @DisplayName("EU-4 validation messages and the InvalidCommandException never echo rejected values, in both languages")
    void eu4_validationMessages() {
        ReportRepair bad = new ReportRepair(Fixtures.UNIT, Reporter.byContact(ContactPerson.of(NAME.repeat(30), PHONE + "SECRET")),
                Channel.PATROL, Urgency.NORMAL, Fixtures.HOTLINE, TEXT.repeat(100));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            try (CommandValidator validator = new CommandValidator(locale)) {
                InvalidCommandException e = assertThrows(InvalidCommandException.class, () -> validator.validate(bad));
                assertTrue(e.violations().size() >= 4, e.getMessage());
                assertClean("InvalidCommandException", e.getMessage());
                for (Violation v : e.violations()) {
                    assertClean("Violation", v.toString());
                }
            }
        }
    }

    @Test
    @DisplayName("EU-4 the service's logs name ids, steps and states, never personal data")
    void eu4_logs() {
        String ticketId;
        String log;
        try (CommandValidator validator = new CommandValidator(Locale.ENGLISH); LogCapture captured = LogCapture.start()) {
            StepContext context = FakeStore.direct().tickets(new MapTicketRepository())
                    .context(f.clock, f.ids, validator, e -> {
                        throw new IllegalStateException("listener failed for " + NAME + " " + PHONE);
                    });
            // a store of tickets only: references trusted, this test is about what the service logs
            TicketService service = new TicketService(context, FakeStore.commitmentsWithoutPolicies(context),
                    IntakeReferences.TRUSTED);
            TicketRecord r = service.reportRepair(new ReportRepair(area, contact, Channel.HOTLINE, Urgency.NORMAL,
                    Fixtures.HOTLINE, TEXT), Fixtures.CLERK);
            ticketId = r.id().value();
            service.classify(new ClassifyTicket(r.id(), Validity.VALID, TEXT), Fixtures.CLERK);
            service.assign(new AssignTicket(r.id(), Fixtures.ENGINEERING, "S-1"), Fixtures.CLERK);
            service.contactOwner(new ContactOwner(r.id(), TEXT), Fixtures.ENGINEER);
            assertThrows(IllegalTicketStepException.class, () -> service.close(r.id(), Fixtures.CLERK));
            assertThrows(InvalidCommandException.class, () -> service.reportRepair(new ReportRepair(area,
                    Reporter.byContact(ContactPerson.of(NAME, PHONE + "SECRET")), Channel.HOTLINE, Urgency.NORMAL,
                    Fixtures.HOTLINE, TEXT), Fixtures.CLERK));
            log = captured.text();
        }
        assertTrue(log.contains(ticketId) && log.contains("CONTACT_OWNER"), "the logs were captured: " + log);
        assertTrue(log.contains("not delivered"), "the failing listener was logged: " + log);
        assertClean("the log", log);
    }
}
