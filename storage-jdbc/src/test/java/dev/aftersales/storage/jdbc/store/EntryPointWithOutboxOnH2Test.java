package dev.aftersales.storage.jdbc.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.ChangePaymentStatus;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.HouseholdStructure;
import dev.aftersales.property.OutstandingItem;
import dev.aftersales.property.OutstandingItemRecorded;
import dev.aftersales.property.OutstandingItemSettled;
import dev.aftersales.property.Owner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.OwnerProfileUpdated;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PaymentStatusChanged;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RecordOutstandingItem;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.SettleOutstandingItem;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.property.UpdateOwnerProfile;
import dev.aftersales.property.service.PropertyService;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ForwardTicket;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketReferenceException;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.testkit.LogCapture;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The entry point on the JDBC store with its transactional outbox (H2 in memory): a ticket step,
 * the commitments it starts and its events are one transaction; listeners get the events from the
 * outbox, at least once; property and owner events take the same way; intake refused for a
 * reference the register does not hold writes nothing.
 */
class EntryPointWithOutboxOnH2Test {

    private final TestClock clock = TestClock.at("2025-06-16T01:00:00Z", ZoneId.of("Asia/Shanghai"));
    private JdbcStore store;

    @BeforeEach
    void openStore() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:entry-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store = JdbcStore.create(ds).outbox(clock).build();
        store.migrate();
        registerProperty();
    }

    /**
     * Registers the unit and the owner the repairs name (intake checks them against the register,
     * rules EU-1, EU-3) through a desk without listeners, whose publishing empties the outbox: the
     * tests below see their own events only.
     */
    private void registerProperty() {
        try (AfterSales setup = AfterSales.builder().store(store).clock(clock).build()) {
            setup.property().registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
            setup.property().addPlot(new AddPlot("E-1", "P-1", "Plot A"));
            setup.property().addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
            setup.property().addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5",
                    UnitUsage.RESIDENTIAL));
            setup.registerOwner(RegisterOwner.builder().ownerId("O-1").name("Wang Fang").phone("13912345678")
                    .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                    .build());
            while (setup.publishPending() > 0) {
                // delivered to no listener: marked published
            }
        }
    }

    private static ReportRepair repair() {
        return new ReportRepair(TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("hotline"),
                "leaking tap");
    }

    @Test
    @DisplayName("events reach listeners from the outbox, once each, after the step committed with its commitments")
    void eventsComeFromTheOutbox() {
        List<DomainEvent> seen = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).listener(seen::add).build()) {
            TicketRecord ticket = desk.reportRepair(repair(), Actor.staff("S-1"));
            List<Commitment> started = desk.commitmentsOf(ticket.id());

            assertFalse(started.isEmpty(), "RP-2 commitments started in the step's transaction");
            assertTrue(seen.isEmpty(), "nothing delivered before the outbox is published");
            assertEquals(1, desk.publishPending());
            TicketEvent received = assertInstanceOf(TicketEvent.class, seen.get(0));
            assertEquals(TicketStep.RECEIVE, received.step());
            assertEquals(0, desk.publishPending(), "delivered once");
        }
    }

    @Test
    @DisplayName("SL-8, SL-9 a sweep with several workers puts each commitment firing into the outbox once, with"
            + " its firing record")
    void sweepWorkersFillTheOutboxOnce() {
        List<DomainEvent> seen = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).listener(seen::add).sweepWorkers(3)
                .build()) {
            int tickets = 12;
            for (int i = 0; i < tickets; i++) {
                desk.reportRepair(repair(), Actor.staff("S-1"));
            }
            while (desk.publishPending() > 0) {
                // the tickets' own events
            }
            seen.clear();
            clock.advance(Duration.ofDays(30));   // every RP-2 warning, breach and escalation is due

            dev.aftersales.commitment.service.SweepReport report = desk.sweep();

            assertTrue(report.fired() > 0, report::toString);
            assertEquals(0, report.conflicts());
            assertTrue(seen.isEmpty(), "commitment events leave through the outbox");
            while (desk.publishPending() > 0) {
                // deliver them
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (DomainEvent e : seen) {
                assertTrue(ids.add(e.eventId()), () -> "delivered twice: " + e.eventId());
            }
            assertEquals(report.fired(), ids.size());
            assertEquals(0, desk.sweep().fired(), "each firing is recorded once");
            assertEquals(0, desk.publishPending());
        }
    }

    @Test
    @DisplayName("an event a listener refused stays in the outbox and comes again later")
    void refusedEventsComeAgain() {
        List<String> seen = new ArrayList<>();
        AtomicBoolean down = new AtomicBoolean(true);
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).listener(event -> {
            if (down.get()) {
                throw new IllegalStateException("listener down");
            }
            seen.add(event.eventId());
        }).build()) {
            TicketRecord ticket = desk.reportRepair(repair(), Actor.staff("S-1"));

            try (LogCapture log = LogCapture.start()) {
                assertEquals(0, desk.publishPending());
                assertEquals(1, log.linesContaining("was not delivered (attempt 1)").size(), log.text());
            }
            down.set(false);
            clock.advance(Duration.ofHours(1));   // past the back-off
            assertEquals(1, desk.publishPending());
            assertEquals(1, seen.size());
            assertEquals(TicketState.RECEIVED, desk.findTicket(ticket.id()).orElseThrow().state());
        }
    }

    @Test
    @DisplayName("EU-1 property commands write their events to the outbox too, delivered from there")
    void propertyEventsComeFromTheOutbox() {
        List<DomainEvent> seen = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).listener(seen::add).build()) {
            desk.property().registerEstate(new RegisterEstate("E1", "Riverside Garden"));
            assertTrue(seen.isEmpty(), "nothing delivered before the outbox is published");
            assertEquals(1, desk.publishPending());
            assertInstanceOf(dev.aftersales.property.EstateRegistered.class, seen.get(0));
        }
    }

    @Test
    @DisplayName("EU-3 owner profile, outstanding-item and payment-status events come from the outbox, equal and in order")
    void ownerEventsComeFromTheOutbox() {
        List<DomainEvent> seen = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).listener(seen::add).build()) {
            PropertyService property = desk.property();
            Owner owner = property.findOwner(OwnerId.of("O-1")).orElseThrow();
            property.updateOwnerProfile(UpdateOwnerProfile.builderFrom(owner).age(40)
                    .household(3, HouseholdStructure.COUPLE_WITH_CHILDREN).build());
            property.recordOutstandingItem(new RecordOutstandingItem("O-1", "L1",
                    OutstandingItem.Kind.CONSTRUCTION_LEFTOVER, "balcony railing loose"));
            property.settleOutstandingItem(new SettleOutstandingItem("O-1", "L1"));
            Owner last = property.changePaymentStatus(new ChangePaymentStatus("O-1", PaymentStatus.IN_ARREARS));
            assertTrue(seen.isEmpty(), "nothing delivered before the outbox is published");
            assertEquals(4, desk.publishPending());

            OwnerProfileUpdated updated = assertInstanceOf(OwnerProfileUpdated.class, seen.get(0));
            assertEquals(List.of(OwnerProfileUpdated.Field.AGE, OwnerProfileUpdated.Field.HOUSEHOLD_SIZE,
                    OwnerProfileUpdated.Field.HOUSEHOLD_STRUCTURE), updated.changed());
            assertEquals(new OutstandingItemRecorded(seen.get(1).eventId(), clock.instant(), OwnerId.of("O-1"), "L1",
                    OutstandingItem.Kind.CONSTRUCTION_LEFTOVER), seen.get(1));
            assertEquals(new OutstandingItemSettled(seen.get(2).eventId(), clock.instant(), OwnerId.of("O-1"), "L1",
                    OutstandingItem.Kind.CONSTRUCTION_LEFTOVER), seen.get(2));
            assertEquals(new PaymentStatusChanged(seen.get(3).eventId(), clock.instant(), OwnerId.of("O-1"),
                    PaymentStatus.PAID_UP, PaymentStatus.IN_ARREARS), seen.get(3));
            assertEquals(List.of(), last.outstandingItems());
            assertEquals(last, property.findOwner(OwnerId.of("O-1")).orElseThrow());
            assertEquals(40, last.profile().age());
        }
    }

    @Test
    @DisplayName("EU-1 a repair on a unit the register does not hold writes nothing, not even an outbox row")
    void unknownUnitWritesNothing() {
        List<DomainEvent> seen = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).listener(seen::add).build()) {
            ReportRepair nowhere = new ReportRepair(TicketLocation.ofUnit(UnitId.of("U-404")),
                    Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("hotline"),
                    "leaking tap");
            assertThrows(TicketReferenceException.class, () -> desk.reportRepair(nowhere, Actor.staff("S-1")));
            assertEquals(0, desk.publishPending());
            assertEquals(0, desk.openTicketsOfUnit(UnitId.of("U-404"), PageRequest.first(5)).items().size());
            TicketRecord named = desk.reportRepair(new ReportRepair(TicketLocation.ofUnit(UnitId.of("U-1")),
                    Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("hotline"),
                    "leaking tap"), Actor.staff("S-1"));
            assertEquals(repair().location(), desk.findTicket(named.id()).orElseThrow().intake().location());
        }
    }

    @Test
    @DisplayName("a step whose commitments fail keeps nothing: no step, no commitment, no event")
    void failedStepKeepsNothing() {
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).build()) {
            TicketRecord ticket = desk.reportRepair(repair(), Actor.staff("S-1"));
            desk.publishPending();
            assertThrows(RuntimeException.class, () -> store.inTransaction(() -> {
                desk.tickets().forward(new ForwardTicket(ticket.id(), DepartmentId.of("cs")), Actor.staff("S-1"));
                throw new IllegalStateException("the caller's transaction fails after the step");
            }));
            assertEquals(TicketState.RECEIVED, desk.findTicket(ticket.id()).orElseThrow().state());
            assertEquals(0, desk.publishPending());
        }
    }
}
