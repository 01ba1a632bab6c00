package dev.aftersales.warranty;

import static dev.aftersales.warranty.Fixtures.B1;
import static dev.aftersales.warranty.Fixtures.CATALOGUE;
import static dev.aftersales.warranty.Fixtures.d;
import static dev.aftersales.warranty.Fixtures.settings;
import static dev.aftersales.warranty.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.property.CoOwner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.UnitId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WarrantyDeciderTest {

    private final WarrantyDecider decider = new WarrantyDecider(CATALOGUE);
    // lamps: handover 2024-03-01 + 6 months = 2024-09-01 (acceptance long before)
    private final UnitFacts unit = unit(settings("2020-01-10"), "2024-03-01");

    private CoverageDecision lamps(String defect) {
        return decider.decide(unit, "lamps-switches", d(defect), DefectCause.normalUse());
    }

    @Test
    @DisplayName("WA-1 a defect from the handover day through the day before the term end is covered, free")
    void coveredBoundaries() {
        for (String day : new String[] {"2024-03-01", "2024-08-31"}) {
            CoverageDecision c = lamps(day);
            assertEquals(CoverageOutcome.COVERED, c.outcome(), day);
            assertEquals(Optional.of(d("2024-08-31")), c.coveredThrough());
            assertEquals(Optional.of(TermSource.OWNER_MINIMUM), c.decidedBy());
            assertFalse(c.paidRepairOffered());
        }
    }

    @Test
    @DisplayName("WA-2 from the term end on the defect is expired, since the end date, and a paid repair is offered")
    void expiredBoundary() {
        CoverageDecision e = lamps("2024-09-01");
        assertEquals(CoverageOutcome.EXPIRED, e.outcome());
        assertEquals(Optional.of(d("2024-09-01")), e.expiredSince());
        assertEquals(Optional.empty(), e.coveredThrough());
        assertTrue(e.paidRepairOffered());
    }

    @Test
    @DisplayName("WA-1 a defect the day before handover, or on a unit not handed over, belongs to rectification")
    void notHandedOver() {
        assertEquals(CoverageOutcome.NOT_HANDED_OVER, lamps("2024-02-29").outcome());
        CoverageDecision n = decider.decide(UnitFacts.notHandedOver(settings("2020-01-10"), B1), "roof-waterproofing",
                d("2024-02-29"), DefectCause.normalUse());
        assertEquals(CoverageOutcome.NOT_HANDED_OVER, n.outcome());
        assertTrue(n.paidRepairOffered());
        assertTrue(n.explain(Locale.ENGLISH).contains("not handed over yet"), n.explain(Locale.ENGLISH));
    }

    @Test
    @DisplayName("WA-6 every exclusion makes a defect in term EXCLUDED with the staff member's recorded reason")
    void exclusions() {
        for (Exclusion x : Exclusion.values()) {
            CoverageDecision e = decider.decide(unit, "lamps-switches", d("2024-04-01"),
                    DefectCause.excluded(x, "switch replaced by the owner's electrician"));
            assertEquals(CoverageOutcome.EXCLUDED, e.outcome());
            assertEquals(x, e.cause().exclusion());
            assertTrue(e.paidRepairOffered());
            assertTrue(e.explain(Locale.ENGLISH).contains("switch replaced by the owner's electrician"));
            assertFalse(e.toString().contains("electrician"), "the reason stays out of toString");
        }
        assertThrows(IllegalArgumentException.class, () -> DefectCause.excluded(Exclusion.FORCE_MAJEURE, " "));
    }

    @Test
    @DisplayName("WA-2 a component without a term gives NO_TERM and offers a paid repair")
    void noTerm() {
        CoverageDecision n = decider.decide(unit, "other", d("2024-04-01"), DefectCause.normalUse());
        assertEquals(CoverageOutcome.NO_TERM, n.outcome());
        assertTrue(n.paidRepairOffered());
        assertEquals(Optional.empty(), n.decidedBy());
    }

    @Test
    @DisplayName("WA-1 a resold unit keeps its terms: the decision after a resale is the one before")
    void resoldUnit() {
        Ownership first = Ownership.sign(OwnershipId.of("OS-1"), UnitId.of("U-1"), CoOwner.sole(OwnerId.of("O-1")),
                d("2023-12-01")).handOver(d("2024-03-01"), Actor.staff("S-1"));
        Ownership resold = first.transferTo(OwnershipId.of("OS-2"), CoOwner.sole(OwnerId.of("O-2")), d("2024-06-01"))
                .started();
        WarrantySettings s = settings("2020-01-10");
        CoverageDecision before = decider.decide(UnitFacts.of(s, B1, first), "pipe-leaks", d("2025-02-28"),
                DefectCause.normalUse());
        CoverageDecision after = decider.decide(UnitFacts.of(s, B1, resold), "pipe-leaks", d("2025-02-28"),
                DefectCause.normalUse());
        assertEquals(CoverageOutcome.COVERED, after.outcome());
        assertEquals(before, after);
        assertEquals(CoverageOutcome.EXPIRED, decider.decide(UnitFacts.of(s, B1, resold), "pipe-leaks",
                d("2025-03-01"), DefectCause.normalUse()).outcome());
    }

    @Test
    @DisplayName("WA-5 explanations name the dates, the deciding term and the rule in English and Chinese")
    void explanations() {
        CoverageDecision c = lamps("2024-04-01");
        assertEquals("Defect of Lamps and electrical switches on 2024-04-01: under warranty, covered through"
                + " 2024-08-31 (the owner's statutory minimum from handover decided; handover 2024-03-01; rule WA-5).",
                c.explain(Locale.ENGLISH));
        assertEquals("灯具、电器开关于2024-04-01出现的缺陷：在保修期内，保修至2024-08-31（含）"
                + "（以交付起算的业主法定最低保修期为准；交付日2024-03-01；规则 WA-5）。",
                c.explain(Locale.CHINA));
        String expired = lamps("2024-09-01").explain(Locale.SIMPLIFIED_CHINESE);
        assertTrue(expired.contains("2024-09-01起届满") && expired.contains("WA-2") && expired.contains("有偿维修"),
                expired);
        String excluded = decider.decide(unit, "lamps-switches", d("2024-04-01"),
                DefectCause.excluded(Exclusion.OWNER_ALTERATION, "rewired")).explain(Locale.CHINESE);
        assertTrue(excluded.contains("业主自行添置或改动") && excluded.contains("rewired") && excluded.contains("WA-6"),
                excluded);
        assertTrue(lamps("2024-09-01").explain(Locale.GERMAN).contains("A paid repair is offered (rule WA-2)."));
    }

    @Test
    @DisplayName("WA-2 a decision whose fields do not fit its outcome cannot be built")
    void inconsistentDecisionRefused() {
        CoverageDecision c = lamps("2024-04-01");
        assertThrows(IllegalArgumentException.class, () -> new CoverageDecision(CoverageOutcome.EXPIRED,
                c.component(), c.defectDate(), c.handover(), c.term(), c.cause()));
        assertThrows(IllegalArgumentException.class, () -> new CoverageDecision(CoverageOutcome.EXCLUDED,
                c.component(), c.defectDate(), c.handover(), null, c.cause()));
    }
}
