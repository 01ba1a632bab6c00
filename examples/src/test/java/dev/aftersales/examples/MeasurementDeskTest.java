package dev.aftersales.examples;

import dev.aftersales.AfterSales;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.measurement.DurationSummary;
import dev.aftersales.measurement.Figure;
import dev.aftersales.measurement.Grouping;
import dev.aftersales.measurement.Kpis;
import dev.aftersales.measurement.MeasurementReport;
import dev.aftersales.measurement.WorkingTimes;
import dev.aftersales.measurement.Scope;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.storage.memory.MemoryStore;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.AssignTicket;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.ClassifyTicket;
import dev.aftersales.ticket.ContactOwner;
import dev.aftersales.ticket.RecordCallback;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.Validity;
import dev.aftersales.ticket.service.TicketService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk's measurement as an embedding application uses it: commitments the engine started and
 * stopped on real ticket steps feed the month's figures (rules MS-1, MS-3, RP-6).
 */
class MeasurementDeskTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DepartmentId ENGINEERING = DepartmentId.of("engineering");

    private static TicketId report(AfterSales desk, String description) {
        return desk.reportRepair(new ReportRepair(
                TicketLocation.ofUnit(UnitId.of("U-1"), BuildingId.of("B-1"), EstateId.of("E-1")),
                Reporter.byOwner(OwnerId.of("O-1")), Channel.HOTLINE, Urgency.NORMAL,
                DepartmentId.of("customer-service"), description), Actor.staff("S-1")).id();
    }

    private static void assignAndContact(TicketService tickets, TicketId id) {
        tickets.classify(new ClassifyTicket(id, Validity.VALID, null), Actor.staff("S-1"));
        tickets.assign(new AssignTicket(id, ENGINEERING, "S-2"), Actor.staff("S-1"));
        tickets.contactOwner(new ContactOwner(id, null), Actor.staff("S-2"));
    }

    @Test
    @DisplayName("MS-1, MS-3, RP-6: a month's figures come from the commitments and callbacks the desk recorded")
    void monthFiguresFromDeskSteps() {
        TestClock clock = TestClock.at("2025-06-16T01:00:00Z", SHANGHAI); // Monday 09:00
        try (AfterSales desk = AfterSales.builder().store(MemoryStore.create()).clock(clock).build()) {
            SampleProperty.register(desk);
            TicketService tickets = desk.tickets();
            TicketId quick = report(desk, "leaking tap");
            TicketId slow = report(desk, "door does not close");
            clock.advance(Duration.ofHours(1));
            assignAndContact(tickets, quick);            // RP-2 contact within one working day: met
            clock.advance(Duration.ofDays(3));
            assignAndContact(tickets, slow);             // three days later: met late
            report(desk, "cracked tile");                // contact still running: pending

            MeasurementReport june = desk.measurement().monthReport(YearMonth.of(2025, 6), Scope.all(), Grouping.KIND);
            assertEquals(1, june.rows().size());
            Kpis repairs = june.rows().get(0).kpis();
            assertEquals(Figure.of(1, 2), repairs.timelyResponse());
            assertEquals(1, repairs.responsePending());
            assertEquals(Duration.ofHours(1), repairs.firstResponse().median());
            assertEquals(Duration.ofHours(73), repairs.firstResponse().p90());
            // MS-1 in working time on the RP-2 term's office calendar: Monday 09:00 to Thursday 10:00
            // is 3 x 7.5 h + 1 h; the quick one 1 h
            WorkingTimes working = june.workingTimesOf(june.rows().get(0).group()).orElseThrow();
            assertEquals(new DurationSummary(2, Duration.ofHours(1), Duration.ofMinutes(23 * 60 + 30)),
                    working.firstResponse());
            assertEquals(0, working.notMeasured());
            assertTrue(june.render(Locale.ENGLISH).contains(
                    "Working time to first response: median 1 h, 90th percentile 23 h 30 min (2 tickets)"),
                    june.render(Locale.ENGLISH));
            assertEquals(Figure.empty(), repairs.callbackCoverage());
            assertTrue(june.render(Locale.ENGLISH).contains("Timely response: 1 / 2 (50.0 %), 1 pending"),
                    june.render(Locale.ENGLISH));
            assertTrue(june.render(Locale.SIMPLIFIED_CHINESE).contains("及时响应率: 1 / 2 (50.0 %), 1 单待定"));
        }
    }

    @Test
    @DisplayName("RP-6, MS-3: confirmed repairs without a callback lower the coverage; callbacks give the satisfaction rate")
    void callbackCoverageAndSatisfaction() {
        TestClock clock = TestClock.at("2025-06-16T01:00:00Z", SHANGHAI);
        try (AfterSales desk = AfterSales.builder().store(MemoryStore.create()).clock(clock).build()) {
            SampleProperty.register(desk);
            TicketService tickets = desk.tickets();
            TicketId called = report(desk, "leaking tap");
            TicketId notCalled = report(desk, "door does not close");
            for (TicketId id : new TicketId[] {called, notCalled}) {
                clock.advance(Duration.ofMinutes(30));
                assignAndContact(tickets, id);
                tickets.agreePlan(new dev.aftersales.ticket.AgreePlan(id, "replace the part"), Actor.staff("S-2"));
                tickets.startWork(id, Actor.staff("S-2"));
                tickets.returnResult(new dev.aftersales.ticket.ReturnResult(id, "done"), Actor.department(ENGINEERING));
                tickets.informOwner(new dev.aftersales.ticket.InformOwner(id, null), Actor.staff("S-1"));
                tickets.confirmClosure(id, Actor.customer("O-1"));
            }
            tickets.recordCallback(new RecordCallback(called, CallbackMethod.PHONE, 3, null), Actor.staff("S-1"));

            Kpis k = desk.measurement().monthReport(YearMonth.of(2025, 6), Scope.all()).rows().get(0).kpis();
            assertEquals(Figure.of(1, 2), k.callbackCoverage());
            assertEquals(Figure.of(0, 1), k.satisfaction());
            assertEquals(Figure.of(2, 2), k.timelyResponse());
            Kpis lenient = desk.measurement().withSettings(desk.measurement().settings().withSatisfiedFrom(3))
                    .monthReport(YearMonth.of(2025, 6), Scope.all()).rows().get(0).kpis();
            assertEquals(Figure.of(1, 1), lenient.satisfaction());
        }
    }
}
