package dev.aftersales.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.commitment.CommitmentStatus;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.service.CommitmentSweeper;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.storage.memory.MemoryStore;
import dev.aftersales.testkit.LogCapture;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketReferenceException;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.Urgency;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The entry point as an embedding application sees it: defaults, listeners, languages. */
class AfterSalesEntryPointTest {

    private static final TestClock CLOCK = TestClock.at("2025-06-16T01:00:00Z", ZoneId.of("Asia/Shanghai"));

    private static ReportRepair repair(String description) {
        return new ReportRepair(
                TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL,
                DepartmentId.of("hotline"), description);
    }

    @Test
    @DisplayName("with nothing configured the desk runs on the in-memory store found on the class path")
    void defaultStoreIsInMemory() {
        try (LogCapture log = LogCapture.start(); AfterSales desk = AfterSales.builder().clock(CLOCK).build()) {
            assertInstanceOf(MemoryStore.class, desk.store());
            assertEquals(1, log.linesContaining("no store configured: using the memory store found on the class path")
                    .size(), log.text());
            SampleProperty.register(desk);
            TicketRecord ticket = desk.reportRepair(repair("leaking tap"), Actor.staff("S-1"));
            assertEquals(TicketState.RECEIVED, desk.findTicket(ticket.id()).orElseThrow().state());
            assertEquals(CLOCK.instant(), ticket.reportedAt());
        }
    }

    @Test
    @DisplayName("a failing listener neither loses the change nor stops the other listeners")
    void failingListenerLosesNothing() {
        List<DomainEvent> seen = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder().store(MemoryStore.create()).clock(CLOCK)
                .idGenerator(IdGenerator.sequential("x"))
                .listener(e -> {
                    throw new IllegalStateException("listener down");
                })
                .listener(seen::add)
                .build()) {
            SampleProperty.register(desk);
            seen.clear();
            TicketRecord ticket;
            try (LogCapture log = LogCapture.start()) {
                ticket = desk.reportRepair(repair("leaking tap"), Actor.staff("S-1"));
                assertEquals(1, log.linesContaining("was not delivered to listener").size(), log.text());
            }

            assertTrue(desk.findTicket(ticket.id()).isPresent(), "the ticket was saved");
            assertEquals(1, seen.size());
            TicketEvent received = assertInstanceOf(TicketEvent.class, seen.get(0));
            assertEquals(ticket.id(), received.ticketId());
            assertEquals(1, desk.openTicketsOfUnit(UnitId.of("U-1"), PageRequest.first(10)).items().size());
        }
    }

    @Test
    @DisplayName("CP-2 validation messages come in the configured language, every violation listed")
    void validationInBothLanguages() {
        ReportRepair incomplete = new ReportRepair(null, null, null, null, null, " ");
        try (AfterSales english = AfterSales.builder().store(MemoryStore.create()).clock(CLOCK).build();
             AfterSales chinese = AfterSales.builder().store(MemoryStore.create()).clock(CLOCK)
                     .locale(Locale.SIMPLIFIED_CHINESE).build()) {
            InvalidCommandException en = assertThrows(InvalidCommandException.class,
                    () -> english.reportRepair(incomplete, Actor.staff("S-1")));
            InvalidCommandException zh = assertThrows(InvalidCommandException.class,
                    () -> chinese.reportRepair(incomplete, Actor.staff("S-1")));

            assertEquals(6, en.violations().size(), en.getMessage());
            assertEquals(en.violations().size(), zh.violations().size());
            assertTrue(en.violations().stream().allMatch(v -> v.message().chars().allMatch(c -> c < 0x2E80)),
                    en.getMessage());
            assertTrue(zh.violations().stream().allMatch(v -> v.message().chars().anyMatch(c -> c >= 0x4E00)),
                    zh.getMessage());
        }
    }

    @Test
    @DisplayName("CP-1 a complaint starts its reply commitment with the step; a sweep fires its breach once (SL-9)")
    void complaintCommitmentsStartWithTheStepAndBreachOnce() {
        TestClock clock = TestClock.at("2025-06-16T01:00:00Z", ZoneId.of("Asia/Shanghai"));
        List<DomainEvent> seen = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder().store(MemoryStore.create()).clock(clock).listener(seen::add)
                .build()) {
            SampleProperty.register(desk);
            TicketRecord complaint = desk.lodgeComplaint(new LodgeComplaint(
                    TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                    Reporter.byOwner(OwnerId.of("O-1")), Channel.WEBSITE, Severity.GENERAL,
                    DepartmentId.of("web"), "noise from the pump room"), Actor.staff("S-1"));

            Commitment reply = desk.commitmentsOf(complaint.id()).stream()
                    .filter(c -> c.termKey().equals(CommitmentPresets.TERM_CP1_REPLY)).findFirst().orElseThrow();
            assertEquals(CommitmentStatus.RUNNING, reply.status());
            assertEquals(clock.instant().plus(Duration.ofHours(24)), reply.deadline());

            clock.advance(Duration.ofHours(25));
            desk.sweep();
            desk.sweep();

            Commitment breached = desk.commitments().find(reply.id()).orElseThrow();
            assertEquals(CommitmentStatus.BREACHED, breached.status());
            assertEquals(reply.deadline(), breached.breachedAt());
            List<CommitmentEvent> breaches = seen.stream().filter(CommitmentEvent.class::isInstance)
                    .map(CommitmentEvent.class::cast)
                    .filter(e -> e.commitmentId().equals(reply.id()) && e.kind() == FiringKind.BREACH).toList();
            assertEquals(1, breaches.size(), "fired exactly once over two sweeps");
            assertEquals(reply.deadline(), breaches.get(0).scheduledAt());
        }
    }

    @Test
    @DisplayName("SL-9 a breach a listener refused is delivered again by the next sweep, recorded once")
    void refusedBreachIsDeliveredAgain() {
        TestClock clock = TestClock.at("2025-06-16T01:00:00Z", ZoneId.of("Asia/Shanghai"));
        List<CommitmentEvent> delivered = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        try (AfterSales desk = AfterSales.builder().store(MemoryStore.create()).clock(clock).listener(event -> {
            if (event instanceof CommitmentEvent c) {
                if (down.get()) {
                    throw new IllegalStateException("pager down");
                }
                delivered.add(c);
            }
        }).build()) {
            SampleProperty.register(desk);
            TicketRecord complaint = desk.lodgeComplaint(new LodgeComplaint(
                    TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                    Reporter.byOwner(OwnerId.of("O-1")), Channel.WEBSITE, Severity.GENERAL,
                    DepartmentId.of("web"), "noise from the pump room"), Actor.staff("S-1"));
            clock.advance(Duration.ofHours(25));
            try (LogCapture log = LogCapture.start()) {
                desk.sweep();
                assertTrue(log.linesContaining("listener failed on commitment event").stream()
                        .anyMatch(line -> line.contains(":BREACH:") && line.contains("it will be delivered again")),
                        log.text());
            }
            assertTrue(delivered.isEmpty());

            down.set(false);
            clock.advance(CommitmentSweeper.DEFAULT_LEASE.plusSeconds(1));   // undelivered for longer than a lease
            desk.sweep();

            Commitment reply = desk.commitmentsOf(complaint.id()).stream()
                    .filter(c -> c.termKey().equals(CommitmentPresets.TERM_CP1_REPLY)).findFirst().orElseThrow();
            assertEquals(1, delivered.stream().filter(e -> e.commitmentId().equals(reply.id())
                    && e.kind() == FiringKind.BREACH).count(), "delivered again, once");
            assertEquals(1, desk.commitments().find(reply.id()).orElseThrow().firings().stream()
                    .filter(f -> f.kind() == FiringKind.BREACH).count(), "recorded once");
        }
    }

    @Test
    @DisplayName("EU-1/EU-3 by default the desk refuses a repair on a unit or by an owner the register does not hold, "
            + "and stores nothing")
    void referencesAreCheckedByDefault() {
        List<DomainEvent> seen = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder().clock(CLOCK).listener(seen::add).build()) {
            TicketReferenceException e = assertThrows(TicketReferenceException.class,
                    () -> desk.reportRepair(repair("leaking tap"), Actor.staff("S-1")));
            assertEquals(List.of(TicketReferenceException.Reason.UNKNOWN_UNIT, TicketReferenceException.Reason.UNKNOWN_OWNER),
                    e.problems().stream().map(TicketReferenceException.Problem::reason).toList());
            assertTrue(seen.isEmpty());
            assertTrue(desk.openTicketsOfUnit(UnitId.of("U-1"), PageRequest.first(10)).items().isEmpty());

            SampleProperty.register(desk);
            TicketRecord named = desk.reportRepair(new ReportRepair(TicketLocation.ofUnit(UnitId.of("U-1")),
                    Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("hotline"),
                    "leaking tap"), Actor.staff("S-1"));
            assertEquals(repair("leaking tap").location(), named.intake().location(), "building and estate of the register");
        }
    }

    @Test
    @DisplayName("EU-1 checkReferences(false) takes the references as given, for applications whose own register is the reference")
    void referencesTrustedWhenSwitchedOff() {
        try (AfterSales desk = AfterSales.builder().clock(CLOCK).checkReferences(false).build()) {
            TicketRecord ticket = desk.reportRepair(repair("leaking tap"), Actor.staff("S-1"));
            assertEquals(TicketState.RECEIVED, desk.findTicket(ticket.id()).orElseThrow().state());
            assertThrows(TicketReferenceException.class, () -> desk.reportRepair(new ReportRepair(
                    TicketLocation.ofUnit(UnitId.of("U-1")), Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE,
                    Urgency.NORMAL, DepartmentId.of("hotline"), "leaking tap"), Actor.staff("S-1")),
                    "a unit named alone is still looked up");
        }
    }
}
