package dev.aftersales.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule SL-16: how long a coverage lasts from a date, and its edges. */
class DateCoverageTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private final DateCoverage twoRuns = DateCoverage.of(List.of(DateRange.parse("2020-01-01..2021-12-31"),
            DateRange.parse("2023-01-01..2023-12-31")));

    @Test
    @DisplayName("SL-16 coveredUntil is the end of the covered run from a date, the day before if uncovered, empty if endless")
    void sl16_coveredUntil() {
        assertEquals(Optional.of(d("2021-12-31")), twoRuns.coveredUntil(d("2020-06-01")));
        assertEquals(Optional.of(d("2021-12-31")), twoRuns.coveredUntil(d("2021-12-31")));
        assertEquals(Optional.of(d("2022-05-31")), twoRuns.coveredUntil(d("2022-06-01")), "in the gap: nothing left");
        assertEquals(Optional.of(d("2019-06-30")), twoRuns.coveredUntil(d("2019-07-01")), "before the first run");
        assertEquals(Optional.of(d("2023-12-31")), twoRuns.coveredUntil(d("2023-01-01")));
        assertEquals(Optional.of(d("2024-01-01")), twoRuns.coveredUntil(d("2024-01-02")));
        assertEquals(Optional.empty(), DateCoverage.ALL.coveredUntil(d("2024-01-02")));
        assertEquals(Optional.of(d("2024-01-01")), DateCoverage.none().coveredUntil(d("2024-01-02")));
        assertEquals(Optional.empty(), DateCoverage.of(d("2020-01-01"), LocalDate.MAX).coveredUntil(d("2024-01-02")));
        assertThrows(IllegalArgumentException.class, () -> twoRuns.coveredUntil(LocalDate.MIN));
    }

    @Test
    @DisplayName("SL-16 coverages reaching the ends of LocalDate merge without overflowing")
    void sl16_extremeDates() {
        DateCoverage c = DateCoverage.of(List.of(DateRange.of(d("2020-01-01"), LocalDate.MAX),
                DateRange.of(d("2021-01-01"), d("2021-02-01")), DateRange.of(LocalDate.MIN, d("2000-01-01"))));
        assertEquals(List.of(DateRange.of(LocalDate.MIN, d("2000-01-01")), DateRange.of(d("2020-01-01"), LocalDate.MAX)),
                c.ranges());
        assertEquals(List.of(DateRange.parse("2000-01-02..2019-12-31")), c.uncovered(LocalDate.MIN, LocalDate.MAX));
    }
}
