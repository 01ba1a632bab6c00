package dev.aftersales.examples;

import dev.aftersales.AfterSales;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.measurement.CallbackRound;
import dev.aftersales.measurement.MeasurementReport;
import dev.aftersales.measurement.RoundEntryStatus;
import dev.aftersales.measurement.Scope;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.storage.memory.MemoryStore;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.AgreePlan;
import dev.aftersales.ticket.AssignTicket;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ClassifyTicket;
import dev.aftersales.ticket.ContactOwner;
import dev.aftersales.ticket.InformOwner;
import dev.aftersales.ticket.RecordCallback;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.ReturnResult;
import dev.aftersales.ticket.SatisfactionAspects;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.Validity;
import dev.aftersales.ticket.service.TicketService;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The review side of measurement: callbacks that rate the aspects of the satisfaction, the month's
 * dissatisfied tickets reviewed with their department, kind and aspects (rule MS-3), and the
 * two-monthly callback round of the customers whose tickets closed two months earlier, tracked to
 * done or not reached (rule MS-2). Three repairs close in March 2025; the round of May and June
 * calls their two owners back. Run {@link #main} to print the reports.
 */
public final class CallbackReviewExample {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DepartmentId ENGINEERING = DepartmentId.of("engineering");
    private static final Actor CS = Actor.staff("S-1");
    private static final Actor ENGINEER = Actor.staff("S-2");

    private CallbackReviewExample() {
    }

    /**
     * Prints the output of {@link #run()}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(run());
    }

    /**
     * Runs the example on an in-memory store and returns what it prints: March's report with the
     * dissatisfied callbacks in English and Chinese and as CSV, then May's report with the callback
     * round in English and Chinese and the round's entries as CSV.
     *
     * @return the text
     */
    public static String run() {
        TestClock clock = TestClock.at("2025-03-03T01:00:00Z", SHANGHAI); // Monday 09:00 in Shanghai
        StringBuilder out = new StringBuilder();
        try (AfterSales desk = AfterSales.builder().store(MemoryStore.create()).clock(clock)
                .idGenerator(IdGenerator.sequential("RV")).build()) {
            registerProperty(desk);
            repair(desk, clock, "O-1", "leaking tap", CallbackMethod.PHONE, 2, new SatisfactionAspects(1, 4, 2));
            repair(desk, clock, "O-1", "door does not close", CallbackMethod.PHONE, 5, SatisfactionAspects.none());
            repair(desk, clock, "O-2", "cracked tile", CallbackMethod.VISIT, 3, new SatisfactionAspects(2, null, null));

            section(out, "1. March 2025: the dissatisfied callbacks, newest first, with their aspects (MS-3)");
            MeasurementReport march = desk.measurement().monthReport(YearMonth.of(2025, 3), Scope.all());
            out.append(march.render(Locale.ENGLISH)).append('\n').append(march.render(Locale.SIMPLIFIED_CHINESE))
                    .append('\n').append(march.dissatisfiedCsv(Locale.ENGLISH));

            section(out, "2. May 2025: the round of May and June calls back the owners of March and April (MS-2)");
            clock.set(java.time.Instant.parse("2025-05-05T01:00:00Z"));
            CallbackRound round = desk.measurement().callbackRound(YearMonth.of(2025, 5));
            CallbackRound again = desk.measurement().callbackRound(YearMonth.of(2025, 5));
            out.append("generated twice, same round: ").append(round.equals(again)).append('\n');
            clock.advance(Duration.ofHours(2));
            desk.measurement().trackCallbackRound(YearMonth.of(2025, 5), OwnerId.of("O-1"), RoundEntryStatus.DONE,
                    CallbackMethod.PHONE);
            desk.measurement().trackCallbackRound(YearMonth.of(2025, 5), OwnerId.of("O-2"),
                    RoundEntryStatus.NOT_REACHED, CallbackMethod.PHONE);
            MeasurementReport may = desk.measurement().monthReport(YearMonth.of(2025, 5), Scope.all());
            out.append(may.render(Locale.ENGLISH)).append('\n').append(may.render(Locale.SIMPLIFIED_CHINESE))
                    .append('\n').append(may.roundsCsv(Locale.ENGLISH));
        }
        return out.toString();
    }

    private static void repair(AfterSales desk, TestClock clock, String owner, String description,
                               CallbackMethod method, int score, SatisfactionAspects aspects) {
        TicketService tickets = desk.tickets();
        TicketId id = desk.reportRepair(new ReportRepair(
                TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                Reporter.byOwner(OwnerId.of(owner)), Channel.HOTLINE, Urgency.NORMAL,
                DepartmentId.of("customer-service"), description), CS).id();
        clock.advance(Duration.ofHours(1));
        tickets.classify(new ClassifyTicket(id, Validity.VALID, null), CS);
        tickets.assign(new AssignTicket(id, ENGINEERING, "S-2"), CS);
        tickets.contactOwner(new ContactOwner(id, null), ENGINEER);
        tickets.agreePlan(new AgreePlan(id, "replace the part"), ENGINEER);
        tickets.startWork(id, ENGINEER);
        clock.advance(Duration.ofHours(3));
        tickets.returnResult(new ReturnResult(id, "done"), Actor.department(ENGINEERING));
        tickets.informOwner(new InformOwner(id, null), CS);
        tickets.confirmClosure(id, Actor.customer(owner));
        clock.advance(Duration.ofHours(1));
        tickets.recordCallback(RecordCallback.rated(id, method, score, aspects, null), CS);
        tickets.close(id, CS);
        clock.advance(Duration.ofHours(18));
    }

    private static void registerProperty(AfterSales desk) {
        desk.property().registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
        desk.property().addPlot(new AddPlot("E-1", "P-1", "Plot A"));
        desk.property().addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
        desk.property().addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
        for (String owner : new String[] {"O-1", "O-2"}) {
            desk.registerOwner(RegisterOwner.builder().ownerId(owner).name("Owner " + owner).phone("13912345678")
                    .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                    .build());
        }
    }

    private static void section(StringBuilder out, String title) {
        out.append('\n').append("== ").append(title).append('\n');
    }
}
