package dev.aftersales.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.Buyer;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.HandOverUnit;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PropertyNotFoundException;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.SignContract;
import dev.aftersales.property.TransferOwnership;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.storage.memory.MemoryStore;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketNotFoundException;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.warranty.CoverageDecision;
import dev.aftersales.warranty.CoverageOutcome;
import dev.aftersales.warranty.DefectCause;
import dev.aftersales.warranty.Exclusion;
import dev.aftersales.warranty.MissingWarrantyDataException;
import dev.aftersales.warranty.NotARepairTicketException;
import dev.aftersales.warranty.StatutoryCatalogue;
import dev.aftersales.warranty.TermSource;
import dev.aftersales.warranty.WarrantyDecisionEntry;
import dev.aftersales.warranty.WarrantySettings;
import dev.aftersales.warranty.service.WarrantyService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The desk's warranty service as an application uses it (rules WA-1, WA-2, WA-6): decisions from
 * the property register and the estate's settings, recorded on repair tickets as appended entries.
 * Estate E-1 passed completion acceptance on 2025-01-10; unit U-1 was handed over on 2025-06-16.
 */
class WarrantyDeskTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final UnitId U1 = UnitId.of("U-1");
    private static final Actor ENGINEER = Actor.staff("S-2");

    private TestClock clock;
    private AfterSales desk;
    private WarrantyService warranty;

    @BeforeEach
    void openDesk() {
        clock = TestClock.at("2025-06-16T01:00:00Z", SHANGHAI);
        desk = AfterSales.builder().store(MemoryStore.create()).clock(clock).build();
        SampleProperty.register(desk);
        desk.property().addUnit(AddUnit.usable("B-1", "U-2", "102", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
        desk.property().signContract(new SignContract("U-1", List.of(Buyer.of("O-1")), LocalDate.of(2025, 3, 1)));
        desk.handOver(new HandOverUnit("U-1", LocalDate.of(2025, 6, 16), Actor.staff("S-1")));
        warranty = desk.warranty();
        warranty.saveSettings(WarrantySettings.forEstate(EstateId.of("E-1"), LocalDate.of(2025, 1, 10)));
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private TicketId repair() {
        return desk.reportRepair(new ReportRepair(TicketLocation.ofUnit(U1), Reporter.byOwner(OwnerId.of("O-1")),
                Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("customer-service"), "water under the sink"),
                Actor.staff("S-1")).id();
    }

    @Test
    @DisplayName("WA-1 WA-5 a pipe leak three months after handover is covered until the contractor's two years from acceptance end")
    void coveredByTheContractorsTerm() {
        CoverageDecision d = warranty.decide(U1, "pipe-leaks", LocalDate.of(2025, 9, 1), DefectCause.normalUse());
        assertEquals(CoverageOutcome.COVERED, d.outcome());
        assertEquals(LocalDate.of(2027, 1, 9), d.coveredThrough().orElseThrow());
        assertEquals(TermSource.CONTRACTOR_TERM, d.decidedBy().orElseThrow());
        assertFalse(d.paidRepairOffered());
    }

    @Test
    @DisplayName("WA-1 a defect before handover, or of a unit never handed over, is NOT_HANDED_OVER")
    void beforeHandover() {
        assertEquals(CoverageOutcome.NOT_HANDED_OVER,
                warranty.decide(U1, "plaster", LocalDate.of(2025, 6, 15), DefectCause.normalUse()).outcome());
        assertEquals(CoverageOutcome.NOT_HANDED_OVER, warranty.decide(UnitId.of("U-2"), "plaster",
                LocalDate.of(2025, 9, 1), DefectCause.normalUse()).outcome());
    }

    @Test
    @DisplayName("WA-2 an expired lamp is a paid repair: the ticket goes on, marked paid")
    void expiredIsPaid() {
        TicketId ticket = repair();
        CoverageDecision d = warranty.decide(U1, "lamps-switches", LocalDate.of(2027, 2, 1), DefectCause.normalUse());
        assertEquals(CoverageOutcome.EXPIRED, d.outcome());
        assertEquals(LocalDate.of(2027, 1, 10), d.expiredSince().orElseThrow());
        assertFalse(warranty.isPaidRepair(ticket), "no decision yet: not paid");
        warranty.recordDecision(ticket, d, ENGINEER);
        assertTrue(warranty.isPaidRepair(ticket));
    }

    @Test
    @DisplayName("WA-5 a desk built with its own catalogue decides on it: lamps granted 3 years as the contractor's term are covered in 2027, and the stored term says so")
    void ownCatalogue() {
        StatutoryCatalogue own = StatutoryCatalogue.parse("estate.txt",
                "lamps-switches | 6m | 3y | WA-5 | Lamps and electrical switches | 灯具、电器开关");
        try (AfterSales ownDesk = AfterSales.builder().store(MemoryStore.create()).clock(clock).warrantyCatalogue(own)
                .build()) {
            SampleProperty.register(ownDesk);
            ownDesk.property().signContract(new SignContract("U-1", List.of(Buyer.of("O-1")), LocalDate.of(2025, 3, 1)));
            ownDesk.handOver(new HandOverUnit("U-1", LocalDate.of(2025, 6, 16), Actor.staff("S-1")));
            ownDesk.warranty().saveSettings(WarrantySettings.forEstate(EstateId.of("E-1"), LocalDate.of(2025, 1, 10)));
            CoverageDecision d = ownDesk.warranty().decide(U1, "lamps-switches", LocalDate.of(2027, 2, 1),
                    DefectCause.normalUse());
            assertEquals(CoverageOutcome.COVERED, d.outcome(), "the built-in catalogue's 2 years expired on 2027-01-10");
            assertEquals(LocalDate.of(2028, 1, 9), d.coveredThrough().orElseThrow());
            assertEquals(List.of(LocalDate.of(2028, 1, 10)), ownDesk.warranty().termsOf(U1).stream()
                    .map(dev.aftersales.warranty.UnitTerm::end).toList(), "one component, its term from the own catalogue");
        }
        assertEquals(CoverageOutcome.EXPIRED, warranty.decide(U1, "lamps-switches", LocalDate.of(2027, 2, 1),
                DefectCause.normalUse()).outcome(), "the default desk keeps the built-in catalogue");
    }

    @Test
    @DisplayName("WA-6 a cause found on site is a second entry: the first stays, the latest decides whether the repair is paid")
    void laterDecisionAppends() {
        TicketId ticket = repair();
        CoverageDecision first = warranty.decide(U1, "waterproofed-leaks", LocalDate.of(2025, 9, 1),
                DefectCause.normalUse());
        WarrantyDecisionEntry e1 = warranty.recordDecision(ticket, first, ENGINEER);
        assertFalse(warranty.isPaidRepair(ticket));
        clock.advance(Duration.ofDays(1));
        CoverageDecision onSite = warranty.decide(U1, "waterproofed-leaks", LocalDate.of(2025, 9, 1),
                DefectCause.excluded(Exclusion.OWNER_ALTERATION, "bathroom floor relaid by the owner's fitter"));
        assertEquals(CoverageOutcome.EXCLUDED, onSite.outcome());
        WarrantyDecisionEntry e2 = warranty.recordDecision(ticket, onSite, ENGINEER);
        assertEquals(List.of(1, 2), List.of(e1.sequence(), e2.sequence()));
        assertEquals(clock.instant(), e2.decidedAt());
        assertEquals(List.of(e1, e2), warranty.decisionsOf(ticket));
        assertTrue(warranty.isPaidRepair(ticket));
        assertTrue(onSite.explain(Locale.ENGLISH).contains("bathroom floor relaid"), onSite.explain(Locale.ENGLISH));
    }

    @Test
    @DisplayName("WA-1 a resale changes nothing: the new owner's unit gets the same decision")
    void resaleChangesNothing() {
        CoverageDecision before = warranty.decide(U1, "roof-waterproofing", LocalDate.of(2029, 5, 1),
                DefectCause.normalUse());
        desk.registerOwner(RegisterOwner.builder().ownerId("O-2").name("Li Lei").phone("13700001111")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                .build());
        clock.advance(Duration.ofDays(300));
        desk.property().transfer(new TransferOwnership("U-1", List.of(Buyer.of("O-2")), LocalDate.of(2026, 3, 1)));
        CoverageDecision after = warranty.decide(U1, "roof-waterproofing", LocalDate.of(2029, 5, 1),
                DefectCause.normalUse());
        assertEquals(before, after);
        assertEquals(CoverageOutcome.COVERED, after.outcome());
        assertEquals(LocalDate.of(2025, 6, 16), after.handover());
    }

    @Test
    @DisplayName("WA-1 decisions are recorded on repair tickets only; an unknown ticket is refused")
    void repairTicketsOnly() {
        TicketId complaint = desk.lodgeComplaint(new LodgeComplaint(
                TicketLocation.estateCommonArea(EstateId.of("E-1"), "garden lights"), Reporter.byOwner(OwnerId.of("O-1")),
                Channel.HOTLINE, Severity.GENERAL, DepartmentId.of("customer-service"), "lights off"),
                Actor.staff("S-1")).id();
        CoverageDecision d = warranty.decide(U1, "plaster", LocalDate.of(2025, 9, 1), DefectCause.normalUse());
        NotARepairTicketException e = assertThrows(NotARepairTicketException.class,
                () -> warranty.recordDecision(complaint, d, ENGINEER));
        assertTrue(e.message(Locale.CHINA).contains("保修判定只记录在报修工单上"), e.message(Locale.CHINA));
        assertThrows(TicketNotFoundException.class, () -> warranty.recordDecision(TicketId.of("T-404"), d, ENGINEER));
        assertTrue(warranty.decisionsOf(complaint).isEmpty());
    }

    @Test
    @DisplayName("settings are saved optimistically for a registered estate; a unit's estate without settings is named")
    void settingsErrors() {
        WarrantySettings stored = warranty.settingsOf(EstateId.of("E-1")).orElseThrow();
        assertEquals(1, stored.version());
        WarrantySettings v2 = warranty.saveSettings(stored.withDesignServiceLifeYears(50));
        assertEquals(v2, warranty.settingsOf(EstateId.of("E-1")).orElseThrow());
        assertThrows(StaleWriteException.class, () -> warranty.saveSettings(stored.withDesignServiceLifeYears(70)));
        assertThrows(PropertyNotFoundException.class,
                () -> warranty.saveSettings(WarrantySettings.perBuilding(EstateId.of("E-9"))));
        assertThrows(PropertyNotFoundException.class,
                () -> warranty.decide(UnitId.of("U-9"), "plaster", LocalDate.of(2025, 9, 1), DefectCause.normalUse()));
        try (AfterSales bare = AfterSales.builder().store(MemoryStore.create()).clock(clock).build()) {
            SampleProperty.register(bare);
            MissingWarrantyDataException missing = assertThrows(MissingWarrantyDataException.class, () -> bare.warranty()
                    .decide(U1, "plaster", LocalDate.of(2025, 9, 1), DefectCause.normalUse()));
            assertTrue(missing.getMessage().startsWith("warrantySettings"), missing.getMessage());
        }
    }
}
