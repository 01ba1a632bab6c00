package dev.aftersales.storage.jdbc.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
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
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.warranty.CoverageDecision;
import dev.aftersales.warranty.CoverageOutcome;
import dev.aftersales.warranty.DefectCause;
import dev.aftersales.warranty.Exclusion;
import dev.aftersales.warranty.NotARepairTicketException;
import dev.aftersales.warranty.WarrantyDecisionEntry;
import dev.aftersales.warranty.WarrantySettings;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The desk's warranty service on the JDBC store (H2 in memory, rules WA-1, WA-2, WA-6): settings
 * and decisions survive in the tables of schema version 10, a later decision is another entry, and
 * a refused recording writes nothing.
 */
class WarrantyDeskOnH2Test {

    private final TestClock clock = TestClock.at("2025-06-16T01:00:00Z", ZoneId.of("Asia/Shanghai"));
    private JdbcStore store;
    private AfterSales desk;

    @BeforeEach
    void openDesk() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:warranty-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store = JdbcStore.create(ds).build();
        store.migrate();
        desk = AfterSales.builder().store(store).clock(clock).build();
        desk.property().registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
        desk.property().addPlot(new AddPlot("E-1", "P-1", "Plot A"));
        desk.property().addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
        desk.property().addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
        desk.registerOwner(RegisterOwner.builder().ownerId("O-1").name("Wang Fang").phone("13912345678")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                .build());
        desk.property().signContract(new SignContract("U-1", List.of(Buyer.of("O-1")), LocalDate.of(2025, 3, 1)));
        desk.handOver(new HandOverUnit("U-1", LocalDate.of(2025, 6, 16), Actor.staff("S-1")));
        desk.warranty().saveSettings(WarrantySettings.forEstate(EstateId.of("E-1"), LocalDate.of(2025, 1, 10))
                .withDesignServiceLifeYears(50));
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    @Test
    @DisplayName("WA-2 WA-6 two decisions recorded on a repair ticket are both kept; the latest makes it a paid repair")
    void decisionsAreAppended() {
        TicketId ticket = desk.reportRepair(new ReportRepair(TicketLocation.ofUnit(UnitId.of("U-1")),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("hotline"),
                "crack in the wall"), Actor.staff("S-1")).id();
        CoverageDecision first = desk.warranty().decide(UnitId.of("U-1"), "plaster", LocalDate.of(2025, 8, 1),
                DefectCause.normalUse());
        assertEquals(CoverageOutcome.COVERED, first.outcome());
        WarrantyDecisionEntry e1 = desk.warranty().recordDecision(ticket, first, Actor.staff("S-2"));
        clock.advance(Duration.ofHours(3));
        CoverageDecision second = desk.warranty().decide(UnitId.of("U-1"), "plaster", LocalDate.of(2025, 8, 1),
                DefectCause.excluded(Exclusion.OWNER_ALTERATION, "wall opened for a new socket"));
        WarrantyDecisionEntry e2 = desk.warranty().recordDecision(ticket, second, Actor.staff("S-2"));
        assertEquals(List.of(e1, e2), desk.warranty().decisionsOf(ticket));
        assertTrue(desk.warranty().isPaidRepair(ticket));
        assertEquals(50, desk.warranty().settingsOf(EstateId.of("E-1")).orElseThrow().designServiceLifeYears());
    }

    @Test
    @DisplayName("WA-1 recording on a complaint is refused and writes nothing")
    void refusedRecordingWritesNothing() {
        TicketId complaint = desk.lodgeComplaint(new LodgeComplaint(
                TicketLocation.estateCommonArea(EstateId.of("E-1"), "garden lights"), Reporter.byOwner(OwnerId.of("O-1")),
                Channel.HOTLINE, Severity.GENERAL, DepartmentId.of("hotline"), "lights off"), Actor.staff("S-1")).id();
        CoverageDecision d = desk.warranty().decide(UnitId.of("U-1"), "plaster", LocalDate.of(2025, 8, 1),
                DefectCause.normalUse());
        assertThrows(NotARepairTicketException.class, () -> desk.warranty().recordDecision(complaint, d,
                Actor.staff("S-2")));
        assertTrue(desk.warranty().decisionsOf(complaint).isEmpty());
        assertFalse(desk.warranty().isPaidRepair(complaint));
    }
}
