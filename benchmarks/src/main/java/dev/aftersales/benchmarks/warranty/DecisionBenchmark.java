package dev.aftersales.benchmarks.warranty;

import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.warranty.CoverageDecision;
import dev.aftersales.warranty.DefectCause;
import dev.aftersales.warranty.StatutoryCatalogue;
import dev.aftersales.warranty.UnitFacts;
import dev.aftersales.warranty.WarrantyDecider;
import dev.aftersales.warranty.WarrantyPeriod;
import dev.aftersales.warranty.WarrantySettings;
import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A coverage decision in memory (rules WA-1, WA-2, WA-5) against computing its three term ends
 * directly with {@link LocalDate#plus}: the owner's minimum from handover, the contractor's term
 * from completion acceptance and the developer's grant from handover, the later of which decides
 * (WA-5). Both sides take the next of 1,024 precomputed defect dates, so that neither is folded into
 * a constant. The target: a decision within 10x of the plain date arithmetic.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecisionBenchmark {

    private static final int DATES = 1024;
    private static final BuildingId BUILDING = BuildingId.of("E1-A-1");

    // fields, not constants, so that the compiler cannot fold the hand-written side's arithmetic;
    // pipe leaks: 1 year for the owner from handover, 2 years for the contractor from acceptance
    private LocalDate acceptance = LocalDate.of(2022, 6, 30);
    private LocalDate handover = LocalDate.of(2023, 9, 15);
    private Period ownerMinimum = Period.ofYears(1);
    private Period contractorTerm = Period.ofYears(2);
    private Period grantTerm = Period.ofMonths(18);

    private final LocalDate[] defects = new LocalDate[DATES];
    private WarrantyDecider decider;
    private UnitFacts unit;
    private DefectCause cause;
    private int next;

    /** Builds the estate's settings (with a developer's grant) and the defect dates. */
    @Setup(Level.Trial)
    public void open() {
        StatutoryCatalogue catalogue = StatutoryCatalogue.builtIn();
        decider = new WarrantyDecider(catalogue);
        WarrantySettings settings = WarrantySettings.forEstate(EstateId.of("E1"), acceptance)
                .withGrant(catalogue.get("pipe-leaks"), WarrantyPeriod.months(18));
        unit = UnitFacts.handedOver(settings, BUILDING, handover);
        cause = DefectCause.normalUse();
        for (int i = 0; i < DATES; i++) {
            defects[i] = handover.plusDays(i);
        }
    }

    private LocalDate nextDefect() {
        next = (next + 1) & (DATES - 1);
        return defects[next];
    }

    /**
     * Decides on a pipe leak through the library.
     *
     * @return the decision
     */
    @Benchmark
    public CoverageDecision decide() {
        return decider.decide(unit, "pipe-leaks", nextDefect(), cause);
    }

    /**
     * Computes the three term ends and compares the defect date with the latest, by hand.
     *
     * @param bh the sink for the coverage flag
     * @return the end that decides
     */
    @Benchmark
    public LocalDate threeTermEnds(Blackhole bh) {
        LocalDate defect = nextDefect();
        LocalDate owner = handover.plus(ownerMinimum);
        LocalDate contractor = acceptance.plus(contractorTerm);
        LocalDate grant = handover.plus(grantTerm);
        LocalDate end = owner;
        if (contractor.isAfter(end)) {
            end = contractor;
        }
        if (grant.isAfter(end)) {
            end = grant;
        }
        bh.consume(!defect.isBefore(handover) && defect.isBefore(end));
        return end;
    }
}
