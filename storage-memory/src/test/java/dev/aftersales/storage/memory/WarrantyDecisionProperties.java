package dev.aftersales.storage.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.warranty.CoverageDecision;
import dev.aftersales.warranty.CoverageOutcome;
import dev.aftersales.warranty.DefectCause;
import dev.aftersales.warranty.Exclusion;
import dev.aftersales.warranty.WarrantyDecisionEntry;
import dev.aftersales.warranty.WarrantySettings;
import dev.aftersales.warranty.service.WarrantyService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Recording decisions on a repair ticket (rules WA-2, WA-6) against a simple reference: the
 * ticket's history is exactly the decisions recorded, in order, numbered 1..n, none overwritten;
 * the repair is paid exactly when the last one is not COVERED.
 */
class WarrantyDecisionProperties {

    private static final LocalDate HANDOVER = LocalDate.of(2025, 6, 16);
    private static final List<String> COMPONENTS = List.of("pipe-leaks", "lamps-switches", "blocked-pipes",
            "roof-waterproofing", "plaster");

    /** One defect as staff see it: the component, the days after handover it appeared, the cause. */
    record Defect(String component, int daysAfterHandover, boolean excluded) {
    }

    @Provide
    Arbitrary<List<Defect>> defects() {
        Arbitrary<Defect> one = Combinators.combine(Arbitraries.of(COMPONENTS), Arbitraries.integers().between(-30, 2500),
                Arbitraries.of(true, false)).as(Defect::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 60)
    void historyIsExactlyWhatWasRecordedAndThePaidFlagFollowsTheLastDecision(@ForAll("defects") List<Defect> defects) {
        TestClock clock = TestClock.at("2025-06-16T01:00:00Z", ZoneId.of("Asia/Shanghai"));
        try (AfterSales desk = AfterSales.builder().store(MemoryStore.create()).clock(clock).build()) {
            TicketId ticket = register(desk);
            WarrantyService warranty = desk.warranty();
            List<CoverageDecision> recorded = new ArrayList<>();
            for (Defect d : defects) {
                DefectCause cause = d.excluded() ? DefectCause.excluded(Exclusion.IMPROPER_USE, "found on site")
                        : DefectCause.normalUse();
                CoverageDecision decision = warranty.decide(UnitId.of("U-1"), d.component(),
                        HANDOVER.plusDays(d.daysAfterHandover()), cause);
                clock.advance(Duration.ofMinutes(5));
                warranty.recordDecision(ticket, decision, Actor.staff("S-2"));
                recorded.add(decision);
            }
            List<WarrantyDecisionEntry> history = warranty.decisionsOf(ticket);
            assertEquals(recorded, history.stream().map(WarrantyDecisionEntry::decision).toList());
            assertEquals(IntStream.rangeClosed(1, recorded.size()).boxed().toList(),
                    history.stream().map(WarrantyDecisionEntry::sequence).toList());
            boolean paid = recorded.get(recorded.size() - 1).outcome() != CoverageOutcome.COVERED;
            assertEquals(paid, warranty.isPaidRepair(ticket));
        }
    }

    private static TicketId register(AfterSales desk) {
        desk.property().registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
        desk.property().addPlot(new AddPlot("E-1", "P-1", "Plot A"));
        desk.property().addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
        desk.property().addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
        desk.registerOwner(RegisterOwner.builder().ownerId("O-1").name("Wang Fang").phone("13912345678")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                .build());
        desk.property().signContract(new SignContract("U-1", List.of(Buyer.of("O-1")), LocalDate.of(2025, 3, 1)));
        desk.handOver(new HandOverUnit("U-1", HANDOVER, Actor.staff("S-1")));
        desk.warranty().saveSettings(WarrantySettings.forEstate(EstateId.of("E-1"), LocalDate.of(2025, 1, 10)));
        return desk.reportRepair(new ReportRepair(TicketLocation.ofUnit(UnitId.of("U-1")),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL,
                DepartmentId.of("customer-service"), "water under the sink"), Actor.staff("S-1")).id();
    }
}
