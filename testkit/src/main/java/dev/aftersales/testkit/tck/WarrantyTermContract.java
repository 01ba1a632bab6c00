package dev.aftersales.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.AfterSales;
import dev.aftersales.common.Actor;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.Buyer;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.HandOverUnit;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.SignContract;
import dev.aftersales.property.TransferOwnership;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.UnsupportedRepositoryException;
import dev.aftersales.spi.WarrantyTermRepository;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.warranty.StatutoryCatalogue;
import dev.aftersales.warranty.UnitFacts;
import dev.aftersales.warranty.UnitTerm;
import dev.aftersales.warranty.WarrantyDecider;
import dev.aftersales.warranty.WarrantyPeriod;
import dev.aftersales.warranty.WarrantySettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link WarrantyTermRepository} (rule WA-4): a unit's terms are kept exactly and
 * replaced as a whole; the period query returns the terms ending in the half-open period
 * [from, to), in order; and a desk over the store derives the terms at handover, derives them again
 * when the estate's settings are saved, and leaves them alone on a resale. Part of
 * {@link StoreContract}; a store whose {@code warrantyTerms()} throws
 * {@link UnsupportedRepositoryException} skips these tests, with the reason.
 */
public abstract class WarrantyTermContract {

    private static final EstateId ESTATE = EstateId.of("E-1");
    private static final UnitId U1 = UnitId.of("U-1");
    private static final UnitId U2 = UnitId.of("U-2");
    private static final LocalDate HANDOVER = LocalDate.of(2025, 6, 16);
    private static final Actor STAFF = Actor.staff("S-1");

    /** The store under test, fresh and empty before every test. */
    protected AfterSalesStore store;

    /** Creates the contract; for subclasses. */
    protected WarrantyTermContract() {
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
            store.warrantyTerms();
            store.warrantySettings();
        } catch (UnsupportedRepositoryException e) {
            Assumptions.assumeTrue(false, "this store keeps no warranty terms (" + e.repository() + ")");
        }
    }

    private static UnitTerm term(UnitId unit, String component, LocalDate end) {
        return new UnitTerm(unit, ESTATE, component, end);
    }

    @Test
    @DisplayName("WA-4 a unit's stored terms are found equal, ordered by component; a replacement replaces them all")
    void roundTripAndReplace() {
        UnitTerm roof = term(U1, "roof-waterproofing", LocalDate.of(2030, 6, 16));
        UnitTerm plaster = term(U1, "plaster", LocalDate.of(2027, 6, 16));
        store.warrantyTerms().replaceTermsOf(U1, List.of(roof, plaster));
        store.warrantyTerms().replaceTermsOf(U2, List.of(term(U2, "plaster", LocalDate.of(2027, 7, 1))));
        assertEquals(List.of(plaster, roof), store.warrantyTerms().termsOf(U1));

        UnitTerm later = term(U1, "plaster", LocalDate.of(2028, 6, 16));
        store.warrantyTerms().replaceTermsOf(U1, List.of(later));
        assertEquals(List.of(later), store.warrantyTerms().termsOf(U1));
        assertEquals(1, store.warrantyTerms().termsOf(U2).size());

        store.warrantyTerms().replaceTermsOf(U1, List.of());
        assertEquals(List.of(), store.warrantyTerms().termsOf(U1));
        assertEquals(List.of(), store.warrantyTerms().termsOf(UnitId.of("U-9")));
    }

    @Test
    @DisplayName("WA-4 terms of another unit or two of one component are refused, and nothing is written")
    void refusesInconsistentTerms() {
        UnitTerm kept = term(U1, "plaster", LocalDate.of(2027, 6, 16));
        store.warrantyTerms().replaceTermsOf(U1, List.of(kept));
        assertThrows(IllegalArgumentException.class,
                () -> store.warrantyTerms().replaceTermsOf(U1, List.of(term(U2, "plaster", LocalDate.of(2027, 1, 1)))));
        assertThrows(IllegalArgumentException.class, () -> store.warrantyTerms().replaceTermsOf(U1,
                List.of(term(U1, "plaster", LocalDate.of(2027, 1, 1)), term(U1, "plaster", LocalDate.of(2028, 1, 1)))));
        assertEquals(List.of(kept), store.warrantyTerms().termsOf(U1));
    }

    @Test
    @DisplayName("WA-4 the period query is half-open: an end on 'from' is in, an end on 'to' and the day before 'from' are out")
    void periodBoundaries() {
        LocalDate from = LocalDate.of(2027, 6, 1);
        LocalDate to = LocalDate.of(2027, 7, 1);
        UnitTerm before = term(U1, "lamps-switches", from.minusDays(1));
        UnitTerm onFrom = term(U1, "plaster", from);
        UnitTerm lastDay = term(U2, "plaster", to.minusDays(1));
        UnitTerm onTo = term(U2, "pipe-leaks", to);
        UnitTerm sameDayOtherUnit = term(U2, "doors-windows", from);
        store.warrantyTerms().replaceTermsOf(U1, List.of(before, onFrom));
        store.warrantyTerms().replaceTermsOf(U2, List.of(lastDay, onTo, sameDayOtherUnit));

        assertEquals(List.of(onFrom, sameDayOtherUnit, lastDay), store.warrantyTerms().endingBetween(from, to));
        assertEquals(List.of(onFrom, sameDayOtherUnit), store.warrantyTerms().endingBetween(from, from.plusDays(1)));
        assertEquals(List.of(), store.warrantyTerms().endingBetween(from, from));
        assertEquals(List.of(), store.warrantyTerms().endingBetween(to, from));
        assertEquals(List.of(before), store.warrantyTerms().endingBetween(LocalDate.MIN, from));
    }

    @Test
    @DisplayName("WA-4 the period query agrees with filtering every stored term (reference), for every month of two years")
    void periodQueryMatchesReference() {
        List<UnitTerm> all = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            UnitId unit = UnitId.of("U-" + (10 + u));
            List<UnitTerm> terms = List.of(term(unit, "plaster", LocalDate.of(2027, 1, 1).plusDays(u * 37L)),
                    term(unit, "pipe-leaks", LocalDate.of(2027, 1, 31).plusDays(u * 53L)));
            store.warrantyTerms().replaceTermsOf(unit, terms);
            all.addAll(terms);
        }
        Comparator<UnitTerm> order = Comparator.comparing(UnitTerm::end).thenComparing(t -> t.unit().value())
                .thenComparing(UnitTerm::component);
        for (int m = 0; m < 24; m++) {
            LocalDate from = LocalDate.of(2027, 1, 1).plusMonths(m);
            LocalDate to = from.plusMonths(1);
            List<UnitTerm> expected = all.stream().filter(t -> !t.end().isBefore(from) && t.end().isBefore(to))
                    .sorted(order).toList();
            assertEquals(expected, store.warrantyTerms().endingBetween(from, to), "month " + from);
        }
    }

    @Test
    @DisplayName("WA-4 a desk stores a unit's terms at handover, derives them again when the settings are saved; a resale changes nothing")
    void desksDeriveTerms() {
        TestClock clock = TestClock.at(Instant.parse("2025-06-16T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).build()) {
            desk.property().registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
            desk.property().addPlot(new AddPlot("E-1", "P-1", "Plot A"));
            desk.property().addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
            desk.property().addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
            desk.property().addUnit(AddUnit.usable("B-1", "U-2", "102", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
            owner(desk, "O-1");
            owner(desk, "O-2");
            desk.property().signContract(new SignContract("U-1", List.of(Buyer.of("O-1")), LocalDate.of(2025, 3, 1)));
            desk.handOver(new HandOverUnit("U-1", HANDOVER, STAFF));
            assertEquals(List.of(), desk.warranty().termsOf(U1), "no settings yet: no terms");

            WarrantySettings settings = desk.warranty().saveSettings(
                    WarrantySettings.forEstate(ESTATE, LocalDate.of(2025, 1, 10)).withDesignServiceLifeYears(50));
            List<UnitTerm> derived = desk.warranty().termsOf(U1);
            assertEquals(reference(settings, HANDOVER, U1), derived);
            assertTrue(derived.stream().anyMatch(t -> t.component().equals("plaster")));
            assertEquals(List.of(), desk.warranty().termsOf(U2), "not handed over: no terms");

            desk.property().signContract(new SignContract("U-2", List.of(Buyer.of("O-2")), LocalDate.of(2025, 3, 1)));
            desk.handOver(new HandOverUnit("U-2", HANDOVER.minusDays(5), STAFF));
            assertEquals(reference(settings, HANDOVER.minusDays(5), U2), desk.warranty().termsOf(U2));

            StatutoryCatalogue catalogue = StatutoryCatalogue.builtIn();
            WarrantySettings granted = desk.warranty().saveSettings(
                    settings.withGrant(catalogue.get("roof-waterproofing"), WarrantyPeriod.years(9)));
            List<UnitTerm> again = desk.warranty().termsOf(U1);
            assertEquals(reference(granted, HANDOVER, U1), again);
            assertNotEquals(derived, again);
            assertEquals(HANDOVER.plusYears(9), again.stream()
                    .filter(t -> t.component().equals("roof-waterproofing")).findFirst().orElseThrow().end());
            assertEquals(reference(granted, HANDOVER.minusDays(5), U2), desk.warranty().termsOf(U2));

            clock.advance(java.time.Duration.ofDays(30));
            desk.property().transfer(new TransferOwnership("U-1", List.of(Buyer.of("O-2")), LocalDate.of(2025, 7, 10)));
            assertEquals(again, desk.warranty().termsOf(U1), "WA-1 a resale keeps the terms");

            LocalDate roofEnd = HANDOVER.plusYears(9);
            List<UnitTerm> roofMonth = desk.warranty().termsEndingBetween(roofEnd.withDayOfMonth(1),
                    roofEnd.withDayOfMonth(1).plusMonths(1));
            assertTrue(roofMonth.stream().anyMatch(t -> t.unit().equals(U1) && t.component().equals("roof-waterproofing")));
            assertFalse(roofMonth.stream().anyMatch(t -> !t.end().getMonth().equals(roofEnd.getMonth())));
        }
    }

    private static void owner(AfterSales desk, String id) {
        desk.registerOwner(RegisterOwner.builder().ownerId(id).name("Wang Fang").phone("13912345678")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                .build());
    }

    /** The reference: every component of the catalogue whose term the decider can tell, by key. */
    private static List<UnitTerm> reference(WarrantySettings settings, LocalDate handover, UnitId unit) {
        WarrantyDecider decider = WarrantyDecider.withBuiltInCatalogue();
        UnitFacts facts = UnitFacts.handedOver(settings, BuildingId.of("B-1"), handover);
        List<UnitTerm> out = new ArrayList<>();
        for (var t : decider.terms().catalogue().terms()) {
            try {
                decider.terms().termOf(facts, t.component().key())
                        .ifPresent(c -> out.add(UnitTerm.of(unit, ESTATE, c)));
            } catch (dev.aftersales.warranty.MissingWarrantyDataException e) {
                // not decidable with these settings
            }
        }
        out.sort(Comparator.comparing(UnitTerm::component));
        return out;
    }
}
