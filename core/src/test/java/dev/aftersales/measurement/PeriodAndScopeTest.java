package dev.aftersales.measurement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Periods and months of measurement (rule MS-1: per year and per any period). */
class PeriodAndScopeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    @DisplayName("MS-1: a period includes its start and excludes its end")
    void periodIsHalfOpen() {
        Period p = Period.of(Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"));
        assertTrue(p.contains(Instant.parse("2025-03-01T00:00:00Z")));
        assertTrue(p.contains(Instant.parse("2025-03-31T23:59:59.999999999Z")));
        assertFalse(p.contains(Instant.parse("2025-04-01T00:00:00Z")));
        assertThrows(IllegalArgumentException.class, () -> Period.of(p.to(), p.from()));
    }

    @Test
    @DisplayName("MS-1: a month and a year run from local midnight to local midnight")
    void monthAndYearInZone() {
        assertEquals(Period.of(Instant.parse("2025-02-28T16:00:00Z"), Instant.parse("2025-03-31T16:00:00Z")),
                Period.month(YearMonth.of(2025, 3), SHANGHAI));
        assertEquals(Period.of(Instant.parse("2024-12-31T16:00:00Z"), Instant.parse("2025-12-31T16:00:00Z")),
                Period.year(2025, SHANGHAI));
    }

    @Test
    @DisplayName("MS-1: a query lists the months its period touches, in its zone")
    void queryMonths() {
        MeasurementQuery q = MeasurementQuery.of(Period.of(Instant.parse("2025-01-31T16:00:00Z"),
                Instant.parse("2025-03-31T16:00:00Z")), Scope.all(), SHANGHAI);
        assertEquals(List.of(YearMonth.of(2025, 2), YearMonth.of(2025, 3)), q.months());
        assertEquals(YearMonth.of(2025, 2), q.monthOf(Instant.parse("2025-01-31T16:00:00Z")));
        assertEquals(List.of(), MeasurementQuery.of(Period.of(q.period().from(), q.period().from()), Scope.all(),
                SHANGHAI).months());
    }

    @Test
    @DisplayName("MS-1: an ungrouped query with nothing measured has one row of empty figures")
    void emptyTotal() {
        MeasurementQuery q = MeasurementQuery.of(Period.year(2025, SHANGHAI), Scope.all(), SHANGHAI);
        assertEquals(List.of(new KpiRow(GroupKey.TOTAL, Kpis.none())), new KpiTable(q).rows());
        assertEquals(List.of(), new KpiTable(q.groupedBy(Grouping.ESTATE)).rows());
    }

    @Test
    @DisplayName("MS-3: the satisfaction threshold is a score from 1 to 5; the reopening window is positive")
    void settingsAreChecked() {
        assertEquals(4, MeasurementSettings.defaults().satisfiedFrom());
        assertThrows(IllegalArgumentException.class, () -> MeasurementSettings.defaults().withSatisfiedFrom(6));
        assertThrows(IllegalArgumentException.class,
                () -> MeasurementSettings.defaults().withReopenWindow(java.time.Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> MeasurementSettings.defaults().withResponseTerms(java.util.Set.of()));
    }
}
