package dev.aftersales.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.ticket.CallbackMethod;
import dev.aftersales.ticket.SatisfactionAspects;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The review parts of the KPI report: dissatisfied callbacks with their aspects (MS-3) and callback rounds (MS-2). */
class MeasurementReportReviewTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Period JUNE = Period.month(YearMonth.of(2025, 6), SHANGHAI);
    private static final Period MAY_JUNE = Period.of(Period.month(YearMonth.of(2025, 5), SHANGHAI).from(), JUNE.to());

    private static MeasurementReport report() {
        MeasurementQuery q = MeasurementQuery.of(JUNE, Scope.all(), SHANGHAI);
        ScoredCallback older = new ScoredCallback(TicketId.of("T-1"), TicketKind.REPAIR, EstateId.of("E1"),
                BuildingId.of("E1-B1"), DepartmentId.of("ENGINEERING"), Instant.parse("2025-06-03T02:00:00Z"),
                CallbackMethod.PHONE, 2, new SatisfactionAspects(1, null, 2));
        ScoredCallback newer = new ScoredCallback(TicketId.of("T-2"), TicketKind.COMPLAINT, EstateId.of("E1"), null,
                null, Instant.parse("2025-06-20T08:30:00Z"), CallbackMethod.VISIT, 3);
        CallbackRound round = new CallbackRound(MAY_JUNE, CallbackRound.windowOf(MAY_JUNE, SHANGHAI),
                Instant.parse("2025-05-02T01:00:00Z"), List.of(
                        RoundEntry.open(OwnerId.of("O-2"), 1, Instant.parse("2025-03-05T02:00:00Z")),
                        RoundEntry.open(OwnerId.of("O-1"), 2, Instant.parse("2025-04-20T02:00:00Z"))
                                .track(RoundEntryStatus.DONE, CallbackMethod.PHONE, Instant.parse("2025-05-06T02:00:00Z"))));
        return new MeasurementReport(q, List.of(), List.of()).withDissatisfied(List.of(older, newer))
                .withRounds(List.of(round));
    }

    @Test
    @DisplayName("MS-3, MS-2: the English report lists the dissatisfied callbacks newest first with their aspects, and each round's progress")
    void english() {
        String text = report().render(Locale.ENGLISH);
        assertTrue(text.contains("Dissatisfied callbacks (score below 4), newest first\n"
                + "  2025-06-20 16:30 ticket T-2 (Complaint, department (none), Visit): score 3; "
                + "response speed -, attitude -, result -\n"
                + "  2025-06-03 10:00 ticket T-1 (Repair, department ENGINEERING, Phone): score 2; "
                + "response speed 1, attitude -, result 2\n"), text);
        assertTrue(text.contains("Callback round 2025-05-01 to 2025-06-30 (tickets closed 2025-03-01 to 2025-04-30): "
                + "2 customers\n  done 1, not reached 0, open 1\n"), text);
    }

    @Test
    @DisplayName("MS-3, MS-2: the Chinese report shows the same review")
    void chinese() {
        String text = report().render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(text.contains("不满意回访（评分低于 4），最新在前\n"), text);
        assertTrue(text.contains("工单 T-1（维修") || text.contains("工单 T-1（"), text);
        assertTrue(text.contains("评分 2；响应速度 1, 服务态度 —, 处理结果 2"), text);
        assertTrue(text.contains("回访批次 2025-05-01 至 2025-06-30（2025-03-01 至 2025-04-30 结案的工单）：2 位客户\n"
                + "  已回访 1，未联系上 0，待回访 1\n"), text);
    }

    @Test
    @DisplayName("MS-3: the dissatisfied callbacks export as CSV, aspects not rated left empty")
    void dissatisfiedCsv() {
        assertEquals("time,ticket,Kind,Estate,Building,Department,method,score,response speed,attitude,result\r\n"
                + "2025-06-20T08:30:00Z,T-2,Complaint,E1,,,VISIT,3,,,\r\n"
                + "2025-06-03T02:00:00Z,T-1,Repair,E1,E1-B1,ENGINEERING,PHONE,2,1,,2\r\n",
                report().dissatisfiedCsv(Locale.ENGLISH));
    }

    @Test
    @DisplayName("MS-2: the round entries export as CSV, one line per customer")
    void roundsCsv() {
        assertEquals("round from,round to,owner,tickets,last closed,status,method,tracked at\r\n"
                + "2025-04-30T16:00:00Z,2025-06-30T16:00:00Z,O-1,2,2025-04-20T02:00:00Z,DONE,PHONE,2025-05-06T02:00:00Z\r\n"
                + "2025-04-30T16:00:00Z,2025-06-30T16:00:00Z,O-2,1,2025-03-05T02:00:00Z,OPEN,,\r\n",
                report().roundsCsv(Locale.ENGLISH));
    }

    @Test
    @DisplayName("MS-1: a report without review or rounds renders as before")
    void withoutReview() {
        String text = new MeasurementReport(MeasurementQuery.of(JUNE, Scope.all(), SHANGHAI), List.of(), List.of())
                .render(Locale.ENGLISH);
        assertFalse(text.contains("Dissatisfied"), text);
        assertFalse(text.contains("Callback round"), text);
    }
}
