package dev.aftersales.measurement;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.ticket.TicketKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KPI report in English and Chinese and its CSV export (rules MS-1, MS-3, RP-6). */
class MeasurementReportTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BuildingId B1 = BuildingId.of("E1-B1");
    private static final BuildingId B2 = BuildingId.of("E1-B2");

    private static MeasurementReport report() {
        MeasurementQuery q = MeasurementQuery.of(Period.month(YearMonth.of(2025, 3), SHANGHAI), Scope.kind(TicketKind.REPAIR),
                SHANGHAI).groupedBy(Grouping.BUILDING);
        Kpis b1 = new Kpis(Figure.of(37, 40), 2, Figure.empty(), Figure.of(9, 10), Figure.of(40, 40),
                new DurationSummary(40, Duration.ofMinutes(95), Duration.ofHours(26)), DurationSummary.empty());
        Kpis b2 = new Kpis(Figure.of(1, 3), 0, Figure.empty(), Figure.empty(), Figure.of(2, 3),
                new DurationSummary(3, Duration.ofSeconds(40), Duration.ofDays(2)), DurationSummary.empty());
        return new MeasurementReport(q, List.of(new KpiRow(new GroupKey(null, B1, null, null, null), b1),
                new KpiRow(new GroupKey(null, B2, null, null, null), b2)),
                List.of(new BreachCount("rp2-contact-1wd", DepartmentId.of("ENGINEERING"), 3)));
    }

    @Test
    @DisplayName("MS-1: the English report shows each rate as numerator / denominator (percent), empty ones as n/a")
    void english() {
        String text = report().render(Locale.ENGLISH);
        assertTrue(text.startsWith("Service KPIs 2025-03-01 to 2025-03-31 (Asia/Shanghai)\nscope: Kind Repair\n"), text);
        assertTrue(text.contains("\nBuilding E1-B1\n  Timely response: 37 / 40 (92.5 %), 2 pending\n"
                + "  Effective handling: 0 / 0 (n/a)\n  Satisfaction: 9 / 10 (90.0 %)\n"
                + "  Callback coverage: 40 / 40 (100.0 %)\n"
                + "  Time to first response: median 1 h 35 min, 90th percentile 1 d 2 h (40 tickets)\n"
                + "  Time to closure: no data\n"), text);
        assertTrue(text.contains("median 40 s, 90th percentile 2 d (3 tickets)"), text);
        assertTrue(text.endsWith("Breaches by term and department\n  rp2-contact-1wd / ENGINEERING: 3\n"), text);
    }

    @Test
    @DisplayName("MS-1: the Chinese report uses the Chinese labels and kind names")
    void chinese() {
        String text = report().render(Locale.SIMPLIFIED_CHINESE);
        assertTrue(text.startsWith("服务指标 2025-03-01 至 2025-03-31（Asia/Shanghai）\n范围：类型 报修\n"), text);
        assertTrue(text.contains("\n楼栋 E1-B1\n  及时响应率: 37 / 40 (92.5 %), 2 单待定\n  有效处理率: 0 / 0 (无数据)\n"), text);
        assertTrue(text.contains("首次响应时长: 中位数 1小时35分钟，90分位 1天2小时（40 单）"), text);
        assertTrue(text.contains("回访率: 40 / 40 (100.0 %)"), text);
    }

    @Test
    @DisplayName("MS-1: the CSV export has a header, one line per group, empty percent where nothing was measured")
    void csv() {
        String[] lines = report().toCsv(Locale.ENGLISH).split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("Building,Timely response numerator,Timely response denominator,Timely response percent,pending,"
                + "Effective handling numerator,Effective handling denominator,Effective handling percent,"
                + "Satisfaction numerator,Satisfaction denominator,Satisfaction percent,"
                + "Callback coverage numerator,Callback coverage denominator,Callback coverage percent,"
                + "Time to first response count,Time to first response median,Time to first response p90,"
                + "Time to closure count,Time to closure median,Time to closure p90,"
                + "Working time to first response count,Working time to first response median,"
                + "Working time to first response p90,Working time to closure count,Working time to closure median,"
                + "Working time to closure p90,Tickets not measured in working time", lines[0]);
        assertEquals("E1-B1,37,40,92.5,2,0,0,,9,10,90.0,40,40,100.0,40,PT1H35M,PT26H,0,,,0,,,0,,,0", lines[1]);
        assertTrue(report().toCsv(Locale.CHINESE).startsWith("楼栋,及时响应率 分子,及时响应率 分母,及时响应率 百分比,单待定,"));
    }

    @Test
    @DisplayName("MS-1: working times show under their group in English, Chinese and CSV, with the tickets not measured")
    void workingTimes() {
        MeasurementReport r = report().withWorkingTimes(List.of(new WorkingTimes(new GroupKey(null, B1, null, null, null),
                new DurationSummary(38, Duration.ofMinutes(50), Duration.ofHours(9)), DurationSummary.empty(), 2)));
        String en = r.render(Locale.ENGLISH);
        assertTrue(en.contains("  Time to closure: no data\n"
                + "  Working time to first response: median 50 min, 90th percentile 9 h (38 tickets)\n"
                + "  Working time to closure: no data\n"
                + "  Tickets not measured in working time: 2\n\nBuilding E1-B2\n"), en);
        assertTrue(r.render(Locale.SIMPLIFIED_CHINESE).contains("首次响应时长（工作时间）: 中位数 50分钟，90分位 9小时（38 单）"));
        String[] lines = r.toCsv(Locale.ENGLISH).split("\r\n");
        assertTrue(lines[1].endsWith(",38,PT50M,PT9H,0,,,2"), lines[1]);
        assertTrue(lines[2].endsWith(",0,,,0,,,0"), lines[2]);
    }

    @Test
    @DisplayName("MS-1: the totals of a report add the groups' numerators and denominators")
    void totals() {
        Kpis t = report().totals();
        assertEquals(Figure.of(38, 43), t.timelyResponse());
        assertEquals(Figure.of(42, 43), t.callbackCoverage());
        assertEquals(2, t.responsePending());
    }
}
