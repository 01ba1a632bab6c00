package dev.aftersales.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.UnsupportedRepositoryException;
import dev.aftersales.spi.WarrantyDecisionRepository;
import dev.aftersales.spi.WarrantySettingsRepository;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.warranty.AgreedComponent;
import dev.aftersales.warranty.Component;
import dev.aftersales.warranty.CoverageDecision;
import dev.aftersales.warranty.CoverageOutcome;
import dev.aftersales.warranty.DefectCause;
import dev.aftersales.warranty.Exclusion;
import dev.aftersales.warranty.SeasonRange;
import dev.aftersales.warranty.StatutoryCatalogue;
import dev.aftersales.warranty.UnitFacts;
import dev.aftersales.warranty.WarrantyDecider;
import dev.aftersales.warranty.WarrantyDecisionEntry;
import dev.aftersales.warranty.WarrantyPeriod;
import dev.aftersales.warranty.WarrantySettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contracts of {@link WarrantySettingsRepository} and {@link WarrantyDecisionRepository}
 * (rules WA-1, WA-2, WA-5, WA-6): settings are saved optimistically per estate and kept exactly;
 * decisions are appended per ticket, numbered without gaps, never overwritten. Part of
 * {@link StoreContract}; a store whose warranty accessors throw {@link UnsupportedRepositoryException}
 * skips these tests, with the reason.
 */
public abstract class WarrantyContract {

    private static final StatutoryCatalogue CATALOGUE = StatutoryCatalogue.builtIn();
    private static final EstateId ESTATE = EstateId.of("E1");
    private static final BuildingId BUILDING = BuildingId.of("B1");
    private static final TicketId TICKET = TicketId.of("T-1");
    private static final Actor STAFF = Actor.staff("S-7");
    private static final Instant AT = Instant.parse("2024-03-05T08:15:30.123456Z");

    /** The store under test, fresh and empty before every test. */
    protected AfterSalesStore store;

    /** Creates the contract; for subclasses. */
    protected WarrantyContract() {
    }

    /**
     * Returns a fresh, empty store of the adapter under test.
     *
     * @return the store
     */
    protected abstract AfterSalesStore newStore();

    /** Opens a fresh store for the next test. */
    @BeforeEach
    void openFreshStore() {
        store = newStore();
        try {
            store.warrantySettings();
            store.warrantyDecisions();
        } catch (UnsupportedRepositoryException e) {
            Assumptions.assumeTrue(false, "this store keeps no warranties (" + e.repository() + ")");
        }
    }

    private static WarrantySettings fullSettings() {
        return WarrantySettings.forEstate(ESTATE, LocalDate.of(2020, 1, 10))
                .withBuildingAcceptance(BuildingId.of("B2"), LocalDate.of(2020, 5, 20))
                .withBuildingAcceptance(BuildingId.of("B3"), LocalDate.of(2021, 2, 28))
                .withHeatingSeason(SeasonRange.of(11, 15, 3, 15))
                .withCoolingSeason(SeasonRange.of(6, 1, 9, 30))
                .withDesignServiceLifeYears(50)
                .withGrant(CATALOGUE.get("roof-waterproofing"), WarrantyPeriod.years(8))
                .withGrant(CATALOGUE.get("lamps-switches"), WarrantyPeriod.months(18))
                .withGrant(CATALOGUE.get("heating-cooling"), WarrantyPeriod.seasons(3))
                .withOwnComponent(new AgreedComponent(Component.of("garden-fence", "Garden fence", "花园围栏"),
                        WarrantyPeriod.months(30)));
    }

    private static CoverageDecision decision(String component, LocalDate defect, DefectCause cause) {
        UnitFacts unit = UnitFacts.handedOver(fullSettings(), BUILDING, LocalDate.of(2020, 6, 1));
        return WarrantyDecider.withBuiltInCatalogue().decide(unit, component, defect, cause);
    }

    private static WarrantyDecisionEntry entry(TicketId ticket, int sequence, CoverageDecision decision) {
        return new WarrantyDecisionEntry(ticket, sequence, decision, STAFF, AT.plusSeconds(sequence));
    }

    @Test
    @DisplayName("WA-5 saved settings are found equal: acceptance dates, seasons, design life, grants and own components kept")
    void settingsRoundTrip() {
        WarrantySettings stored = store.warrantySettings().save(fullSettings());
        assertEquals(fullSettings().withVersion(1), stored);
        assertEquals(stored, store.warrantySettings().find(ESTATE).orElseThrow());
    }

    @Test
    @DisplayName("WA-5 settings with acceptance per building only and nothing else are kept as they are")
    void minimalSettingsRoundTrip() {
        WarrantySettings stored = store.warrantySettings().save(WarrantySettings.perBuilding(ESTATE));
        assertEquals(stored, store.warrantySettings().find(ESTATE).orElseThrow());
        assertTrue(store.warrantySettings().find(EstateId.of("E2")).isEmpty());
    }

    @Test
    @DisplayName("an update replaces the settings: a grant left out is gone, the version counts up")
    void updateReplaces() {
        WarrantySettings v1 = store.warrantySettings().save(fullSettings());
        WarrantySettings changed = new WarrantySettings(ESTATE, LocalDate.of(2020, 2, 1), v1.buildingAcceptance(),
                null, null, null, java.util.Map.of(), v1.ownComponents(), v1.version());
        WarrantySettings v2 = store.warrantySettings().save(changed);
        assertEquals(2, v2.version());
        assertEquals(v2, store.warrantySettings().find(ESTATE).orElseThrow());
    }

    @Test
    @DisplayName("a stale update throws StaleWriteException and changes nothing")
    void staleSettingsUpdate() {
        WarrantySettings v1 = store.warrantySettings().save(fullSettings());
        WarrantySettings v2 = store.warrantySettings().save(v1.withDesignServiceLifeYears(70));
        assertThrows(StaleWriteException.class, () -> store.warrantySettings().save(v1.withDesignServiceLifeYears(100)));
        assertEquals(v2, store.warrantySettings().find(ESTATE).orElseThrow());
    }

    @Test
    @DisplayName("inserting settings of an estate twice or updating missing settings throws StaleWriteException")
    void insertTwiceAndUpdateMissing() {
        WarrantySettings stored = store.warrantySettings().save(fullSettings());
        assertThrows(StaleWriteException.class,
                () -> store.warrantySettings().save(WarrantySettings.perBuilding(ESTATE)));
        assertEquals(stored, store.warrantySettings().find(ESTATE).orElseThrow());
        EstateId other = EstateId.of("E9");
        assertThrows(StaleWriteException.class,
                () -> store.warrantySettings().save(WarrantySettings.perBuilding(other).withVersion(3)));
        assertTrue(store.warrantySettings().find(other).isEmpty());
    }

    @Test
    @DisplayName("a settings save in a unit of work that fails is not kept")
    void settingsRollBack() {
        assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.warrantySettings().save(fullSettings());
            throw new IllegalStateException("fails after the save");
        }));
        assertTrue(store.warrantySettings().find(ESTATE).isEmpty());
    }

    @Test
    @DisplayName("WA-1 WA-2 WA-6 appended decisions are listed per ticket in order, each kept exactly")
    void appendAndList() {
        WarrantyDecisionEntry first = entry(TICKET, 1, decision("pipe-leaks", LocalDate.of(2021, 3, 1),
                DefectCause.normalUse()));
        WarrantyDecisionEntry second = entry(TICKET, 2, decision("pipe-leaks", LocalDate.of(2021, 3, 1),
                DefectCause.excluded(Exclusion.OWNER_ALTERATION, "pipe moved by the owner's own fitter")));
        WarrantyDecisionEntry other = entry(TicketId.of("T-2"), 1, decision("lamps-switches",
                LocalDate.of(2030, 1, 1), DefectCause.normalUse()));
        assertEquals(first, store.warrantyDecisions().append(first));
        assertEquals(second, store.warrantyDecisions().append(second));
        assertEquals(other, store.warrantyDecisions().append(other));
        assertEquals(List.of(first, second), store.warrantyDecisions().decisionsOf(TICKET));
        assertEquals(List.of(other), store.warrantyDecisions().decisionsOf(TicketId.of("T-2")));
        assertTrue(store.warrantyDecisions().decisionsOf(TicketId.of("T-3")).isEmpty());
        assertEquals(CoverageOutcome.COVERED, store.warrantyDecisions().decisionsOf(TICKET).get(0).decision().outcome());
        assertEquals("pipe moved by the owner's own fitter",
                store.warrantyDecisions().decisionsOf(TICKET).get(1).decision().cause().reason());
    }

    @Test
    @DisplayName("WA-1 decisions of every outcome are kept exactly")
    void everyOutcomeRoundTrips() {
        List<CoverageDecision> decisions = List.of(
                decision("roof-waterproofing", LocalDate.of(2025, 1, 1), DefectCause.normalUse()),
                decision("blocked-pipes", LocalDate.of(2026, 1, 1), DefectCause.normalUse()),
                decision("floors", LocalDate.of(2020, 7, 1), DefectCause.excluded(Exclusion.IMPROPER_USE, "heavy load")),
                decision("floors", LocalDate.of(2020, 5, 1), DefectCause.normalUse()),
                decision("heating-cooling", LocalDate.of(2021, 1, 5), DefectCause.normalUse()),
                decision("garden-fence", LocalDate.of(2022, 1, 5), DefectCause.normalUse()));
        for (int i = 0; i < decisions.size(); i++) {
            store.warrantyDecisions().append(entry(TICKET, i + 1, decisions.get(i)));
        }
        assertEquals(decisions, store.warrantyDecisions().decisionsOf(TICKET).stream()
                .map(WarrantyDecisionEntry::decision).toList());
        assertEquals(List.of(CoverageOutcome.COVERED, CoverageOutcome.EXPIRED, CoverageOutcome.EXCLUDED,
                CoverageOutcome.NOT_HANDED_OVER, CoverageOutcome.COVERED, CoverageOutcome.COVERED),
                decisions.stream().map(CoverageDecision::outcome).toList());
    }

    @Test
    @DisplayName("WA-6 an append never overwrites: a taken or skipped sequence throws StaleWriteException and changes nothing")
    void appendOnly() {
        WarrantyDecisionEntry first = store.warrantyDecisions().append(entry(TICKET, 1,
                decision("plaster", LocalDate.of(2020, 9, 1), DefectCause.normalUse())));
        WarrantyDecisionEntry again = entry(TICKET, 1, decision("plaster", LocalDate.of(2020, 9, 1),
                DefectCause.excluded(Exclusion.THIRD_PARTY_DAMAGE, "neighbour's renovation")));
        assertThrows(StaleWriteException.class, () -> store.warrantyDecisions().append(again));
        WarrantyDecisionEntry gap = entry(TICKET, 3, first.decision());
        assertThrows(StaleWriteException.class, () -> store.warrantyDecisions().append(gap));
        assertThrows(StaleWriteException.class, () -> store.warrantyDecisions().append(entry(TicketId.of("T-9"), 2,
                first.decision())));
        assertEquals(List.of(first), store.warrantyDecisions().decisionsOf(TICKET));
        assertTrue(store.warrantyDecisions().decisionsOf(TicketId.of("T-9")).isEmpty());
    }

    @Test
    @DisplayName("an append in a unit of work that fails is not kept")
    void appendRollsBack() {
        WarrantyDecisionEntry first = entry(TICKET, 1, decision("plaster", LocalDate.of(2020, 9, 1),
                DefectCause.normalUse()));
        assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.warrantyDecisions().append(first);
            assertEquals(List.of(first), store.warrantyDecisions().decisionsOf(TICKET));
            throw new IllegalStateException("fails after the append");
        }));
        assertTrue(store.warrantyDecisions().decisionsOf(TICKET).isEmpty());
        assertEquals(first, store.warrantyDecisions().append(first));
    }

    @Test
    @DisplayName("WA-6 of concurrent appends of the same sequence exactly one is kept, the others are stale")
    void concurrentAppends() {
        List<Race.Outcome<WarrantyDecisionEntry>> outcomes = Race.run(3, racer -> store.warrantyDecisions().append(
                entry(TICKET, 1, decision("doors-windows", LocalDate.of(2020, 7, 1 + racer), DefectCause.normalUse()))));
        List<Race.Outcome<WarrantyDecisionEntry>> won = outcomes.stream().filter(Race.Outcome::won).toList();
        assertEquals(1, won.size(), () -> "outcomes: " + outcomes);
        outcomes.stream().filter(o -> !o.won()).forEach(o -> assertInstanceOf(StaleWriteException.class, o.failure()));
        assertEquals(List.of(won.get(0).result()), store.warrantyDecisions().decisionsOf(TICKET));
    }
}
