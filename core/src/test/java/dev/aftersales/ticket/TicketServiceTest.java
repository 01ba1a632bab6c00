package dev.aftersales.ticket;

import dev.aftersales.ticket.service.IntakeReferences;
import dev.aftersales.ticket.service.TicketService;
import static dev.aftersales.ticket.Fixtures.CLERK;
import static dev.aftersales.ticket.Fixtures.ENGINEER;
import static dev.aftersales.ticket.Fixtures.OWNER_ACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.DomainEventListener;
import dev.aftersales.step.FakeStore;
import dev.aftersales.step.StepContext;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.LogCapture;
import dev.aftersales.common.PageRequest;
import dev.aftersales.spi.StaleWriteException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ticket service: validate, load, step, save with its version, then publish the events. */
class TicketServiceTest {

    private final Fixtures f = new Fixtures();
    private final MapTicketRepository repository = new MapTicketRepository();
    private final CommandValidator validator = new CommandValidator(Locale.ENGLISH);
    private final List<DomainEvent> published = new ArrayList<>();
    private Consumer<DomainEvent> sink = published::add;
    private final TicketService service = serviceOver(repository, e -> sink.accept(e));

    @AfterEach
    void closeValidator() {
        validator.close();
    }

    private ReportRepair repair() {
        return new ReportRepair(Fixtures.UNIT, Reporter.byOwner(Fixtures.OWNER), Channel.HOTLINE, Urgency.NORMAL,
                Fixtures.HOTLINE, "the bathroom window leaks");
    }

    private List<TicketStep> publishedSteps() {
        return published.stream().map(e -> ((TicketEvent) e).step()).toList();
    }

    @Test
    @DisplayName("reporting a repair stores a received ticket at version 1 and publishes its reception")
    void reportRepairStoresAndPublishes() {
        TicketRecord r = service.reportRepair(repair(), CLERK);
        assertEquals(TicketState.RECEIVED, r.state());
        assertEquals(1, r.version());
        assertEquals(r, repository.findById(r.id()).orElseThrow());
        assertEquals(List.of(TicketStep.RECEIVE), publishedSteps());
        assertEquals(r.id().value(), published.get(0).aggregateId());
    }

    @Test
    @DisplayName("a complaint, a question and feedback are received the same way (CP-4)")
    void otherIntakes() {
        TicketRecord c = service.lodgeComplaint(new LodgeComplaint(Fixtures.UNIT, Reporter.byOwner(Fixtures.OWNER),
                Channel.SALES_OFFICE, Severity.SEVERE, Fixtures.SALES_OFFICE, "cracks in the wall"), CLERK);
        TicketRecord q = service.askQuestion(new AskQuestion(Fixtures.UNIT, Reporter.byOwner(Fixtures.OWNER),
                Channel.HOTLINE, Fixtures.HOTLINE, "when is the gas connected?"), CLERK);
        TicketRecord p = service.giveFeedback(new GiveFeedback(GiveFeedback.Feedback.PRAISE, Fixtures.ROOF,
                Reporter.byOwner(Fixtures.OWNER), Channel.LETTER, Fixtures.HOTLINE, "thanks for the quick fix"), CLERK);
        assertEquals(TicketKind.COMPLAINT, c.kind());
        assertEquals(Severity.SEVERE, c.facts().severity());
        assertEquals(Fixtures.SALES_OFFICE, c.receivingUnit());
        assertEquals(TicketKind.CONSULTATION, q.kind());
        assertEquals(TicketKind.PRAISE, p.kind());
    }

    @Test
    @DisplayName("a whole repair walks through the service by ticket id; each step is saved with the next version")
    void wholeRepairByService() {
        TicketId id = service.reportRepair(repair(), CLERK).id();
        service.forward(new ForwardTicket(id, Fixtures.CUSTOMER_SERVICE), CLERK);
        service.classify(new ClassifyTicket(id, Validity.VALID, null), CLERK);
        service.assign(new AssignTicket(id, Fixtures.ENGINEERING, "S-ENG"), CLERK);
        service.contactOwner(new ContactOwner(id, "called at 10:05"), ENGINEER);
        service.agreeVisit(new AgreeVisit(id, Instant.parse("2025-01-28T02:00:00Z")), ENGINEER);
        service.agreePlan(new AgreePlan(id, "replace the seal"), ENGINEER);
        service.startWork(id, ENGINEER);
        service.startWaiting(new StartWaiting(id, WaitingReason.FOR_THIRD_PARTY, null), ENGINEER);
        service.agreeNewTime(new AgreeNewTime(id, Instant.parse("2025-02-05T02:00:00Z"), "glass on order"), CLERK);
        service.resume(id, ENGINEER);
        service.returnResult(new ReturnResult(id, "replaced"), ENGINEER);
        service.informOwner(new InformOwner(id, null), CLERK);
        service.rejectClosure(new RejectClosure(id, "draught remains"), OWNER_ACTOR);
        service.returnResult(new ReturnResult(id, "adjusted"), ENGINEER);
        service.informOwner(new InformOwner(id, null), CLERK);
        service.confirmClosure(id, OWNER_ACTOR);
        service.recordCallback(new RecordCallback(id, CallbackMethod.PHONE, 5, null), CLERK);
        TicketRecord closed = service.close(id, CLERK);
        assertEquals(TicketState.CLOSED, closed.state());
        assertEquals(19, closed.version());
        assertEquals(19, closed.timeline().size());
        assertEquals(closed.timeline().stream().map(TimelineEntry::step).toList(), publishedSteps());
        TicketRecord reopened = service.reopen(new ReopenTicket(id, "leaks again"), CLERK);
        assertEquals(2, reopened.cycle());
        assertEquals(TicketState.CLASSIFIED, service.classify(new ClassifyTicket(id, Validity.VALID, null), CLERK).state());
    }

    @Test
    @DisplayName("CV-2 a question answered at once is closed without handling")
    void questionAnsweredAtOnce() {
        TicketId id = service.askQuestion(new AskQuestion(Fixtures.UNIT, Reporter.byOwner(Fixtures.OWNER),
                Channel.HOTLINE, Fixtures.HOTLINE, "when is the gas connected?"), CLERK).id();
        service.answerAtOnce(new AnswerAtOnce(id, "on 3 March"), CLERK);
        assertEquals(TicketState.CLOSED, service.close(id, CLERK).state());
    }

    @Test
    @DisplayName("take(command) is the one path of every step; the verbs are shorthands for it (CV-2, CP-2)")
    void takeIsTheOnePathOfEveryStep() {
        TicketId id = service.askQuestion(new AskQuestion(Fixtures.UNIT, Reporter.byOwner(Fixtures.OWNER),
                Channel.HOTLINE, Fixtures.HOTLINE, "when is the gas connected?"), CLERK).id();
        service.take(new AnswerAtOnce(id, "on 3 March"), CLERK);
        TicketRecord closed = service.take(new CloseTicket(id), CLERK);
        assertEquals(TicketState.CLOSED, closed.state());
        assertEquals(3, closed.version());
        assertEquals(List.of(TicketStep.RECEIVE, TicketStep.ANSWER, TicketStep.CLOSE), publishedSteps());
        InvalidCommandException e = assertThrows(InvalidCommandException.class,
                () -> service.take(new ReopenTicket(null, " "), CLERK));
        assertEquals(2, e.violations().size());
        assertThrows(NullPointerException.class, () -> service.startWork(null, ENGINEER));
        assertThrows(NullPointerException.class, () -> service.take(new ReopenTicket(id, "again"), null));
        assertEquals(closed, repository.findById(id).orElseThrow());
    }

    @Test
    @DisplayName("CP-2 an invalid command is refused before anything is stored or published")
    void invalidCommandStoresNothing() {
        ReportRepair bad = new ReportRepair(Fixtures.UNIT, null, Channel.HOTLINE, null, Fixtures.HOTLINE, "");
        InvalidCommandException e = assertThrows(InvalidCommandException.class, () -> service.reportRepair(bad, CLERK));
        assertEquals(3, e.violations().size());
        assertTrue(repository.rows.isEmpty());
        assertTrue(published.isEmpty());
    }

    @Test
    @DisplayName("a step on a ticket that is not stored throws TicketNotFoundException naming the id")
    void missingTicket() {
        TicketNotFoundException e = assertThrows(TicketNotFoundException.class,
                () -> service.startWork(TicketId.of("T-404"), ENGINEER));
        assertEquals("ticket T-404 is not stored", e.getMessage());
    }

    @Test
    @DisplayName("an illegal step stores and publishes nothing")
    void illegalStepStoresNothing() {
        TicketRecord r = service.reportRepair(repair(), CLERK);
        published.clear();
        assertThrows(IllegalTicketStepException.class, () -> service.close(r.id(), CLERK));
        assertEquals(r, repository.findById(r.id()).orElseThrow());
        assertTrue(published.isEmpty());
    }

    @Test
    @DisplayName("a stale save publishes nothing: events leave only after a successful save")
    void staleSavePublishesNothing() {
        TicketRecord r = service.reportRepair(repair(), CLERK);
        published.clear();
        MapTicketRepository racing = new MapTicketRepository() {
            @Override
            public synchronized TicketRecord save(TicketRecord record) {
                throw new StaleWriteException("TicketRecord", record.idText(), record.version(), record.version() + 1);
            }
        };
        racing.rows.putAll(repository.rows);
        TicketService losing = serviceOver(racing, published::add);
        assertThrows(StaleWriteException.class, () -> losing.forward(new ForwardTicket(r.id(), Fixtures.CUSTOMER_SERVICE), CLERK));
        assertTrue(published.isEmpty());
    }

    @Test
    @DisplayName("a failing event sink neither loses the saved change nor stops the other events")
    void failingSinkLosesNothing() {
        List<DomainEvent> delivered = new ArrayList<>();
        sink = e -> {
            delivered.add(e);
            throw new IllegalStateException("listener down");
        };
        TicketRecord r;
        TicketRecord forwarded;
        try (LogCapture log = LogCapture.start()) {
            r = service.reportRepair(repair(), CLERK);
            assertEquals(1, delivered.size());
            forwarded = service.forward(new ForwardTicket(r.id(), Fixtures.CUSTOMER_SERVICE), CLERK);
            assertEquals(2, log.linesContaining("was not delivered").size(), log.text());
        }
        assertEquals(TicketState.FORWARDED, repository.findById(r.id()).orElseThrow().state());
        assertEquals(2, forwarded.version());
        assertEquals(2, delivered.size());
    }

    @Test
    @DisplayName("queries: a unit's open tickets, oldest first; by owner, building, estate, state, department, period")
    void queries() {
        TicketRecord first = service.reportRepair(repair(), CLERK);
        f.clock.advance(Duration.ofHours(1));
        TicketRecord second = service.reportRepair(repair(), CLERK);
        service.classify(new ClassifyTicket(second.id(), Validity.VALID, null), CLERK);
        service.assign(new AssignTicket(second.id(), Fixtures.ENGINEERING, "S-ENG"), CLERK);
        PageRequest all = PageRequest.first(10);
        assertEquals(List.of(first.id(), second.id()),
                service.openTicketsOfUnit(Fixtures.UNIT.unitId(), all).items().stream().map(TicketRecord::id).toList());
        assertEquals(2, service.ticketsOfOwner(Fixtures.OWNER, Openness.OPEN, all).items().size());
        assertEquals(2, service.ticketsOfBuilding(Fixtures.BUILDING, Openness.ANY, all).items().size());
        assertEquals(2, service.ticketsOfEstate(Fixtures.ESTATE, Openness.ANY, all).items().size());
        assertEquals(0, service.ticketsOfUnit(Fixtures.UNIT.unitId(), Openness.CLOSED, all).items().size());
        assertEquals(List.of(first.id()),
                service.ticketsInState(TicketState.RECEIVED, all).items().stream().map(TicketRecord::id).toList());
        assertEquals(List.of(second.id()),
                service.ticketsOfDepartment(Fixtures.ENGINEERING, Openness.OPEN, all).items().stream().map(TicketRecord::id).toList());
        assertEquals(List.of(first.id()), service.ticketsReportedBetween(Fixtures.T0, Fixtures.T0.plusSeconds(1), all)
                .items().stream().map(TicketRecord::id).toList());
        assertEquals(second.id(), service.find(second.id()).orElseThrow().id());
    }

    /**
     * The service over a store of tickets only: these tests are about the step pipeline, so the
     * intake's references are trusted, not looked up in a property register (the checks are
     * specified in {@code IntakeReferencesTest}).
     */
    private TicketService serviceOver(MapTicketRepository tickets, DomainEventListener listener) {
        StepContext context = FakeStore.direct().tickets(tickets).context(f.clock, f.ids, validator, listener);
        return new TicketService(context, FakeStore.commitmentsWithoutPolicies(context), IntakeReferences.TRUSTED);
    }
}
