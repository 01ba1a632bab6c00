package dev.aftersales.storage.jdbc.store;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.commitment.CommitmentTerm;
import dev.aftersales.commitment.TicketSelector;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.property.UnitId;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ClassifyTicket;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.Validity;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketCategory;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Selection per estate and category through the desk on the JDBC store (H2 in memory, rule PS-1):
 * the category given at intake is stored with the ticket and its commitments, and decides which
 * policy starts the contact term.
 */
class CategorySelectionOnH2Test {

    private static final TicketCategory PLUMBING = TicketCategory.of("plumbing");
    private static final TicketSelector REPAIRS = TicketSelector.kinds(TicketKind.REPAIR);

    private final TestClock clock = TestClock.at("2025-06-16T01:00:00Z", ZoneId.of("Asia/Shanghai"));
    private JdbcStore store;
    private AfterSales desk;

    private static CommitmentPolicy contact(String id, TicketSelector selector, Duration within) {
        return CommitmentPolicy.builder(id).selecting(selector).term(CommitmentTerm.builder("contact")
                .startsOn(TicketStep.RECEIVE).stopsOn(TicketStep.CONTACT_OWNER).within(within)).build();
    }

    @BeforeEach
    void openDesk() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:category-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        store = JdbcStore.create(ds).build();
        store.migrate();
        desk = AfterSales.builder().store(store).clock(clock).policies(List.of(
                contact("general", REPAIRS, Duration.ofHours(24)),
                contact("riverside", REPAIRS.withEstates(EstateId.of("E-1")), Duration.ofHours(8)),
                contact("riverside-plumbing", REPAIRS.withEstates(EstateId.of("E-1")).withCategories(PLUMBING),
                        Duration.ofHours(2)))).build();
        for (String estate : List.of("E-1", "E-2")) {
            desk.property().registerEstate(new RegisterEstate(estate, "Estate " + estate));
            desk.property().addPlot(new AddPlot(estate, estate + "-P-1", "Plot A"));
            desk.property().addBuilding(new AddBuilding(estate + "-P-1", estate + "-B-1", "Building 1"));
            desk.property().addUnit(AddUnit.usable(estate + "-B-1", estate + "-U-1", "101", UnitKind.RESIDENCE, "89.5",
                    UnitUsage.RESIDENTIAL));
        }
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private TicketId report(String estate, TicketCategory category) {
        ReportRepair command = new ReportRepair(TicketLocation.ofUnit(UnitId.of(estate + "-U-1"), BuildingId.of(estate + "-B-1"),
                EstateId.of(estate)), Reporter.byStaff("S-1"), Channel.HOTLINE, Urgency.NORMAL,
                DepartmentId.of("cs"), "the pipe under the sink leaks").withCategory(category);
        return desk.tickets().reportRepair(command, Actor.staff("S-1")).id();
    }

    @Test
    @DisplayName("PS-1 a classification gives a complaint its category: terms starting then are selected by it, the timeline keeps it")
    void classificationGivesTheCategory() {
        desk.close();
        TicketSelector complaints = TicketSelector.kinds(TicketKind.COMPLAINT);
        desk = AfterSales.builder().store(store).clock(clock).policies(List.of(
                result("general-result", complaints, Duration.ofDays(3)),
                result("noise-result", complaints.withCategories(TicketCategory.of("noise")), Duration.ofDays(1))))
                .build();
        TicketId noise = desk.tickets().lodgeComplaint(new LodgeComplaint(TicketLocation.estateCommonArea(
                EstateId.of("E-1"), "the square"), Reporter.byStaff("S-1"), Channel.HOTLINE, Severity.GENERAL,
                DepartmentId.of("cs"), "music at night"), Actor.staff("S-1")).id();
        TicketId other = desk.tickets().lodgeComplaint(new LodgeComplaint(TicketLocation.estateCommonArea(
                EstateId.of("E-1"), "the gate"), Reporter.byStaff("S-1"), Channel.HOTLINE, Severity.GENERAL,
                DepartmentId.of("cs"), "the gate is slow"), Actor.staff("S-1")).id();
        desk.tickets().classify(new ClassifyTicket(noise, Validity.VALID, null).withCategory(TicketCategory.of("noise")),
                Actor.staff("S-1"));
        desk.tickets().classify(new ClassifyTicket(other, Validity.VALID, null), Actor.staff("S-1"));

        assertEquals("noise-result", desk.commitments().find(noise, "result").orElseThrow().policy().id());
        assertEquals("general-result", desk.commitments().find(other, "result").orElseThrow().policy().id());
        var stored = store.tickets().findById(noise).orElseThrow();
        assertEquals(TicketCategory.of("noise"), stored.facts().category());
        assertEquals(TicketCategory.of("noise"), stored.timeline().get(1).details().category(),
                "the classification step records the category it gave");
        assertEquals(null, stored.timeline().get(0).details().category());
    }

    private static CommitmentPolicy result(String id, TicketSelector selector, Duration within) {
        return CommitmentPolicy.builder(id).selecting(selector).term(CommitmentTerm.builder("result")
                .startsOn(TicketStep.CLASSIFY_VALID).stopsOn(TicketStep.RETURN_RESULT).within(within)).build();
    }

    @Test
    @DisplayName("PS-1 a plumbing repair in E-1 gets E-1's plumbing promise, stored with its category; others fall back")
    void perEstateAndCategory() {
        TicketId plumbing = report("E-1", PLUMBING);
        TicketId electrical = report("E-1", TicketCategory.of("electrical"));
        TicketId elsewhere = report("E-2", PLUMBING);
        TicketId none = report("E-1", null);

        Commitment first = desk.commitments().find(plumbing, "contact").orElseThrow();
        assertEquals("riverside-plumbing", first.policy().id());
        assertEquals(clock.instant().plus(Duration.ofHours(2)), first.deadline());
        assertEquals(PLUMBING, first.facts().category(), "the commitment row keeps the category");
        assertEquals(PLUMBING, store.tickets().findById(plumbing).orElseThrow().facts().category());
        assertEquals("riverside", desk.commitments().find(electrical, "contact").orElseThrow().policy().id());
        assertEquals("general", desk.commitments().find(elsewhere, "contact").orElseThrow().policy().id());
        assertEquals("riverside", desk.commitments().find(none, "contact").orElseThrow().policy().id());
    }
}
