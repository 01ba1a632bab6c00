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
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ForwardTicket;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
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
 * outbox, at least once.
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
            desk.property().registerEstate(new dev.aftersales.property.RegisterEstate("E1", "Riverside Garden"));
            assertTrue(seen.isEmpty(), "nothing delivered before the outbox is published");
            assertEquals(1, desk.publishPending());
            assertInstanceOf(dev.aftersales.property.EstateRegistered.class, seen.get(0));
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
