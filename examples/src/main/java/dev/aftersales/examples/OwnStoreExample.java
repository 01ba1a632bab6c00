package dev.aftersales.examples;

import dev.aftersales.AfterSales;
import dev.aftersales.ticket.service.TicketService;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.common.PageRequest;
import dev.aftersales.examples.adapter.SnapshotStore;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.Buyer;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.HandOverUnit;
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
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.AssignTicket;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ClassifyTicket;
import dev.aftersales.ticket.ForwardTicket;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TimelineEntry;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.Validity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The entry point running on an integrator's own storage adapter: the {@link SnapshotStore} of
 * {@code dev.aftersales.examples.adapter}, which passes the storage TCK. The only line that differs
 * from an embedded set-up is {@code .store(new SnapshotStore())}. The program sets up a unit and
 * its owner, reports a repair (RP-1), takes it through forwarding, classification and assignment
 * (CP-3, CP-6), reads it back from the adapter, and shows the adapter refusing a stale write.
 */
public final class OwnStoreExample {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);

    private OwnStoreExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        TestClock clock = TestClock.at("2025-06-16T01:00:00Z", SHANGHAI); // Monday 09:00 in Shanghai
        SnapshotStore store = new SnapshotStore();
        try (AfterSales desk = AfterSales.builder()
                .store(store)
                .clock(clock)
                .idGenerator(IdGenerator.sequential(""))
                .build()) {

            System.out.println("1. Set up a unit and its owner, stored by the integrator's adapter");
            var property = desk.property();
            property.registerEstate(new RegisterEstate("E1", "Riverside Garden"));
            property.addPlot(new AddPlot("E1", "E1-A", "Plot A"));
            property.addBuilding(new AddBuilding("E1-A", "E1-A-1", "Building 1"));
            property.addUnit(AddUnit.usable("E1-A-1", "E1-A-1-101", "101", UnitKind.RESIDENCE, "89.50",
                    UnitUsage.RESIDENTIAL));
            desk.registerOwner(RegisterOwner.builder().ownerId("O-1001").name("李四").phone("13900139000")
                    .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                    .build());
            property.signContract(new SignContract("E1-A-1-101", List.of(Buyer.of("O-1001")),
                    LocalDate.of(2025, 3, 1)));
            desk.handOver(new HandOverUnit("E1-A-1-101", LocalDate.of(2025, 6, 16), Actor.staff("S-01")));
            System.out.println("  " + desk.countPlot(PlotId.of("E1-A")));
            System.out.println("  " + store);

            System.out.println();
            System.out.println("2. Report a repair and walk it to the engineering department");
            TicketLocation flat = TicketLocation.ofUnit(UnitId.of("E1-A-1-101"), BuildingId.of("E1-A-1"),
                    EstateId.of("E1"));
            clock.advance(Duration.ofMinutes(30));
            TicketRecord reported = desk.reportRepair(new ReportRepair(flat, Reporter.byOwner(OwnerId.of("O-1001")),
                    Channel.HOTLINE, Urgency.NORMAL, DepartmentId.of("hotline"), "bathroom tap drips"),
                    Actor.staff("S-02"));
            TicketService tickets = desk.tickets();
            clock.advance(Duration.ofMinutes(10));
            tickets.forward(new ForwardTicket(reported.id(), DepartmentId.of("customer-service")), Actor.staff("S-02"));
            clock.advance(Duration.ofMinutes(15));
            tickets.classify(new ClassifyTicket(reported.id(), Validity.VALID, "within warranty"), Actor.staff("S-03"));
            tickets.assign(new AssignTicket(reported.id(), DepartmentId.of("engineering"), "S-21"), Actor.staff("S-03"));

            System.out.println();
            System.out.println("3. Read it back from the adapter");
            TicketRecord ticket = desk.findTicket(reported.id()).orElseThrow();
            System.out.println("  " + ticket.id() + " " + ticket.kind() + " " + ticket.state() + " at version "
                    + ticket.version() + ", responsible: " + ticket.responsibleDepartment());
            for (TimelineEntry entry : ticket.timeline()) {
                System.out.printf("    %s  %-16s %-12s by %s%n", TIME.format(entry.at()), entry.step(), entry.to(),
                        entry.actor());
            }
            desk.openTicketsOfUnit(UnitId.of("E1-A-1-101"), PageRequest.first(10)).items()
                    .forEach(t -> System.out.println("  open on E1-A-1-101: " + t.id()));

            System.out.println();
            System.out.println("4. Optimistic concurrency: two desks read version " + ticket.version()
                    + " and both save; the adapter keeps the first and refuses the second");
            TicketRecord first = store.tickets().save(ticket);
            System.out.println("  first save stored version " + first.version());
            try {
                store.tickets().save(ticket);
            } catch (StaleWriteException e) {
                System.out.println("  refused by the adapter: " + e.getMessage());
            }
            System.out.println("  " + store);
        }
    }
}
