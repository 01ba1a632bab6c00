package dev.aftersales.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.ticket.service.IntakeReferences;
import dev.aftersales.ticket.service.TicketService;
import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.calendar.DayOff;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.PolicyCatalog;
import dev.aftersales.commitment.service.CommitmentService;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.commitment.service.ScheduledSweeps;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.common.Actor;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.spi.CommitmentQuery;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.AssignTicket;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ClassifyTicket;
import dev.aftersales.ticket.ForwardTicket;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Validity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.step.StepContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The commitment runtime over the in-memory store, driven by the real ticket service with the
 * commitment service as its in-transaction handler (one unit of work per step): ticket steps start
 * and stop commitments, the sweeper fires breaches and escalations, explanations come by id,
 * re-evaluation and calendar recomputation are stored, and scheduled sweeps run on an executor.
 */
class CommitmentRuntimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Actor STAFF = Actor.staff("S-1");

    private TestClock clock;
    private CalendarRegistry calendars;
    private PolicyCatalog policies;
    private CommitmentRepository repository;
    private CommitmentEngine engine;
    private StepContext sweeperContext;
    private MemoryStore store;
    private CommitmentService service;
    private TicketService tickets;
    private TicketRepository ticketRepository;
    private final ConcurrentLinkedQueue<CommitmentEvent> fired = new ConcurrentLinkedQueue<>();

    private static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @BeforeEach
    void setUp() {
        clock = TestClock.at(sh("2025-03-10T09:00"), SHANGHAI);
        calendars = CalendarRegistry.withReadyCalendars();
        policies = new PolicyCatalog(calendars);
        policies.register(CommitmentPresets.withCp8Escalation(CommitmentPresets.cp1ComplaintReply()));
        policies.register(CommitmentPresets.cp5ComplaintChain());
        store = MemoryStore.create();
        repository = store.commitments();
        ticketRepository = store.tickets();
        engine = new CommitmentEngine(policies, IdGenerator.sequential("c"), SHANGHAI);
        StepContext context = Contexts.over(store, clock, IdGenerator.sequential("t"), e -> {
            if (e instanceof CommitmentEvent c) {
                fired.add(c);
            }
        });
        service = new CommitmentService(context, engine);
        // these tests are about commitments: the complaints' estate and owner are trusted, not registered
        tickets = new TicketService(context, service, IntakeReferences.TRUSTED);
        sweeperContext = context;
    }

    private CommitmentSweeper sweeper() {
        return new CommitmentSweeper(sweeperContext, engine, "test");
    }

    private TicketRecord complaint() {
        return tickets.lodgeComplaint(new LodgeComplaint(
                TicketLocation.estateCommonArea(EstateId.of("E1"), "garden lights"), Reporter.byOwner(OwnerId.of("O-1")),
                Channel.SALES_OFFICE, Severity.GENERAL, DepartmentId.of("sales-office"), "lights off for a week"),
                STAFF);
    }

    private Commitment term(TicketId ticket, String key) {
        return service.commitmentsOf(ticket).stream().filter(c -> c.termKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("Ticket steps through the ticket service start, stop and chain stored commitments")
    void ticketStepsDriveCommitments() {
        TicketId id = complaint().id();
        assertEquals(List.of(CommitmentPresets.TERM_CP1_REPLY, CommitmentPresets.TERM_CP5_FORWARD),
                service.commitmentsOf(id).stream().map(Commitment::termKey).toList());
        clock.advance(Duration.ofHours(2));
        tickets.forward(new ForwardTicket(id, DepartmentId.of("customer-service")), STAFF);
        clock.advance(Duration.ofHours(1));
        tickets.classify(new ClassifyTicket(id, Validity.VALID, null), STAFF);
        tickets.assign(new AssignTicket(id, DepartmentId.of("engineering"), "S-21"), STAFF);
        assertEquals(CommitmentStatus.MET, term(id, CommitmentPresets.TERM_CP5_FORWARD).status());
        assertEquals(CommitmentStatus.MET, term(id, CommitmentPresets.TERM_CP5_DISPATCH).status());
        Commitment result = term(id, CommitmentPresets.TERM_CP5_RESULT);
        assertEquals(sh("2025-03-13T18:00"), result.deadline());
        assertEquals(DepartmentId.of("engineering"), result.responsibleDepartment());
        String zh = service.explain(result.id(), Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.contains("cn-office的3个工作日"), zh);
    }

    @Test
    @DisplayName("The sweeper fires the missed breach and the CP-8 escalation once, and queries see them")
    void sweeperFiresAndQueriesSee() {
        TicketId id = complaint().id();
        clock.advance(Duration.ofDays(2));
        SweepReport report = sweeper().sweep();
        assertEquals(3, report.fired(), "CP-1 breach and its CP-8 escalation, CP-5 stage 1 breach");
        assertEquals(0, sweeper().sweep().fired());
        Commitment reply = term(id, CommitmentPresets.TERM_CP1_REPLY);
        assertEquals(CommitmentStatus.BREACHED, reply.status());
        assertTrue(reply.hasFired(FiringKind.ESCALATION, 1));
        assertEquals(2, service.find(CommitmentQuery.breached(sh("2025-03-11T09:00"), sh("2025-03-11T09:01")),
                PageRequest.first(10)).items().size());
        assertEquals(List.of(reply.id()), service.find(CommitmentQuery.breached(sh("2025-03-11T00:00"),
                sh("2025-03-12T00:00")).ofKind(dev.aftersales.ticket.TicketKind.COMPLAINT), PageRequest.first(10))
                .items().stream().filter(c -> c.termKey().equals(CommitmentPresets.TERM_CP1_REPLY))
                .map(Commitment::id).toList());
    }

    @Test
    @DisplayName("SL-13 a commitment is re-evaluated under the latest policy version on request")
    void reEvaluation() {
        TicketId id = complaint().id();
        CommitmentPolicy v1 = policies.latest(CommitmentPresets.CP1_COMPLAINT_REPLY).orElseThrow();
        CommitmentTerm longer = v1.term(CommitmentPresets.TERM_CP1_REPLY).orElseThrow().toBuilder()
                .within(Duration.ofHours(48)).build();
        policies.register(v1.withTerm(longer).withVersion(2));
        Commitment before = term(id, CommitmentPresets.TERM_CP1_REPLY);
        assertEquals(1, before.policy().version());
        Commitment after = service.reEvaluate(before.id(), Actor.staff("lead"));
        assertEquals(2, after.policy().version());
        assertEquals(sh("2025-03-12T09:00"), after.deadline());
        assertEquals(after, repository.findById(before.id()).orElseThrow());
        assertTrue(service.explain(before.id(), Locale.ENGLISH).contains("re-evaluated by staff:lead"));
    }

    @Test
    @DisplayName("SL-14 a calendar replaced in the watched registry recomputes running commitments")
    void recomputationOnCalendarChange() {
        service.watch(calendars);
        TicketId id = complaint().id();
        tickets.forward(new ForwardTicket(id, DepartmentId.of("customer-service")), STAFF);
        tickets.classify(new ClassifyTicket(id, Validity.VALID, null), STAFF);
        tickets.assign(new AssignTicket(id, DepartmentId.of("engineering"), "S-21"), STAFF);
        assertEquals(sh("2025-03-13T18:00"), term(id, CommitmentPresets.TERM_CP5_RESULT).deadline());
        BusinessCalendar closed = BusinessCalendars.chinaOffice()
                .withOverrides(dev.aftersales.calendar.DayOverrides.builder("estate-closures")
                        .add(DayOff.closure(LocalDate.of(2025, 3, 12), "Company day")).build());
        calendars.register(closed);
        Commitment recomputed = term(id, CommitmentPresets.TERM_CP5_RESULT);
        assertEquals(sh("2025-03-14T18:00"), recomputed.deadline());
        assertEquals(closed.version(), recomputed.calendar().version());
        assertTrue(service.explain(recomputed.id(), Locale.ENGLISH).contains("recomputed because calendar"));
    }

    private ScheduledExecutorService executor;

    @AfterEach
    void stopExecutor() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Test
    @DisplayName("Scheduled sweeps run on the application's executor until closed")
    void scheduledSweeps() throws InterruptedException {
        complaint();
        clock.advance(Duration.ofDays(2));
        CountDownLatch breach = new CountDownLatch(1);
        StepContext context = Contexts.over(store, clock, IdGenerator.sequential("s"), e -> {
            if (e instanceof CommitmentEvent c && c.kind() == FiringKind.BREACH) {
                breach.countDown();
            }
        });
        CommitmentSweeper sweeper = new CommitmentSweeper(context, engine, "scheduled");
        executor = Executors.newSingleThreadScheduledExecutor();
        ScheduledSweeps sweeps = ScheduledSweeps.start(sweeper, executor, Duration.ofMillis(50));
        assertTrue(breach.await(30, TimeUnit.SECONDS));
        assertTrue(sweeps.isRunning());
        sweeps.close();
        assertFalse(sweeps.isRunning());
        assertFalse(executor.isShutdown(), "the executor stays the application's");
    }

    @Test
    @DisplayName("SL-16 a step whose commitment a strict calendar refuses is not kept, ticket nor commitments")
    void refusedStepKeepsNothing() {
        calendars.register(BusinessCalendars.chinaOffice().withStrict(true));
        TicketId id = complaint().id();
        tickets.forward(new ForwardTicket(id, DepartmentId.of("customer-service")), STAFF);
        tickets.classify(new ClassifyTicket(id, Validity.VALID, null), STAFF);
        clock.set(sh("2026-12-30T10:00"));
        org.junit.jupiter.api.Assertions.assertThrows(dev.aftersales.calendar.OutsideCoverageException.class,
                () -> tickets.assign(new AssignTicket(id, DepartmentId.of("engineering"), "S-21"), STAFF));
        assertEquals(dev.aftersales.ticket.TicketState.CLASSIFIED, ticketRepository.findById(id).orElseThrow().state());
        assertTrue(service.commitmentsOf(id).stream().noneMatch(c -> c.termKey().equals(
                CommitmentPresets.TERM_CP5_RESULT)));
    }

    @Test
    @DisplayName("Applying the same ticket event twice changes nothing the second time")
    void idempotentStartsAndStops() {
        TicketId id = complaint().id();
        List<Commitment> first = service.commitmentsOf(id);
        TicketEvent again = new TicketEvent("EV-x", sh("2025-03-10T09:00"), id, 1, 1, TicketStep.RECEIVE, null,
                dev.aftersales.ticket.TicketState.RECEIVED, STAFF, first.get(0).facts(), null, null, null, null, null);
        assertEquals(List.of(), service.onTicketEvent(again));
        assertEquals(first, service.commitmentsOf(id));
    }
}
