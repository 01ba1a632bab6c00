package dev.aftersales.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.AfterSales;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.Buyer;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.HandOverUnit;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.SignContract;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketNotFoundException;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.warranty.CoverageDecision;
import dev.aftersales.warranty.CoverageOutcome;
import dev.aftersales.warranty.DefectCause;
import dev.aftersales.warranty.Exclusion;
import dev.aftersales.warranty.MaintenancePlan;
import dev.aftersales.warranty.MaintenancePlanId;
import dev.aftersales.warranty.MaintenancePlanSaved;
import dev.aftersales.warranty.MaintenanceScope;
import dev.aftersales.warranty.MaintenanceTask;
import dev.aftersales.warranty.MaintenanceTaskCompleted;
import dev.aftersales.warranty.MaintenanceTaskException;
import dev.aftersales.warranty.MaintenanceTaskId;
import dev.aftersales.warranty.NoTermForPlanException;
import dev.aftersales.warranty.WarrantyDecisionEntry;
import dev.aftersales.warranty.WarrantyDecisionRecorded;
import dev.aftersales.warranty.WarrantySettings;
import dev.aftersales.warranty.WarrantySettingsSaved;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The warranty writes publish their events through the desk's step pipeline (rules WA-1, WA-2,
 * WA-3, WA-5, WA-6): on the memory store (no outbox) a listener hears each event once, after the
 * commit, so it finds the change in the desk; a refused step publishes nothing. The events hold
 * identifiers only, never a decision's recorded reason (rule EU-4).
 */
class WarrantyEventsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final EstateId ESTATE = EstateId.of("E-1");
    private static final UnitId U1 = UnitId.of("U-1");
    private static final MaintenancePlanId WINDOWS = MaintenancePlanId.of(ESTATE, "doors-windows", MaintenanceScope.UNIT);
    private static final Actor STAFF = Actor.staff("S-1");
    private static final Actor ENGINEER = Actor.staff("S-2");

    private TestClock clock;
    private AfterSales desk;
    private final List<DomainEvent> heard = new ArrayList<>();
    private final List<String> seenInDesk = new ArrayList<>();

    @BeforeEach
    void openDesk() {
        clock = TestClock.at("2025-06-16T01:00:00Z", SHANGHAI);
        AfterSales[] holder = new AfterSales[1];
        desk = AfterSales.builder().store(MemoryStore.create()).clock(clock).listener(heard::add)
                .listener(e -> seenInDesk.add(seenInDesk(holder[0], e))).build();
        holder[0] = desk;
        desk.property().registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
        desk.property().addPlot(new AddPlot("E-1", "P-1", "Plot A"));
        desk.property().addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
        desk.property().addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
        desk.registerOwner(RegisterOwner.builder().ownerId("O-1").name("Wang Fang").phone("13912345678")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                .build());
        desk.property().signContract(new SignContract("U-1", List.of(Buyer.of("O-1")), LocalDate.of(2025, 3, 1)));
        desk.handOver(new HandOverUnit("U-1", LocalDate.of(2025, 6, 16), STAFF));
        heard.clear();
        seenInDesk.clear();
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    /** What a listener finds in the desk when it hears a warranty event: the committed change. */
    private static String seenInDesk(AfterSales desk, DomainEvent event) {
        if (event instanceof WarrantySettingsSaved e) {
            return "settings v" + desk.warranty().settingsOf(e.estate()).orElseThrow().version();
        }
        if (event instanceof WarrantyDecisionRecorded e) {
            return "decisions " + desk.warranty().decisionsOf(e.ticket()).size();
        }
        if (event instanceof MaintenancePlanSaved e) {
            return "plan v" + desk.maintenance().plansOf(e.plan().estate()).get(0).version();
        }
        if (event instanceof MaintenanceTaskCompleted e) {
            return "task " + desk.maintenance().tasksOf(e.task().plan()).stream()
                    .filter(t -> t.id().equals(e.task())).findFirst().orElseThrow().status();
        }
        return "other";
    }

    private <E extends DomainEvent> List<E> heard(Class<E> type) {
        return heard.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private WarrantySettings saveSettings() {
        return desk.warranty().saveSettings(WarrantySettings.forEstate(ESTATE, LocalDate.of(2025, 1, 10)));
    }

    @Test
    @DisplayName("WA-1 WA-5 saved settings are published once with the new version, after the commit; a stale save publishes nothing")
    void settingsSaved() {
        WarrantySettings v1 = saveSettings();
        clock.advance(Duration.ofMinutes(5));
        WarrantySettings v2 = desk.warranty().saveSettings(v1.withDesignServiceLifeYears(50));
        assertThrows(StaleWriteException.class, () -> desk.warranty().saveSettings(v1.withDesignServiceLifeYears(70)));
        List<WarrantySettingsSaved> events = heard(WarrantySettingsSaved.class);
        assertEquals(List.of(v1.version(), v2.version()), events.stream().map(WarrantySettingsSaved::version).toList(),
                "one event per save, none for the refused one");
        assertEquals(List.of(ESTATE, ESTATE), events.stream().map(WarrantySettingsSaved::estate).toList());
        assertEquals(List.of(clock.instant().minus(Duration.ofMinutes(5)), clock.instant()),
                events.stream().map(WarrantySettingsSaved::occurredAt).toList());
        assertNotEquals(events.get(0).eventId(), events.get(1).eventId());
        assertEquals("E-1", events.get(0).aggregateId());
        assertEquals(List.of("settings v1", "settings v2"), seenInDesk);
    }

    @Test
    @DisplayName("WA-2 WA-6 each recorded decision is published once, with ticket, sequence, component, outcome and actor, never the reason (EU-4)")
    void decisionRecorded() {
        saveSettings();
        TicketId ticket = desk.reportRepair(new ReportRepair(TicketLocation.ofUnit(U1), Reporter.byOwner(OwnerId.of("O-1")),
                Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("customer-service"), "water under the sink"), STAFF).id();
        heard.clear();
        seenInDesk.clear();
        CoverageDecision covered = desk.warranty().decide(U1, "pipe-leaks", LocalDate.of(2025, 9, 1),
                DefectCause.normalUse());
        CoverageDecision excluded = desk.warranty().decide(U1, "pipe-leaks", LocalDate.of(2025, 9, 1),
                DefectCause.excluded(Exclusion.IMPROPER_USE, "towels dried on the hot pipe"));
        WarrantyDecisionEntry first = desk.warranty().recordDecision(ticket, covered, STAFF);
        clock.advance(Duration.ofHours(2));
        WarrantyDecisionEntry second = desk.warranty().recordDecision(ticket, excluded, ENGINEER);
        assertThrows(TicketNotFoundException.class,
                () -> desk.warranty().recordDecision(TicketId.of("T-404"), covered, STAFF));
        List<WarrantyDecisionRecorded> events = heard(WarrantyDecisionRecorded.class);
        assertEquals(2, heard.size(), "the two recorded decisions only, none for the refused one");
        assertEquals(List.of(
                new WarrantyDecisionRecorded(events.get(0).eventId(), first.decidedAt(), ticket, 1, "pipe-leaks",
                        CoverageOutcome.COVERED, STAFF),
                new WarrantyDecisionRecorded(events.get(1).eventId(), second.decidedAt(), ticket, 2, "pipe-leaks",
                        CoverageOutcome.EXCLUDED, ENGINEER)), events);
        assertEquals(ticket.value(), events.get(1).aggregateId());
        assertEquals(-1, events.get(1).toString().indexOf("towels"), "no recorded reason in the event");
        assertEquals(List.of("decisions 1", "decisions 2"), seenInDesk);
    }

    @Test
    @DisplayName("WA-3 a saved plan and a completed task are published once each, after the commit; a refused plan or second completion publishes nothing")
    void maintenanceEvents() {
        saveSettings();
        heard.clear();
        seenInDesk.clear();
        MaintenancePlan plan = desk.maintenance().savePlan(MaintenancePlan.of(WINDOWS, 3, "inspect-hardware"));
        assertThrows(NoTermForPlanException.class, () -> desk.maintenance().savePlan(
                MaintenancePlan.of(MaintenancePlanId.of(ESTATE, "fire-doors", MaintenanceScope.UNIT), 6, "test")));
        desk.maintenance().generateTasks(ESTATE, LocalDate.of(2026, 1, 1));
        assertEquals(1, heard.size(), "generating tasks publishes nothing");
        MaintenanceTaskId september = MaintenanceTaskId.ofUnit(WINDOWS, U1, LocalDate.of(2025, 9, 16));
        clock.advance(Duration.ofDays(92));
        MaintenanceTask done = desk.maintenance().complete(september, ENGINEER);
        assertThrows(MaintenanceTaskException.class, () -> desk.maintenance().complete(september, STAFF));

        assertEquals(List.of(new MaintenancePlanSaved(heard.get(0).eventId(), clock.instant().minus(Duration.ofDays(92)),
                WINDOWS, plan.version())), heard(MaintenancePlanSaved.class));
        assertEquals(List.of(new MaintenanceTaskCompleted(heard.get(1).eventId(), done.doneAt(), september, ENGINEER)),
                heard(MaintenanceTaskCompleted.class));
        assertEquals(2, heard.size());
        assertEquals("E-1", heard.get(1).aggregateId());
        assertEquals(List.of("plan v1", "task " + MaintenanceTask.Status.DONE), seenInDesk);
    }
}
