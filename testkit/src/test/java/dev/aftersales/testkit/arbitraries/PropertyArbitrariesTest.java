package dev.aftersales.testkit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.CommandValidator;
import dev.aftersales.property.CoOwner;
import dev.aftersales.property.IdCardNumber;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.Plot;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.Share;
import dev.aftersales.property.Unit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** The property arbitraries generate only what the library accepts (rules EU-1..EU-3, CP-2). */
class PropertyArbitrariesTest {

    private static final CommandValidator VALIDATOR = new CommandValidator(Locale.ENGLISH);

    @AfterContainer
    static void close() {
        VALIDATOR.close();
    }

    @Provide
    Arbitrary<RegisterOwner> commands() {
        return PropertyArbitraries.registerOwnerCommands();
    }

    @Property
    void cp2_generatedRegistrationsAreValid(@ForAll("commands") RegisterOwner command) {
        assertEquals(command, VALIDATOR.validate(command));
    }

    @Provide
    Arbitrary<IdCardNumber> idCards() {
        return PropertyArbitraries.idCardNumbers();
    }

    @Property
    void eu3_idCardNumbersCarryTheirCheckDigit(@ForAll("idCards") IdCardNumber id) {
        String v = id.value();
        assertEquals(PropertyArbitraries.checkDigit(v.substring(0, 17)), v.charAt(17));
    }

    @Example
    void eu3_knownIdCardCheckDigit() {
        assertEquals('X', PropertyArbitraries.checkDigit("11010519491231002"));
    }

    @Provide
    Arbitrary<EstateLayout> estates() {
        return PropertyArbitraries.estates();
    }

    @Property
    void eu1_layoutsAreConsistentWithUniqueIds(@ForAll("estates") EstateLayout layout) {
        Set<String> ids = new HashSet<>();
        layout.plots().forEach(p -> assertTrue(ids.add("plot:" + p.idText())));
        layout.buildings().forEach(b -> assertTrue(ids.add("building:" + b.idText())));
        for (Unit u : layout.units()) {
            assertTrue(ids.add("unit:" + u.idText()));
            assertTrue(u.idText().length() <= 64);
            assertTrue(layout.buildings().stream().anyMatch(b -> b.id().equals(u.building()) && b.plot().equals(u.plot())
                    && b.estate().equals(u.estate())));
        }
        assertTrue(layout.plots().stream().allMatch(p -> p.estate().equals(layout.estate().id())));
        assertEquals(layout.units().size(), layout.addUnits().size());
        layout.addUnits().forEach(VALIDATOR::validate);
        layout.addBuildings().forEach(VALIDATOR::validate);
        layout.addPlots().forEach(VALIDATOR::validate);
        VALIDATOR.validate(layout.registerEstate());
    }

    @Property
    void eu2_expectedCountsAddUpToTheLayout(@ForAll("estates") EstateLayout layout) {
        long units = 0;
        long buildings = 0;
        for (Plot plot : layout.plots()) {
            units += layout.expectedCounts(plot.id()).units().total();
            buildings += layout.expectedCounts(plot.id()).buildings();
        }
        assertEquals(layout.units().size(), units);
        assertEquals(layout.buildings().size(), buildings);
    }

    @Provide
    Arbitrary<List<CoOwner>> coOwners() {
        return PropertyArbitraries.coOwners(IntStream.rangeClosed(1, 6).mapToObj(i -> OwnerId.of("O" + i)).toList());
    }

    @Property
    void eu3_coOwnerSharesAddUpToWhole(@ForAll("coOwners") List<CoOwner> coOwners) {
        assertTrue(Share.addUpToWhole(coOwners.stream().map(CoOwner::share).toList()));
        assertEquals(coOwners.size(), coOwners.stream().map(CoOwner::owner).distinct().count());
        assertTrue(coOwners.size() >= 1 && coOwners.size() <= 4);
    }
}
