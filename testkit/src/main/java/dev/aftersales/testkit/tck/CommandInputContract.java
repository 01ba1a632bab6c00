package dev.aftersales.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.PageRequest;
import dev.aftersales.common.SupportedRange;
import dev.aftersales.common.Violation;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.HandOverUnit;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.AgreeNewTime;
import dev.aftersales.ticket.AgreePlan;
import dev.aftersales.ticket.AgreeVisit;
import dev.aftersales.ticket.AssignTicket;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ClassifyTicket;
import dev.aftersales.ticket.ContactOwner;
import dev.aftersales.ticket.ContactPerson;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TimelineEntry;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.Validity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract that every store sees the same input (rules IN-1, IN-2): the desk refuses a text
 * with a control character, an unpaired surrogate or nothing visible, and an instant or date
 * outside {@link SupportedRange}, with an {@link InvalidCommandException} naming the field, before
 * anything reaches the store; and what it accepts at the edges (characters beyond the BMP, tabs and
 * line breaks, the first and last microsecond of the range) the store keeps exactly.
 */
public abstract class CommandInputContract {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Actor CLERK = Actor.staff("S-1");
    private static final DepartmentId SERVICE = DepartmentId.of("customer-service");

    private AfterSalesStore store;
    private AfterSales desk;

    /** Creates the contract; for subclasses. */
    protected CommandInputContract() {
    }

    /**
     * Returns a fresh, empty store of the adapter under test.
     *
     * @return the store
     */
    protected abstract AfterSalesStore newStore();

    @BeforeEach
    void openDesk() {
        store = newStore();
        desk = AfterSales.builder().store(store).clock(TestClock.at(NOW)).build();
        desk.property().registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
        desk.property().addPlot(new AddPlot("E-1", "P-1", "Plot A"));
        desk.property().addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
        desk.property().addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    @Test
    @DisplayName("IN-1 a NUL, another control character or an unpaired surrogate is refused naming the field; nothing is stored")
    void in1_badTextIsRefusedBeforeTheStore() {
        assertRefused("name", () -> desk.property().registerEstate(new RegisterEstate("E-2", "Garden\u0000")));
        assertEquals(false, desk.property().findEstate(EstateId.of("E-2")).isPresent());

        assertRefused("name", () -> desk.registerOwner(owner("O-1", "Wang \uD800Fang")));
        assertRefused("name", () -> desk.registerOwner(owner("O-1", "Wang\u001B[0m")));
        assertEquals(false, desk.property().findOwner(OwnerId.of("O-1")).isPresent());

        assertRefused("description", () -> desk.reportRepair(repair("leaking\u0000tap"), CLERK));
        assertRefused("description", () -> desk.reportRepair(repair("leak \uDE80"), CLERK));
        assertRefused("reporter.contact.name", () -> desk.reportRepair(new ReportRepair(unit(),
                Reporter.byContact(ContactPerson.of("Li\u0000", "13912345678")), Channel.HOTLINE, Urgency.NORMAL,
                SERVICE, "leaking tap"), CLERK));
        assertEquals(0, allTickets().size());

        TicketRecord ticket = desk.reportRepair(repair("leaking tap"), CLERK);
        assertRefused("note", () -> desk.tickets().classify(new ClassifyTicket(ticket.id(), Validity.VALID, "ok\u0007"), CLERK));
        assertEquals(ticket.version(), desk.findTicket(ticket.id()).orElseThrow().version());
    }

    @Test
    @DisplayName("IN-1 text of nothing but Unicode white space and invisible characters is blank on every store")
    void in1_invisibleTextIsBlank() {
        assertRefused("name", () -> desk.property().registerEstate(new RegisterEstate("E-2", "\u200B\u00A0\u3000")));
        assertRefused("description", () -> desk.reportRepair(repair("\uFEFF\u2028"), CLERK));
        assertEquals(0, allTickets().size());
    }

    @Test
    @DisplayName("IN-1 text with characters beyond the BMP, tabs and line breaks is kept exactly")
    void in1_wellFormedTextIsKeptExactly() {
        String name = "河畔花园 \uD83C\uDFE0\tPhase\u00A02";
        desk.property().registerEstate(new RegisterEstate("E-2", name));
        assertEquals(name, desk.property().findEstate(EstateId.of("E-2")).orElseThrow().name());
        String description = "漏水\r\nline two \uD83D\uDEBF\u200Bend";
        TicketRecord ticket = desk.reportRepair(repair(description), CLERK);
        assertEquals(description, desk.findTicket(ticket.id()).orElseThrow().intake().description());
    }

    @Test
    @DisplayName("IN-2 an agreed time or a date outside the supported range is refused naming the field; nothing is stored")
    void in2_timesOutsideTheRangeAreRefused() {
        TicketRecord ticket = ownerContacted();
        for (Instant outside : List.of(Instant.MAX, Instant.MIN, Instant.parse("2262-04-12T00:00:00Z"), SupportedRange.END,
                SupportedRange.FIRST.minusNanos(1))) {
            assertRefused("visitAt", () -> desk.tickets().agreeVisit(new AgreeVisit(ticket.id(), outside), CLERK));
            assertRefused("newTime", () -> desk.tickets().agreeNewTime(new AgreeNewTime(ticket.id(), outside, "parts"), CLERK));
        }
        assertEquals(ticket.version(), desk.findTicket(ticket.id()).orElseThrow().version());
        for (LocalDate outside : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(2200, 1, 1), LocalDate.of(1969, 12, 31))) {
            assertRefused("handedOverOn", () -> desk.handOver(new HandOverUnit("U-1", outside, CLERK)));
        }
    }

    @Test
    @DisplayName("IN-2 the first and the last microsecond of the supported range are kept exactly")
    void in2_edgesOfTheRangeAreKeptExactly() {
        TicketRecord ticket = ownerContacted();
        Instant last = SupportedRange.END.minus(1, ChronoUnit.MICROS);
        desk.tickets().agreeVisit(new AgreeVisit(ticket.id(), SupportedRange.FIRST), CLERK);
        desk.tickets().agreeNewTime(new AgreeNewTime(ticket.id(), last, "parts on order"), CLERK);
        List<TimelineEntry> timeline = desk.findTicket(ticket.id()).orElseThrow().timeline();
        assertEquals(List.of(SupportedRange.FIRST, last), timeline.stream()
                .map(e -> e.details().agreedTime()).filter(t -> t != null).toList());
    }

    private TicketRecord ownerContacted() {
        TicketRecord t = desk.reportRepair(repair("leaking tap"), CLERK);
        desk.tickets().classify(new ClassifyTicket(t.id(), Validity.VALID, null), CLERK);
        desk.tickets().assign(new AssignTicket(t.id(), DepartmentId.of("engineering"), "S-2"), CLERK);
        return desk.tickets().contactOwner(new ContactOwner(t.id(), null), CLERK);
    }

    private List<TicketRecord> allTickets() {
        return desk.tickets().ticketsReportedBetween(Instant.MIN, Instant.MAX, PageRequest.first(100)).items();
    }

    private static TicketLocation unit() {
        return TicketLocation.ofUnit(dev.aftersales.property.UnitId.of("U-1"), dev.aftersales.property.BuildingId.of("B-1"),
                EstateId.of("E-1"));
    }

    private static ReportRepair repair(String description) {
        return new ReportRepair(unit(), Reporter.byStaff("S-9"), Channel.HOTLINE, Urgency.NORMAL, SERVICE, description);
    }

    private static RegisterOwner owner(String id, String name) {
        return RegisterOwner.builder().ownerId(id).name(name).phone("13912345678")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP).build();
    }

    private static void assertRefused(String field, Supplier<?> command) {
        InvalidCommandException e = assertThrows(InvalidCommandException.class, command::get);
        assertTrue(e.violations().stream().map(Violation::field).anyMatch(field::equals),
                () -> "expected a violation of " + field + ", got " + e.violations());
        assertEquals(List.of(field), e.violations().stream().map(Violation::field).distinct().toList());
    }
}
