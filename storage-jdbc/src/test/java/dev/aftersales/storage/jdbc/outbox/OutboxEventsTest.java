package dev.aftersales.storage.jdbc.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.PolicyRegistered;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.property.BuildingAdded;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.ContractSigned;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.EstateRegistered;
import dev.aftersales.property.OutstandingItem;
import dev.aftersales.property.OutstandingItemRecorded;
import dev.aftersales.property.OutstandingItemSettled;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.OwnerProfileUpdated;
import dev.aftersales.property.OwnerRegistered;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.OwnershipTransferred;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PaymentStatusChanged;
import dev.aftersales.property.PlotAdded;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.UnitAdded;
import dev.aftersales.property.UnitCondition;
import dev.aftersales.property.UnitConditionChanged;
import dev.aftersales.property.UnitHandedOver;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.Validity;
import dev.aftersales.ticket.WaitingReason;
import dev.aftersales.warranty.UnitTerm;
import dev.aftersales.warranty.WarrantyReminder;
import dev.aftersales.warranty.CoverageOutcome;
import dev.aftersales.warranty.MaintenancePlanId;
import dev.aftersales.warranty.MaintenancePlanSaved;
import dev.aftersales.warranty.MaintenanceScope;
import dev.aftersales.warranty.MaintenanceTaskCompleted;
import dev.aftersales.warranty.MaintenanceTaskId;
import dev.aftersales.warranty.WarrantyDecisionRecorded;
import dev.aftersales.warranty.WarrantyReminderDue;
import dev.aftersales.warranty.WarrantySettingsSaved;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The outbox's text form of ticket, commitment, warranty, maintenance and property events decodes to equal events (rule EU-4: nothing personal). */
class OutboxEventsTest {

    private static final TicketFacts FULL = new TicketFacts(TicketKind.REPAIR, Channel.HOTLINE, Urgency.EMERGENCY,
            null, EstateId.of("E-1"), BuildingId.of("B-1"), UnitId.of("U-1"), DepartmentId.of("cs"),
            dev.aftersales.ticket.TicketCategory.of("plumbing"));
    private static final TicketFacts SPARSE = new TicketFacts(TicketKind.COMPLAINT, Channel.LETTER, null,
            Severity.IMPORTANT, EstateId.of("E-2"), null, null, DepartmentId.of("sales"));

    private static void assertRoundTrip(DomainEvent e) {
        assertEquals(e, OutboxEvents.decode(OutboxEvents.type(e), OutboxEvents.encode(e)));
    }

    @Test
    @DisplayName("A ticket event with every field, and one with none of the optional ones, decode to equal events")
    void ticketEvents() {
        assertRoundTrip(new TicketEvent("EV-1", Instant.parse("2025-03-03T01:00:00.123456789Z"), TicketId.of("T-1"), 3, 2,
                TicketStep.AGREE_NEW_TIME, TicketState.CLASSIFIED, TicketState.CLASSIFIED, Actor.staff("S:7"), FULL,
                DepartmentId.of("eng"), Instant.parse("2025-03-05T08:00:00Z"), WaitingReason.FOR_OWNER, Validity.VALID, 4));
        assertRoundTrip(new TicketEvent("EV-2", Instant.parse("2025-03-03T01:00:00Z"), TicketId.of("T-2"), 1, 1,
                TicketStep.RECEIVE, null, TicketState.RECEIVED, Actor.system(), SPARSE, null, null, null, null, null));
    }

    @Test
    @DisplayName("SL-9 a commitment event keeps its key, so its stable id, and its recipients")
    void commitmentEvents() {
        CommitmentEvent e = new CommitmentEvent(new FiringKey(CommitmentId.of("C-1"), 2, FiringKind.ESCALATION, 1),
                TicketId.of("T-1"), new PolicyRef("cp1", 3), "reply", Instant.parse("2025-03-03T02:00:00.000000001Z"),
                Instant.parse("2025-03-03T05:00:00Z"), Instant.parse("2025-03-03T02:00:00Z"),
                List.of(Recipient.role("gm"), Recipient.department("admin-hr")), FULL, DepartmentId.of("eng"));
        assertRoundTrip(e);
        assertRoundTrip(new CommitmentEvent(new FiringKey(CommitmentId.of("C-2"), 1, FiringKind.WARNING, 1),
                TicketId.of("T-2"), new PolicyRef("cp1", 1), "reply", Instant.parse("2025-03-03T02:00:00Z"),
                Instant.parse("2025-03-03T02:00:00Z"), null, List.of(), SPARSE, null));
        assertEquals("CF:C-1:2:ESCALATION:1", OutboxEvents.decode(OutboxEvents.COMMITMENT_EVENT, OutboxEvents.encode(e))
                .eventId());
    }

    @Test
    @DisplayName("SL-13 a registered policy version decodes to an equal event, under its own type name")
    void policyRegistered() {
        PolicyRegistered e = new PolicyRegistered("EV-7", Instant.parse("2026-03-02T01:30:00.123456Z"),
                new PolicyRef("rp2-emergency", 2), Actor.staff("S:ADMIN"));
        assertRoundTrip(e);
        assertRoundTrip(new PolicyRegistered("EV-8", Instant.parse("2026-03-02T01:30:00Z"), new PolicyRef("p:x.1", 1),
                Actor.system()));
        assertEquals("aftersales.policy-registered.v1", OutboxEvents.type(e));
    }

    @Test
    @DisplayName("WA-4 a warranty reminder decodes to an equal event, under its own type name")
    void warrantyReminder() {
        WarrantyReminderDue e = WarrantyReminder.scheduled(new UnitTerm(UnitId.of("U-1"), EstateId.of("E-1"), "pipe-leaks",
                LocalDate.of(2027, 6, 16)), Period.ofMonths(1), ZoneId.of("Asia/Shanghai"))
                .withFired(Instant.parse("2027-05-15T16:00:00.123456Z"), true).event();
        assertRoundTrip(e);
        assertEquals("aftersales.warranty-reminder.v1", OutboxEvents.type(e));
    }

    @Test
    @DisplayName("WA-1 WA-5 saved warranty settings decode to an equal event, under their own type name")
    void warrantySettingsSaved() {
        WarrantySettingsSaved e = new WarrantySettingsSaved("EV-21", Instant.parse("2026-03-02T01:30:00.123456Z"),
                EstateId.of("E-1"), 3);
        assertRoundTrip(e);
        assertEquals("aftersales.warranty-settings-saved.v1", OutboxEvents.type(e));
    }

    @Test
    @DisplayName("WA-2 WA-6 a recorded warranty decision decodes to an equal event: identifiers and outcome only, no reason (EU-4)")
    void warrantyDecisionRecorded() {
        WarrantyDecisionRecorded e = new WarrantyDecisionRecorded("EV-22", Instant.parse("2026-03-02T01:30:00.5Z"),
                TicketId.of("T-1"), 2, "pipe-leaks", CoverageOutcome.EXCLUDED, Actor.staff("S:2"));
        assertRoundTrip(e);
        assertRoundTrip(new WarrantyDecisionRecorded("EV-23", Instant.parse("2026-03-02T01:30:00Z"), TicketId.of("T-2"),
                1, "plaster", CoverageOutcome.NOT_HANDED_OVER, Actor.system()));
        assertEquals("aftersales.warranty-decision-recorded.v1", OutboxEvents.type(e));
        assertEquals(List.of("eventId", "occurredAt", "ticket", "sequence", "component", "outcome", "decidedBy"),
                OutboxEvents.encode(e).lines().map(l -> l.substring(0, l.indexOf('='))).toList());
    }

    @Test
    @DisplayName("WA-3 a saved maintenance plan and a completed task decode to equal events, under their own type names")
    void maintenanceEvents() {
        MaintenancePlanId plan = MaintenancePlanId.of(EstateId.of("E-1"), "fire-doors", MaintenanceScope.BUILDING);
        MaintenancePlanSaved saved = new MaintenancePlanSaved("EV-24", Instant.parse("2026-03-02T01:30:00Z"), plan, 2);
        assertRoundTrip(saved);
        assertEquals("aftersales.maintenance-plan-saved.v1", OutboxEvents.type(saved));
        MaintenanceTaskCompleted done = new MaintenanceTaskCompleted("EV-25", Instant.parse("2026-03-02T01:30:00.7Z"),
                MaintenanceTaskId.ofBuilding(plan, BuildingId.of("B-1"), LocalDate.of(2024, 2, 29)), Actor.staff("S-1"));
        assertRoundTrip(done);
        assertRoundTrip(new MaintenanceTaskCompleted("EV-26", Instant.parse("2026-03-02T01:30:00Z"),
                MaintenanceTaskId.ofUnit(MaintenancePlanId.of(EstateId.of("E-2"), "doors-windows", MaintenanceScope.UNIT),
                        UnitId.of("U-1"), LocalDate.of(2025, 1, 31)), Actor.system()));
        assertEquals("aftersales.maintenance-task-completed.v1", OutboxEvents.type(done));
    }

    @Test
    @DisplayName("EU-1..EU-3, PH-4 every property event, the owner profile's included, decodes to an equal event")
    void propertyEvents() {
        Instant at = Instant.parse("2025-06-16T01:00:00Z");
        List<OwnerId> owners = List.of(OwnerId.of("O-1"), OwnerId.of("O-2"));
        for (DomainEvent e : List.<DomainEvent>of(
                new EstateRegistered("EV-1", at, EstateId.of("E-1")),
                new PlotAdded("EV-2", at, PlotId.of("P-1"), EstateId.of("E-1")),
                new BuildingAdded("EV-3", at, BuildingId.of("B-1"), PlotId.of("P-1"), EstateId.of("E-1")),
                new UnitAdded("EV-4", at, UnitId.of("U-1"), BuildingId.of("B-1"), PlotId.of("P-1"), EstateId.of("E-1"),
                        UnitKind.SHOP),
                new UnitConditionChanged("EV-5", at, UnitId.of("U-1"), UnitCondition.UNDER_CONSTRUCTION,
                        UnitCondition.USABLE),
                new OwnerRegistered("EV-6", at, OwnerId.of("O-1")),
                new ContractSigned("EV-7", at, OwnershipId.of("OS-1"), UnitId.of("U-1"), owners, LocalDate.of(2025, 3, 1)),
                new UnitHandedOver("EV-8", at, OwnershipId.of("OS-1"), UnitId.of("U-1"), owners,
                        LocalDate.of(2025, 6, 16), Actor.staff("S-1")),
                new OwnershipTransferred("EV-9", at, OwnershipId.of("OS-1"), OwnershipId.of("OS-2"), UnitId.of("U-1"),
                        List.of(OwnerId.of("O-3")), LocalDate.of(2025, 9, 1)),
                new OwnerProfileUpdated("EV-10", at, OwnerId.of("O-1"),
                        List.of(OwnerProfileUpdated.Field.PHONES, OwnerProfileUpdated.Field.PROPERTY_RIGHT_TYPE)),
                new OwnerProfileUpdated("EV-11", at, OwnerId.of("O-1"), List.of(OwnerProfileUpdated.Field.NAME)),
                new OutstandingItemRecorded("EV-12", at, OwnerId.of("O-1"), "L-1", OutstandingItem.Kind.CONSTRUCTION_LEFTOVER),
                new OutstandingItemSettled("EV-13", at, OwnerId.of("O-1"), "C:2", OutstandingItem.Kind.COMPENSATION),
                new PaymentStatusChanged("EV-14", at, OwnerId.of("O-1"), PaymentStatus.NOT_YET_DUE,
                        PaymentStatus.PARTLY_PAID))) {
            assertRoundTrip(e);
            assertEquals("aftersales.property." + e.getClass().getSimpleName() + ".v1", OutboxEvents.type(e));
        }
    }

    @Test
    @DisplayName("EU-4 a payload holds identifiers, enums and instants only")
    void payloadHoldsIdentifiersOnly() {
        String payload = OutboxEvents.encode(new TicketEvent("EV-1", Instant.parse("2025-03-03T01:00:00Z"),
                TicketId.of("T-1"), 1, 1, TicketStep.RECEIVE, null, TicketState.RECEIVED, Actor.customer("C-9"), FULL,
                null, null, null, null, null));
        assertEquals(List.of("eventId", "occurredAt", "ticket", "sequence", "cycle", "step", "to", "actor", "kind",
                "channel", "urgency", "estate", "building", "unit", "receivingUnit", "category"),
                payload.lines().map(l -> l.substring(0, l.indexOf('='))).toList());
    }

    @Test
    @DisplayName("Other event types and malformed payloads are refused")
    void refusals() {
        DomainEvent other = new DomainEvent() {
            @Override
            public String eventId() {
                return "X";
            }

            @Override
            public Instant occurredAt() {
                return Instant.EPOCH;
            }

            @Override
            public String aggregateId() {
                return "A";
            }
        };
        assertThrows(IllegalArgumentException.class, () -> OutboxEvents.type(other));
        assertThrows(IllegalArgumentException.class, () -> OutboxEvents.decode("unknown", ""));
        assertThrows(IllegalArgumentException.class, () -> OutboxEvents.decode(OutboxEvents.TICKET_EVENT, "eventId=EV-1\n"));
        assertThrows(IllegalArgumentException.class, () -> OutboxEvents.decode(OutboxEvents.TICKET_EVENT,
                "eventId=EV-1\noccurredAt=yesterday\n"));
        assertFalse(OutboxEvents.encode(new TicketEvent("EV-%\n", Instant.EPOCH, TicketId.of("T-1"), 1, 1,
                TicketStep.RECEIVE, null, TicketState.RECEIVED, Actor.system(), SPARSE, null, null, null, null, null))
                .contains("EV-%\n"));
    }
}
