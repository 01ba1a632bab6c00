package dev.aftersales.warranty;

import static dev.aftersales.warranty.Fixtures.B1;
import static dev.aftersales.warranty.Fixtures.CATALOGUE;
import static dev.aftersales.warranty.Fixtures.ESTATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Rules WA-1, WA-2, WA-5 against a reference implementation that walks day by day instead of
 * using {@code LocalDate.plusMonths} and season arithmetic.
 */
class WarrantyTermsPropertiesTest {

    private final WarrantyDecider decider = new WarrantyDecider(CATALOGUE);

    /** Any date of 2010-2029, one in four on a boundary: a season's first or last day, or a month end. */
    @Provide
    Arbitrary<LocalDate> dates() {
        Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 20 * 365)
                .map(n -> LocalDate.of(2010, 1, 1).plusDays(n));
        Arbitrary<LocalDate> boundary = Arbitraries.integers().between(2010, 2029).flatMap(y -> Arbitraries.of(
                LocalDate.of(y, 11, 14), LocalDate.of(y, 11, 15), LocalDate.of(y, 11, 16), LocalDate.of(y, 3, 15),
                LocalDate.of(y, 3, 16), LocalDate.of(y, 2, 28), LocalDate.of(y, 1, 31), LocalDate.of(y, 8, 31)));
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(1, boundary));
    }

    /** A gap between completion acceptance and handover: whole months (12 and 24 make ties), give or take a day. */
    @Provide
    Arbitrary<Integer> gapDays() {
        return Arbitraries.integers().between(-1, 1);
    }

    /** The defect date: anywhere around the handover, or within two days of the term end. */
    static LocalDate defect(LocalDate handover, LocalDate end, int mode, int offset) {
        return mode == 0 ? handover.plusDays(offset - 400) : end.plusDays(offset % 5 - 2);
    }

    /** Reference: the first day that is at least n calendar months after d, clamped to the month's end. */
    static LocalDate refPlusMonths(LocalDate d, int months) {
        int targetMonthIndex = d.getYear() * 12 + d.getMonthValue() - 1 + months;
        LocalDate x = d;
        while (x.getYear() * 12 + x.getMonthValue() - 1 < targetMonthIndex) {
            x = x.plusDays(1);
        }
        // x is the first day of the target month; advance to d's day of month or the month's last day
        while (x.getDayOfMonth() < d.getDayOfMonth() && x.plusDays(1).getMonthValue() == x.getMonthValue()) {
            x = x.plusDays(1);
        }
        return x;
    }

    /** Reference: walk days from d, count season starts (Nov 15) on or after d, stop after the n-th season's Mar 15. */
    static LocalDate refHeatingEnd(LocalDate d, int seasons) {
        int started = 0;
        LocalDate x = d;
        while (true) {
            if (x.getMonthValue() == 11 && x.getDayOfMonth() == 15) {
                started++;
            }
            if (started == seasons && x.getMonthValue() == 3 && x.getDayOfMonth() == 15) {
                return x.plusDays(1);
            }
            x = x.plusDays(1);
        }
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Property(tries = 300)
    @Label("WA-5 a months term ends at the later of handover + owner's minimum, acceptance + contractor's term, handover + grant")
    void monthsTermsMatchReference(@ForAll("dates") LocalDate handover, @ForAll @IntRange(min = 0, max = 60) int gapMonths,
                                   @ForAll("gapDays") int gapDays, @ForAll @IntRange(min = 12, max = 120) int grantMonths,
                                   @ForAll @IntRange(min = 0, max = 1) int withGrant,
                                   @ForAll @IntRange(min = 0, max = 1) int defectMode,
                                   @ForAll @IntRange(min = 0, max = 3000) int defectOffset) {
        LocalDate acceptance = handover.minusMonths(gapMonths).plusDays(gapDays);
        WarrantySettings s = WarrantySettings.forEstate(ESTATE, acceptance);
        if (withGrant == 1) {
            s = s.withGrant(CATALOGUE.get("pipe-leaks"), WarrantyPeriod.months(grantMonths));
        }
        UnitFacts unit = UnitFacts.handedOver(s, B1, handover);
        LocalDate owner = refPlusMonths(handover, 12);
        LocalDate contractor = refPlusMonths(acceptance, 24);
        LocalDate end = later(owner, contractor);
        TermSource by = contractor.isAfter(owner) ? TermSource.CONTRACTOR_TERM : TermSource.OWNER_MINIMUM;
        if (withGrant == 1 && refPlusMonths(handover, grantMonths).isAfter(end)) {
            end = refPlusMonths(handover, grantMonths);
            by = TermSource.DEVELOPER_GRANT;
        }
        LocalDate defect = defect(handover, end, defectMode, defectOffset);
        CoverageDecision decision = decider.decide(unit, "pipe-leaks", defect, DefectCause.normalUse());
        CoverageOutcome expected = defect.isBefore(handover) ? CoverageOutcome.NOT_HANDED_OVER
                : defect.isBefore(end) ? CoverageOutcome.COVERED : CoverageOutcome.EXPIRED;
        assertEquals(expected, decision.outcome());
        if (expected != CoverageOutcome.NOT_HANDED_OVER) {
            assertEquals(end, decision.term().end());
            assertEquals(by, decision.term().decidedBy());
        }
    }

    @Property(tries = 200)
    @Label("WA-5 a season term covers through the last day of the n-th whole heating season beginning on or after its start")
    void seasonTermsMatchReference(@ForAll("dates") LocalDate acceptance, @ForAll("dates") LocalDate handover,
                                   @ForAll @IntRange(min = 0, max = 1) int defectMode,
                                   @ForAll @IntRange(min = 0, max = 3000) int defectOffset) {
        WarrantySettings s = WarrantySettings.forEstate(ESTATE, acceptance).withHeatingSeason(SeasonRange.of(11, 15, 3, 15));
        LocalDate owner = refHeatingEnd(handover, 1);
        LocalDate contractor = refHeatingEnd(acceptance, 2);
        LocalDate end = later(owner, contractor);
        LocalDate defect = defect(handover, end, defectMode, defectOffset);
        CoverageDecision decision = decider.decide(UnitFacts.handedOver(s, B1, handover), "heating-cooling", defect,
                DefectCause.normalUse());
        CoverageOutcome expected = defect.isBefore(handover) ? CoverageOutcome.NOT_HANDED_OVER
                : defect.isBefore(end) ? CoverageOutcome.COVERED : CoverageOutcome.EXPIRED;
        assertEquals(expected, decision.outcome());
        assertEquals(expected == CoverageOutcome.COVERED, !decision.paidRepairOffered());
        if (expected != CoverageOutcome.NOT_HANDED_OVER) {
            assertEquals(end, decision.term().end());
            assertEquals(contractor.isAfter(owner) ? TermSource.CONTRACTOR_TERM : TermSource.OWNER_MINIMUM,
                    decision.term().decidedBy());
        }
    }
}
