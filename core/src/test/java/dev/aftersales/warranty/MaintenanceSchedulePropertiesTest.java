package dev.aftersales.warranty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Rule WA-3 against a reference that finds each due date by walking day by day from the start
 * ({@link WarrantyTermsPropertiesTest#refPlusMonths}), instead of {@code LocalDate.plus(Period)}.
 */
class MaintenanceSchedulePropertiesTest {

    /** Any date of 2015-2029; one in three a month end, where clamping matters. */
    @Provide
    Arbitrary<LocalDate> starts() {
        Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 15 * 365).map(n -> LocalDate.of(2015, 1, 1).plusDays(n));
        Arbitrary<LocalDate> monthEnd = Arbitraries.integers().between(0, 15 * 12)
                .map(m -> LocalDate.of(2015, 1, 1).plusMonths(m + 1L).minusDays(1));
        return Arbitraries.oneOf(any, any, monthEnd);
    }

    @Property(tries = 200)
    @Label("WA-3 due dates equal the reference: k times the interval from the start, before the term end and the horizon")
    void dueDatesMatchReference(@ForAll("starts") LocalDate start, @ForAll @IntRange(min = 1, max = 120) int interval,
                                @ForAll @IntRange(min = 0, max = 3700) int termDays,
                                @ForAll @IntRange(min = 0, max = 4000) int horizonDays) {
        LocalDate end = start.plusDays(termDays);
        LocalDate until = start.plusDays(horizonDays);
        LocalDate limit = end.isBefore(until) ? end : until;
        List<LocalDate> expected = new ArrayList<>();
        for (int k = 1; ; k++) {
            LocalDate due = WarrantyTermsPropertiesTest.refPlusMonths(start, k * interval);
            if (!due.isBefore(limit)) {
                break;
            }
            expected.add(due);
        }
        assertEquals(expected, MaintenanceSchedule.dueDates(start, interval, end, until));
    }

    @Property(tries = 100)
    @Label("WA-3 generating up to an earlier horizon gives a prefix of generating up to a later one")
    void horizonsNest(@ForAll("starts") LocalDate start, @ForAll @IntRange(min = 1, max = 24) int interval,
                      @ForAll @IntRange(min = 0, max = 2000) int a, @ForAll @IntRange(min = 0, max = 2000) int b) {
        LocalDate end = start.plusYears(5);
        List<LocalDate> early = MaintenanceSchedule.dueDates(start, interval, end, start.plusDays(Math.min(a, b)));
        List<LocalDate> late = MaintenanceSchedule.dueDates(start, interval, end, start.plusDays(Math.max(a, b)));
        assertEquals(early, late.subList(0, early.size()));
        for (int i = 1; i < late.size(); i++) {
            assertTrue(late.get(i - 1).isBefore(late.get(i)));
        }
    }
}
