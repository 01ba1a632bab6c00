package dev.aftersales.examples;

import dev.aftersales.measurement.Grouping;
import dev.aftersales.measurement.MeasurementReport;
import dev.aftersales.measurement.Scope;
import dev.aftersales.AfterSales;
import dev.aftersales.ticket.service.TicketService;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentPresets;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.Buyer;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.HandOverUnit;
import dev.aftersales.property.HouseholdStructure;
import dev.aftersales.property.Owner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.SignContract;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.AgreePlan;
import dev.aftersales.ticket.AgreeVisit;
import dev.aftersales.ticket.AssignTicket;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ClassifyTicket;
import dev.aftersales.ticket.ContactOwner;
import dev.aftersales.ticket.ForwardTicket;
import dev.aftersales.ticket.InformOwner;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.RecordCallback;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.ReturnResult;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.StartWaiting;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TimelineEntry;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.Validity;
import dev.aftersales.ticket.WaitingReason;
import dev.aftersales.warranty.CoverageDecision;
import dev.aftersales.warranty.DefectCause;
import dev.aftersales.warranty.Exclusion;
import dev.aftersales.warranty.UnitTerm;
import dev.aftersales.warranty.WarrantyDecisionEntry;
import dev.aftersales.warranty.WarrantyReminderDue;
import dev.aftersales.warranty.WarrantySettings;
import dev.aftersales.warranty.service.WarrantyService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A tour of the library on the embedded default (the in-memory store): an estate with plots,
 * buildings and units; an owner registered and a unit handed over; an emergency repair walked
 * through its whole life cycle, a complaint lodged at the sales office (one-stop, CP-4) up to the
 * owner being informed, a normal repair waiting for the owner; then the events, every ticket's
 * timeline and the month's KPIs in English and Chinese; last, warranty decisions from the estate's
 * settings, recorded on the repair ticket (rules WA-1, WA-2, WA-6), and the expiry reminder of the first
 * term to end (rule WA-4). Time is driven by a controllable clock so that the output
 * is the same on every run.
 */
public final class QuickStart {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);

    private static final DepartmentId HOTLINE = DepartmentId.of("hotline");
    private static final DepartmentId SALES_OFFICE = DepartmentId.of("sales-office");
    private static final DepartmentId CUSTOMER_SERVICE = DepartmentId.of("customer-service");
    private static final DepartmentId ENGINEERING = DepartmentId.of("engineering");
    private static final DepartmentId PROPERTY_OFFICE = DepartmentId.of("property-office");

    private QuickStart() {
    }

    /**
     * Runs the tour.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        TestClock clock = TestClock.at("2025-06-16T01:00:00Z", SHANGHAI); // Monday 09:00 in Shanghai
        List<DomainEvent> events = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder()
                .clock(clock)
                .idGenerator(IdGenerator.sequential(""))
                .listener(events::add)
                .build()) {

            section("1. Set up an estate (EU-1) and count a plot (EU-2)");
            var property = desk.property();
            property.registerEstate(new RegisterEstate("E1", "Riverside Garden"));
            property.addPlot(new AddPlot("E1", "E1-A", "Plot A"));
            property.addBuilding(new AddBuilding("E1-A", "E1-A-1", "Building 1"));
            property.addBuilding(new AddBuilding("E1-A", "E1-A-2", "Building 2"));
            for (int floor = 1; floor <= 3; floor++) {
                property.addUnit(AddUnit.usable("E1-A-1", "E1-A-1-" + floor + "01", floor + "01",
                        UnitKind.RESIDENCE, "89.50", UnitUsage.RESIDENTIAL));
            }
            property.addUnit(AddUnit.usable("E1-A-2", "E1-A-2-S1", "S1", UnitKind.SHOP, "120",
                    UnitUsage.COMMERCIAL_OFFICE));
            property.addUnit(AddUnit.usable("E1-A-2", "E1-A-2-P1", "P1", UnitKind.PARKING_SPACE, "12.5",
                    UnitUsage.OTHER));
            System.out.println("  " + desk.countPlot(PlotId.of("E1-A")));

            section("2. Register owners (EU-3), sign and hand over a unit (PH-4, WA-1)");
            Owner owner = desk.registerOwner(RegisterOwner.builder()
                    .ownerId("O-1001")
                    .name("张三")
                    .age(42)
                    .work("engineer", "某设计院")
                    .household(3, HouseholdStructure.COUPLE_WITH_CHILDREN)
                    .phone("13800138000")
                    .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING,
                            PaymentStatus.PAID_UP)
                    .build());
            System.out.println("  registered " + owner + "   <- no name or phone in toString (EU-4)");
            property.signContract(new SignContract("E1-A-1-101", List.of(Buyer.of("O-1001")),
                    LocalDate.of(2025, 3, 1)));
            desk.handOver(new HandOverUnit("E1-A-1-101", LocalDate.of(2025, 6, 16), Actor.staff("S-01")));

            section("3. Tickets: an emergency repair, a normal repair, a complaint at the sales office");
            // the unit alone: the desk takes its building and estate from the register, and refuses a
            // unit, building, estate or owner the register does not hold (EU-1, EU-3)
            TicketLocation flat101 = TicketLocation.ofUnit(UnitId.of("E1-A-1-101"));
            Reporter ownerReports = Reporter.byOwner(OwnerId.of("O-1001"));
            TicketService tickets = desk.tickets();

            clock.advance(Duration.ofMinutes(30));
            TicketRecord burst = desk.reportRepair(new ReportRepair(flat101, ownerReports, Channel.HOTLINE,
                    Urgency.EMERGENCY, HOTLINE, "water pipe burst in the kitchen"), Actor.staff("S-02"));
            TicketRecord crack = desk.reportRepair(new ReportRepair(flat101, ownerReports, Channel.HOTLINE,
                    Urgency.NORMAL, HOTLINE, "crack in the bedroom wall plaster"), Actor.staff("S-02"));
            TicketRecord complaint = desk.lodgeComplaint(new LodgeComplaint(
                    TicketLocation.estateCommonArea(EstateId.of("E1"), "garden lights off at night"),
                    ownerReports, Channel.SALES_OFFICE, Severity.GENERAL, SALES_OFFICE,
                    "the garden lights have been off for a week"), Actor.staff("S-09"));

            walkRepair(tickets, clock, burst.id(), Duration.ofMinutes(20));
            walkComplaint(tickets, clock, complaint.id());
            startRepairThenWaitForOwner(tickets, clock, crack.id());

            section("4. Service commitments (RP-2, CP-1, CP-5, CP-8): sweep two days later, then list them");
            clock.advance(Duration.ofDays(2));
            System.out.println("  " + desk.sweep());
            for (TicketId id : List.of(burst.id(), crack.id(), complaint.id())) {
                for (Commitment c : desk.commitmentsOf(id)) {
                    System.out.printf("  %s %-26s %-12s deadline %s%s%n", id, c.termKey(), c.status(),
                            c.deadline() == null ? "(paused)" : TIME.format(c.deadline()),
                            c.lateness().map(late -> ", late by " + late).orElse(""));
                }
            }

            section("5. Why: the explanation of the normal repair's one-working-day contact (SL-15)");
            Commitment contact = desk.commitmentsOf(crack.id()).stream()
                    .filter(c -> c.termKey().equals(CommitmentPresets.TERM_RP2_CONTACT)).findFirst().orElseThrow();
            System.out.println(indent(desk.explain(contact.id(), Locale.ENGLISH)));
            System.out.println(indent(desk.explain(contact.id(), Locale.SIMPLIFIED_CHINESE)));

            section("6. Open tickets of unit E1-A-1-101");
            desk.openTicketsOfUnit(UnitId.of("E1-A-1-101"), PageRequest.first(20)).items()
                    .forEach(t -> System.out.println("  " + t.id() + " " + t.kind() + " " + t.state()));

            section("7. Events the listener received, by type (no personal data in any of them)");
            events.stream().collect(Collectors.groupingBy(e -> e.getClass().getSimpleName(), TreeMap::new,
                    Collectors.counting())).forEach((type, n) -> System.out.println("  " + type + ": " + n));

            section("8. Timelines");
            for (TicketId id : List.of(burst.id(), crack.id(), complaint.id())) {
                TicketRecord ticket = desk.findTicket(id).orElseThrow();
                System.out.println("  " + ticket.id() + " (" + ticket.kind() + ", " + ticket.facts().channel()
                        + ") now " + ticket.state());
                for (TimelineEntry entry : ticket.timeline()) {
                    System.out.printf("    %s  %-18s %-20s by %s%n", TIME.format(entry.at()), entry.step(),
                            entry.to(), entry.actor());
                }
            }

            section("9. June's KPIs by kind of ticket (MS-1, MS-3, RP-6), in English, Chinese and CSV");
            MeasurementReport june = desk.measurement().monthReport(YearMonth.of(2025, 6), Scope.all(), Grouping.KIND);
            System.out.println(indent(june.render(Locale.ENGLISH)));
            System.out.println(indent(june.render(Locale.SIMPLIFIED_CHINESE)));
            System.out.println(indent(june.toCsv(Locale.ENGLISH)));

            section("10. Warranty (WA-1, WA-2, WA-6): a leak under warranty, an expired lamp, an excluded alteration");
            warranty(desk, crack.id());

            section("11. Warranty expiry reminders (WA-4): a month before a term ends, one sweep reminds once");
            reminders(desk, clock, events);
        }
    }

    private static void reminders(AfterSales desk, TestClock clock, List<DomainEvent> events) {
        UnitTerm first = desk.warranty().termsOf(UnitId.of("E1-A-1-101")).stream()
                .min(Comparator.comparing(UnitTerm::end).thenComparing(UnitTerm::component)).orElseThrow();
        System.out.println("  first term of E1-A-1-101 to end: " + first.component() + ", no longer covered from "
                + first.end());
        clock.set(first.end().minusMonths(1).atStartOfDay(SHANGHAI).toInstant());   // 00:00 a month before
        events.clear();
        System.out.println("  sweep at " + clock.instant() + ": " + desk.sweep().reminders() + " reminder(s) fired");
        for (DomainEvent e : events) {
            if (e instanceof WarrantyReminderDue r) {
                System.out.println("  remind the owner of " + r.unit().value() + ": " + r.component()
                        + " covered through " + r.termEnd().minusDays(1) + " (reminder due " + r.occurredAt() + ")");
            }
        }
        System.out.println("  sweep again: " + desk.sweep().reminders() + " reminder(s) fired");
    }

    private static void warranty(AfterSales desk, TicketId repair) {
        WarrantyService warranty = desk.warranty();
        warranty.saveSettings(WarrantySettings.forEstate(EstateId.of("E1"), LocalDate.of(2025, 4, 30)));
        UnitId flat = UnitId.of("E1-A-1-101");
        CoverageDecision leak = warranty.decide(flat, "pipe-leaks", LocalDate.of(2025, 6, 17), DefectCause.normalUse());
        CoverageDecision lamp = warranty.decide(flat, "lamps-switches", LocalDate.of(2027, 6, 1), DefectCause.normalUse());
        CoverageDecision wall = warranty.decide(flat, "plaster", LocalDate.of(2025, 6, 17),
                DefectCause.excluded(Exclusion.OWNER_ALTERATION, "partition wall moved by the owner's fitter"));
        for (CoverageDecision d : List.of(leak, lamp, wall)) {
            System.out.println("  " + d.explain(Locale.ENGLISH));
            System.out.println("  " + d.explain(Locale.SIMPLIFIED_CHINESE));
        }
        // the crack ticket: covered when reported, excluded once the engineer found the moved wall
        Actor engineer = Actor.staff("S-21");
        warranty.recordDecision(repair, warranty.decide(flat, "plaster", LocalDate.of(2025, 6, 17),
                DefectCause.normalUse()), engineer);
        warranty.recordDecision(repair, wall, engineer);
        for (WarrantyDecisionEntry e : warranty.decisionsOf(repair)) {
            System.out.println("  ticket " + repair.value() + " decision " + e.sequence() + ": " + e.decision().outcome()
                    + " by " + e.decidedBy().id());
        }
        System.out.println("  ticket " + repair.value() + " paid repair: " + warranty.isPaidRepair(repair));
    }

    private static void walkRepair(TicketService tickets, TestClock clock, TicketId id, Duration pace) {
        Actor cs = Actor.staff("S-03");
        Actor engineer = Actor.staff("S-21");
        tickets.forward(new ForwardTicket(id, CUSTOMER_SERVICE), Actor.staff("S-02"));
        clock.advance(pace);
        tickets.classify(new ClassifyTicket(id, Validity.VALID, "within warranty"), cs);
        tickets.assign(new AssignTicket(id, ENGINEERING, "S-21"), cs);
        clock.advance(pace);
        tickets.contactOwner(new ContactOwner(id, "called the owner"), engineer);
        tickets.agreeVisit(new AgreeVisit(id, clock.instant().plus(pace)), engineer);
        clock.advance(pace);
        tickets.agreePlan(new AgreePlan(id, "replace the damaged section"), engineer);
        tickets.startWork(id, engineer);
        tickets.startWaiting(new StartWaiting(id, WaitingReason.FOR_THIRD_PARTY, "waiting for the spare part"), engineer);
        clock.advance(pace);
        tickets.resume(id, engineer);
        clock.advance(pace);
        tickets.returnResult(new ReturnResult(id, "repaired and tested"), Actor.department(ENGINEERING));
        tickets.informOwner(new InformOwner(id, "told the owner"), cs);
        clock.advance(pace);
        tickets.confirmClosure(id, Actor.customer("O-1001"));
        tickets.recordCallback(new RecordCallback(id, CallbackMethod.PHONE, 5, "satisfied"), cs);
        tickets.close(id, cs);
    }

    private static void startRepairThenWaitForOwner(TicketService tickets, TestClock clock, TicketId id) {
        Actor cs = Actor.staff("S-03");
        Actor engineer = Actor.staff("S-22");
        clock.advance(Duration.ofHours(1));
        tickets.forward(new ForwardTicket(id, CUSTOMER_SERVICE), Actor.staff("S-02"));
        tickets.classify(new ClassifyTicket(id, Validity.VALID, "plaster defect, 1-year term"), cs);
        tickets.assign(new AssignTicket(id, ENGINEERING, "S-22"), cs);
        clock.advance(Duration.ofHours(3));
        tickets.contactOwner(new ContactOwner(id, "called the owner"), engineer);
        tickets.startWaiting(new StartWaiting(id, WaitingReason.FOR_OWNER, "owner away until next week"),
                engineer);
    }

    private static void walkComplaint(TicketService tickets, TestClock clock, TicketId id) {
        Actor cs = Actor.staff("S-03");
        Actor officer = Actor.staff("S-31");
        clock.advance(Duration.ofHours(2));
        tickets.forward(new ForwardTicket(id, CUSTOMER_SERVICE), Actor.staff("S-09"));
        clock.advance(Duration.ofHours(3));
        tickets.classify(new ClassifyTicket(id, Validity.VALID, "lighting timer fault"), cs);
        tickets.assign(new AssignTicket(id, PROPERTY_OFFICE, "S-31"), cs);
        clock.advance(Duration.ofHours(1));
        tickets.contactOwner(new ContactOwner(id, "explained the plan"), officer);
        tickets.agreePlan(new AgreePlan(id, "replace the timer"), officer);
        tickets.startWork(id, officer);
        clock.advance(Duration.ofDays(1));
        tickets.returnResult(new ReturnResult(id, "timer replaced"), Actor.department(PROPERTY_OFFICE));
        tickets.informOwner(new InformOwner(id, "lights work again"), cs);
    }

    private static String indent(String text) {
        return text.lines().map(line -> "    " + line).collect(Collectors.joining(System.lineSeparator()));
    }

    private static void section(String title) {
        System.out.println();
        System.out.println(title);
    }
}
