package dev.aftersales.warranty;

import static dev.aftersales.warranty.Fixtures.B1;
import static dev.aftersales.warranty.Fixtures.B2;
import static dev.aftersales.warranty.Fixtures.CATALOGUE;
import static dev.aftersales.warranty.Fixtures.ESTATE;
import static dev.aftersales.warranty.Fixtures.d;
import static dev.aftersales.warranty.Fixtures.settings;
import static dev.aftersales.warranty.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WarrantyTermsTest {

    private final WarrantyTerms terms = new WarrantyTerms(CATALOGUE);

    private void assertTerm(UnitFacts unit, String key, String end, TermSource by) {
        ComponentTerm t = terms.termOf(unit, key).orElseThrow();
        assertEquals(d(end), t.end(), key + " end");
        assertEquals(by, t.decidedBy(), key + " decided by");
        assertEquals(unit.handover(), t.start());
    }

    @Test
    @DisplayName("WA-5 every catalogue entry, handover soon after acceptance: the contractor's term decides except for design life")
    void everyEntrySoonAfterAcceptance() {
        UnitFacts u = unit(settings("2024-01-10"), "2024-03-01");
        assertTerm(u, "foundation-structure", "2074-03-01", TermSource.OWNER_MINIMUM);
        assertTerm(u, "roof-waterproofing", "2029-01-10", TermSource.CONTRACTOR_TERM);
        assertTerm(u, "waterproofed-leaks", "2029-01-10", TermSource.CONTRACTOR_TERM);
        for (String key : new String[] {"pipe-leaks", "plaster", "floors", "doors-windows", "sanitary-ware",
                "blocked-pipes", "lamps-switches"}) {
            assertTerm(u, key, "2026-01-10", TermSource.CONTRACTOR_TERM);
        }
        // two heating seasons beginning on or after 2024-01-10: 2024-11-15..2025-03-15, 2025-11-15..2026-03-15
        assertTerm(u, "heating-cooling", "2026-03-16", TermSource.CONTRACTOR_TERM);
        assertEquals(Optional.empty(), terms.termOf(u, "other"));
    }

    @Test
    @DisplayName("WA-5 a unit handed over long after completion acceptance: the owner's minimum decides")
    void handedOverLongAfterAcceptance() {
        UnitFacts u = unit(settings("2020-01-10"), "2024-03-01");
        assertTerm(u, "foundation-structure", "2074-03-01", TermSource.OWNER_MINIMUM);
        assertTerm(u, "roof-waterproofing", "2027-03-01", TermSource.OWNER_MINIMUM);
        assertTerm(u, "waterproofed-leaks", "2025-03-01", TermSource.OWNER_MINIMUM);
        for (String key : new String[] {"pipe-leaks", "plaster", "floors", "doors-windows", "sanitary-ware"}) {
            assertTerm(u, key, "2025-03-01", TermSource.OWNER_MINIMUM);
        }
        assertTerm(u, "blocked-pipes", "2024-05-01", TermSource.OWNER_MINIMUM);
        assertTerm(u, "lamps-switches", "2024-09-01", TermSource.OWNER_MINIMUM);
        assertTerm(u, "heating-cooling", "2025-03-16", TermSource.OWNER_MINIMUM);
    }

    @Test
    @DisplayName("WA-5 the regulations' roof example: accepted 2023-03-01, handed over 2024-09-01, ends 2028-03-01")
    void regulationsExample() {
        assertTerm(unit(settings("2023-03-01"), "2024-09-01"), "roof-waterproofing", "2028-03-01",
                TermSource.CONTRACTOR_TERM);
    }

    @Test
    @DisplayName("WA-5 on a tie the owner's minimum is recorded as deciding")
    void tieGoesToOwnerMinimum() {
        assertTerm(unit(settings("2023-03-01"), "2024-03-01"), "pipe-leaks", "2025-03-01", TermSource.OWNER_MINIMUM);
    }

    @Test
    @DisplayName("WA-5 a period from d covers [d, d + P) with LocalDate.plus: month ends clamp")
    void monthEndsClamp() {
        assertTerm(unit(settings("2020-01-01"), "2024-08-31"), "lamps-switches", "2025-02-28", TermSource.OWNER_MINIMUM);
        assertTerm(unit(settings("2020-01-01"), "2023-12-31"), "blocked-pipes", "2024-02-29", TermSource.OWNER_MINIMUM);
        assertTerm(unit(settings("2020-01-01"), "2024-02-29"), "pipe-leaks", "2025-02-28", TermSource.OWNER_MINIMUM);
    }

    @Test
    @DisplayName("WA-5 n seasons from d are the whole seasons beginning on or after d, through the last day of the last")
    void heatingSeasonBoundaries() {
        WarrantySettings s = settings("2010-01-01");
        // handover on the first day of a season: that season counts
        assertTerm(unit(s, "2024-11-15"), "heating-cooling", "2025-03-16", TermSource.OWNER_MINIMUM);
        // one day later: the season already begun does not count, the next one does
        assertTerm(unit(s, "2024-11-16"), "heating-cooling", "2026-03-16", TermSource.OWNER_MINIMUM);
        // handover in summer: the coming winter
        assertTerm(unit(s, "2024-07-01"), "heating-cooling", "2025-03-16", TermSource.OWNER_MINIMUM);
        // a season ending in a leap February
        WarrantySettings leap = WarrantySettings.forEstate(ESTATE, d("2010-01-01"))
                .withHeatingSeason(SeasonRange.of(11, 1, 2, 29));
        assertTerm(unit(leap, "2023-10-01"), "heating-cooling", "2024-03-01", TermSource.OWNER_MINIMUM);
        assertTerm(unit(leap, "2024-10-01"), "heating-cooling", "2025-03-01", TermSource.OWNER_MINIMUM);
    }

    @Test
    @DisplayName("WA-5 with both heating and cooling seasons a season term ends at the later of the two")
    void heatingAndCooling() {
        WarrantySettings s = settings("2010-01-01").withCoolingSeason(SeasonRange.of(6, 1, 9, 30));
        // handover 2024-03-01: cooling 2024-06-01..09-30, heating 2024-11-15..2025-03-15
        assertTerm(unit(s, "2024-03-01"), "heating-cooling", "2025-03-16", TermSource.OWNER_MINIMUM);
        WarrantySettings coolingOnly = WarrantySettings.forEstate(ESTATE, d("2010-01-01"))
                .withCoolingSeason(SeasonRange.of(6, 1, 9, 30));
        assertTerm(unit(coolingOnly, "2024-06-02"), "heating-cooling", "2025-10-01", TermSource.OWNER_MINIMUM);
    }

    @Test
    @DisplayName("WA-5 a developer's longer grant counts from handover and is recorded as deciding")
    void longerGrantDecides() {
        WarrantySettings s = settings("2024-01-10")
                .withGrant(CATALOGUE.get("roof-waterproofing"), WarrantyPeriod.years(6))
                .withGrant(CATALOGUE.get("heating-cooling"), WarrantyPeriod.seasons(3))
                .withGrant(CATALOGUE.get("other"), WarrantyPeriod.years(1));
        UnitFacts u = unit(s, "2024-03-01");
        assertTerm(u, "roof-waterproofing", "2030-03-01", TermSource.DEVELOPER_GRANT);
        assertTerm(u, "heating-cooling", "2027-03-16", TermSource.DEVELOPER_GRANT);
        assertTerm(u, "other", "2025-03-01", TermSource.DEVELOPER_GRANT);
        // a grant not later than the contractor's term leaves the contractor's term deciding
        WarrantySettings shortGrant = settings("2024-01-10")
                .withGrant(CATALOGUE.get("pipe-leaks"), WarrantyPeriod.months(18));
        assertTerm(unit(shortGrant, "2024-03-01"), "pipe-leaks", "2026-01-10", TermSource.CONTRACTOR_TERM);
    }

    @Test
    @DisplayName("WA-5 a grant shorter than the statutory floor is refused, naming the component and the floor")
    void shorterGrantRefused() {
        WarrantySettings s = settings("2024-01-10");
        GrantBelowStatutoryFloorException e = assertThrows(GrantBelowStatutoryFloorException.class,
                () -> s.withGrant(CATALOGUE.get("lamps-switches"), WarrantyPeriod.months(5)));
        assertEquals("lamps-switches", e.component());
        assertEquals(WarrantyPeriod.months(6), e.floor());
        assertEquals("grant for lamps-switches: 5m is shorter than the statutory floor 6m (rule WA-5)", e.getMessage());
        assertEquals("lamps-switches的承诺保修期5m短于法定最低保修期6m（规则 WA-5）", e.message(java.util.Locale.CHINA));
        // the floor itself is accepted
        s.withGrant(CATALOGUE.get("lamps-switches"), WarrantyPeriod.months(6));
        // seasons against months, years against design life: not comparable, refused
        assertThrows(GrantBelowStatutoryFloorException.class,
                () -> s.withGrant(CATALOGUE.get("roof-waterproofing"), WarrantyPeriod.seasons(9)));
        assertThrows(GrantBelowStatutoryFloorException.class,
                () -> s.withGrant(CATALOGUE.get("foundation-structure"), WarrantyPeriod.years(70)));
        assertThrows(GrantBelowStatutoryFloorException.class,
                () -> s.withGrant(CATALOGUE.get("other"), WarrantyPeriod.agreed()));
    }

    @Test
    @DisplayName("WA-5 a building's own acceptance date overrides the estate's")
    void perBuildingAcceptance() {
        WarrantySettings s = settings("2024-01-10").withBuildingAcceptance(B2, d("2023-06-01"));
        assertTerm(UnitFacts.handedOver(s, B1, d("2024-03-01")), "pipe-leaks", "2026-01-10", TermSource.CONTRACTOR_TERM);
        assertTerm(UnitFacts.handedOver(s, B2, d("2024-03-01")), "pipe-leaks", "2025-06-01", TermSource.CONTRACTOR_TERM);
    }

    @Test
    @DisplayName("WA-5 an estate's own component has its agreed term from handover")
    void ownComponent() {
        WarrantySettings s = settings("2024-01-10").withOwnComponent(new AgreedComponent(
                Component.of("smart-lock", "Smart lock", "智能门锁"), WarrantyPeriod.years(3)));
        assertTerm(unit(s, "2024-03-01"), "smart-lock", "2027-03-01", TermSource.AGREED_TERM);
        assertThrows(IllegalArgumentException.class, () -> terms.termOf(unit(s, "2024-03-01"), "jacuzzi"));
    }

    @Test
    @DisplayName("WA-5 a term that needs a missing setting fails naming the setting and the component")
    void missingData() {
        UnitFacts noLife = unit(WarrantySettings.forEstate(ESTATE, d("2024-01-10")), "2024-03-01");
        MissingWarrantyDataException life = assertThrows(MissingWarrantyDataException.class,
                () -> terms.termOf(noLife, "foundation-structure"));
        assertEquals("designServiceLifeYears", life.field());
        assertEquals("foundation-structure", life.component());
        assertEquals("designServiceLifeYears: required by the warranty term of foundation-structure", life.getMessage());
        assertEquals("designServiceLifeYears：计算foundation-structure的保修期需要此项设置",
                life.message(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("heatingSeason", assertThrows(MissingWarrantyDataException.class,
                () -> terms.termOf(noLife, "heating-cooling")).field());
        UnitFacts noAcceptance = UnitFacts.handedOver(WarrantySettings.perBuilding(ESTATE), B1, d("2024-03-01"));
        assertEquals("completionAcceptance", assertThrows(MissingWarrantyDataException.class,
                () -> terms.termOf(noAcceptance, "roof-waterproofing")).field());
    }
}
