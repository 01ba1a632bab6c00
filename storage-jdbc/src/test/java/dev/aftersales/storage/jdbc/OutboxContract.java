package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.ticket.service.TicketService;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentEngine;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.PolicyCatalog;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.PolicyRegistered;
import dev.aftersales.commitment.RegisteredPolicy;
import dev.aftersales.commitment.TicketSelector;
import dev.aftersales.commitment.service.PolicyService;
import dev.aftersales.commitment.service.CommitmentService;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.common.Actor;
import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.property.service.PropertyService;
import dev.aftersales.storage.jdbc.outbox.JdbcOutbox;
import dev.aftersales.storage.jdbc.outbox.OutboxPublisher;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.testkit.LogCapture;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.warranty.CoverageDecision;
import dev.aftersales.warranty.CoverageOutcome;
import dev.aftersales.warranty.DefectCause;
import dev.aftersales.warranty.Exclusion;
import dev.aftersales.warranty.UnitFacts;
import dev.aftersales.warranty.WarrantyDecider;
import dev.aftersales.warranty.WarrantyDecisionEntry;
import dev.aftersales.warranty.WarrantyDecisionRecorded;
import dev.aftersales.warranty.WarrantyReminder;
import dev.aftersales.warranty.WarrantySettings;
import dev.aftersales.warranty.service.WarrantyService;
import dev.aftersales.warranty.service.WarrantyTermDeriver;
import java.time.LocalDate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import dev.aftersales.spi.EventOutbox;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Domain events through the outbox table: a ticket step, the commitments it starts and its event
 * are stored in one transaction; the publisher delivers each committed event at least once with
 * its stable id, again after a listener failed, and exactly once when two publishers with their own
 * pools race; commitment events handed over by the sweeper are stored once. Subclassed per database.
 */
abstract class OutboxContract extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2025-03-10T01:00:00Z");
    private static final Actor STAFF = Actor.staff("S-1");

    private TestClock clock;
    private JdbcStore store;
    private JdbcOutbox outbox;
    private CommitmentService commitments;
    private CommitmentEngine engine;
    private TablePrefix prefix;
    private IdGenerator ids;

    @BeforeEach
    void migrate() {
        prefix = db.uniquePrefix();
        store = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        store.migrate();
        outbox = new JdbcOutbox(store.transactions(), prefix);
        clock = TestClock.at(T0);
        ids = IdGenerator.sequential("t");
        PolicyCatalog policies = new PolicyCatalog(CalendarRegistry.withReadyCalendars());
        policies.register(CommitmentPresets.withCp8Escalation(CommitmentPresets.rp2RepairResponse()));
        engine = new CommitmentEngine(policies, IdGenerator.sequential("c"), clock.getZone());
        commitments = new CommitmentService(Contexts.over(store, clock, ids, Optional.of(Contexts.tee(outbox::append, e -> { })), e -> { }), engine);
        registerProperty();
    }

    /**
     * Registers the unit and owner the repairs name (intake checks them, rules EU-1, EU-3), through
     * a property service without an outbox: the outbox rows counted below are the tickets' only.
     */
    private void registerProperty() {
        PropertyService property = new PropertyService(Contexts.over(store, clock, ids, Optional.empty(), e -> { }));
        property.registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
        property.addPlot(new AddPlot("E-1", "P-1", "Plot A"));
        property.addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
        property.addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
        property.registerOwner(RegisterOwner.builder().ownerId("O-1").name("Wang Fang").phone("13912345678")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                .build());
    }

    /** The desk's ticket service; {@code extra} sees each event in the step's transaction, after the outbox write. */
    private TicketService tickets(java.util.function.Consumer<TicketEvent> extra) {
        EventOutbox tee = Contexts.tee(outbox::append, event -> extra.accept((TicketEvent) event));
        return new TicketService(Contexts.over(store, clock, ids, Optional.of(tee), e -> { }), commitments);
    }

    private static ReportRepair repair() {
        return new ReportRepair(TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("cs"), "tap drips");
    }

    private long outboxRows() {
        return db.queryLong("SELECT COUNT(*) FROM " + prefix.table("outbox"));
    }

    private OutboxPublisher publisher(JdbcTransactions transactions, List<DomainEvent> received) {
        return OutboxPublisher.builder(transactions, prefix, clock).listener(received::add).batchSize(7).build();
    }

    @Test
    @DisplayName("RP-2 a reported repair, the commitments it starts and its event are stored in one transaction")
    void stepCommitmentsAndEventAreOneTransaction() {
        TicketRecord t = tickets(e -> { }).reportRepair(repair(), STAFF);
        assertFalse(commitments.commitmentsOf(t.id()).isEmpty());
        assertEquals(1, outboxRows());
        assertThrows(IllegalStateException.class, () -> tickets(e -> {
            throw new IllegalStateException("handler fails after the outbox write");
        }).reportRepair(repair(), STAFF));
        assertEquals(1, outboxRows(), "nothing of the failed step");
        assertEquals(1, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("ticket")));
    }

    @Test
    @DisplayName("Committed events are delivered with their ids; a refused one again later, with the same id")
    void deliveredAtLeastOnceWithStableIds() {
        TicketService tickets = tickets(e -> { });
        for (int i = 0; i < 3; i++) {
            tickets.reportRepair(repair(), STAFF);
        }
        List<DomainEvent> received = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        OutboxPublisher failing = OutboxPublisher.builder(store.transactions(), prefix, clock).listener(e -> {
            if (refused.isEmpty()) {
                refused.add(e.eventId());
                throw new IllegalStateException("listener down");
            }
            received.add(e);
        }).backoff(Duration.ofSeconds(10), Duration.ofMinutes(1)).build();
        try (LogCapture log = LogCapture.start()) {
            assertEquals(2, failing.publishPending());
            assertEquals(List.of(refused.get(0)), log.linesContaining("was not delivered (attempt 1)").stream()
                    .map(line -> line.replaceAll(".*outbox event (\\S+) was not delivered.*", "$1")).toList());
        }
        assertEquals(0, failing.publishPending(), "the refused event waits for its back-off");
        clock.advance(Duration.ofSeconds(10));
        assertEquals(1, failing.publishPending());
        assertEquals(3, received.size());
        assertEquals(refused.get(0), received.get(2).eventId());
        assertTrue(received.stream().allMatch(e -> e instanceof TicketEvent));
        assertEquals(0, failing.publishPending());
        assertEquals(3, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("outbox") + " WHERE published_at IS NOT NULL"));
    }

    @Test
    @DisplayName("SL-9 commitment events handed over by the sweeper (twice after a failure) are stored and delivered once")
    void commitmentEventsThroughTheOutbox() {
        tickets(e -> { }).reportRepair(repair(), STAFF);
        clock.advance(Duration.ofDays(3));
        List<CommitmentEvent> handed = new ArrayList<>();
        EventOutbox handing = Contexts.tee(outbox::append, e -> handed.add((CommitmentEvent) e));
        new CommitmentSweeper(Contexts.over(store, clock, ids, Optional.of(handing), e -> { }), engine, "node-1")
                .sweep();
        assertFalse(handed.isEmpty());
        for (CommitmentEvent e : handed) {
            assertFalse(outbox.append(e), "a second hand-over is a no-op");
        }
        List<DomainEvent> received = new ArrayList<>();
        publisher(store.transactions(), received).publishPending();
        List<DomainEvent> delivered = received.stream().filter(e -> e instanceof CommitmentEvent).toList();
        assertEquals(handed, delivered);
    }

    @Test
    @DisplayName("Two publishers, each with its own pool, racing over 150 events deliver each exactly once")
    void twoPublishersDeliverEachOnce() throws Exception {
        TicketService tickets = tickets(e -> { });
        for (int i = 0; i < 150; i++) {
            tickets.reportRepair(repair(), STAFF);
        }
        List<DomainEvent> received = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        List<TestDataSource> pools = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            // a pool of its own: another data source over the same database
            TestDataSource pool = db.dataSource().anotherPool();
            pools.add(pool);
            JdbcTransactions own = JdbcTransactions.create(pool);
            OutboxPublisher p = publisher(own, received);
            runs.add(CompletableFuture.supplyAsync(() -> {
                SkipLockedContract.await(start);
                return p.publishPending();
            }));
        }
        start.countDown();
        int total = 0;
        for (CompletableFuture<Integer> r : runs) {
            total += r.get(60, TimeUnit.SECONDS);
        }
        pools.forEach(TestDataSource::closeIdle);
        assertEquals(150, total);
        Set<String> ids = new HashSet<>();
        for (DomainEvent e : received) {
            assertTrue(ids.add(e.eventId()), () -> "delivered twice: " + e.eventId());
        }
        assertEquals(150, ids.size());
    }

    /** The desk's policy service; {@code extra} sees each event in the registration's transaction, after the outbox write. */
    private PolicyService policies(java.util.function.Consumer<DomainEvent> extra) {
        EventOutbox tee = Contexts.tee(outbox::append, extra);
        return new PolicyService(Contexts.over(store, clock, ids, Optional.of(tee), e -> { }), engine, commitments,
                Duration.ZERO);
    }

    private static CommitmentPolicy praiseReply(int version) {
        return CommitmentPolicy.builder("praise-reply").version(version).selecting(TicketSelector.kinds(TicketKind.PRAISE))
                .term(CommitmentTerm.builder("praise-thanks").startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.ANSWER)
                        .within(Duration.ofHours(48)))
                .build();
    }

    @Test
    @DisplayName("SL-13 a registered policy version and its PolicyRegistered event are stored in one transaction and delivered equal")
    void policyRegistrationAndItsEventAreOneTransaction() {
        assertThrows(IllegalStateException.class, () -> policies(e -> {
            throw new IllegalStateException("handler fails after the outbox write");
        }).register(praiseReply(1), STAFF));
        assertEquals(0, outboxRows(), "nothing of the failed registration");
        assertTrue(store.policies().orElseThrow().history("praise-reply").isEmpty());

        RegisteredPolicy v1 = policies(e -> { }).register(praiseReply(1), STAFF);
        assertEquals(1, outboxRows());
        assertEquals(List.of(v1), store.policies().orElseThrow().history("praise-reply"));
        List<DomainEvent> received = new ArrayList<>();
        publisher(store.transactions(), received).publishPending();
        assertEquals(1, received.size());
        PolicyRegistered event = (PolicyRegistered) received.get(0);
        assertEquals(new PolicyRef("praise-reply", 1), event.policy());
        assertEquals(STAFF, event.registeredBy());
        assertEquals(v1.registeredAt(), event.occurredAt());
        assertEquals(1, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("outbox")
                + " WHERE event_type = 'aftersales.policy-registered.v1'"));
    }

    /** The desk's warranty service; {@code extra} sees each event in the step's transaction, after the outbox write. */
    private WarrantyService warranty(java.util.function.Consumer<DomainEvent> extra) {
        EventOutbox tee = Contexts.tee(outbox::append, extra);
        WarrantyDecider decider = WarrantyDecider.withBuiltInCatalogue();
        return new WarrantyService(Contexts.over(store, clock, ids, Optional.of(tee), e -> { }), decider,
                new WarrantyTermDeriver(store, decider.terms(), clock, WarrantyReminder.DEFAULT_LEAD));
    }

    @Test
    @DisplayName("WA-2 WA-6 a recorded warranty decision and its WarrantyDecisionRecorded event are stored in one transaction and delivered equal, without the reason")
    void warrantyDecisionAndItsEventAreOneTransaction() {
        TicketId ticket = tickets(e -> { }).reportRepair(repair(), STAFF).id();
        long before = outboxRows();
        UnitFacts facts = UnitFacts.handedOver(WarrantySettings.forEstate(EstateId.of("E-1"), LocalDate.of(2024, 1, 10)),
                BuildingId.of("B-1"), LocalDate.of(2024, 6, 16));
        CoverageDecision decision = WarrantyDecider.withBuiltInCatalogue().decide(facts, "pipe-leaks",
                LocalDate.of(2025, 3, 1), DefectCause.excluded(Exclusion.IMPROPER_USE, "wet towels on the pipe"));
        assertEquals(CoverageOutcome.EXCLUDED, decision.outcome());
        assertThrows(IllegalStateException.class, () -> warranty(e -> {
            throw new IllegalStateException("handler fails after the outbox write");
        }).recordDecision(ticket, decision, STAFF));
        assertEquals(before, outboxRows(), "nothing of the failed step");
        assertTrue(store.warrantyDecisions().decisionsOf(ticket).isEmpty());

        WarrantyDecisionEntry entry = warranty(e -> { }).recordDecision(ticket, decision, STAFF);
        assertEquals(before + 1, outboxRows());
        List<DomainEvent> received = new ArrayList<>();
        publisher(store.transactions(), received).publishPending();
        List<DomainEvent> recorded = received.stream().filter(e -> e instanceof WarrantyDecisionRecorded).toList();
        assertEquals(List.of(new WarrantyDecisionRecorded(recorded.get(0).eventId(), entry.decidedAt(), ticket, 1,
                "pipe-leaks", CoverageOutcome.EXCLUDED, STAFF)), recorded);
        assertEquals(1, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("outbox")
                + " WHERE event_type = 'aftersales.warranty-decision-recorded.v1' AND aggregate_id = '" + ticket.value()
                + "' AND payload NOT LIKE '%towels%'"));
    }
}
