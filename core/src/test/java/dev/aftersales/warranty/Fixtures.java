package dev.aftersales.warranty;

import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;

import java.time.LocalDate;

final class Fixtures {

    static final StatutoryCatalogue CATALOGUE = StatutoryCatalogue.builtIn();
    static final EstateId ESTATE = EstateId.of("E1");
    static final BuildingId B1 = BuildingId.of("B1");
    static final BuildingId B2 = BuildingId.of("B2");

    private Fixtures() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static WarrantySettings settings(String acceptance) {
        return WarrantySettings.forEstate(ESTATE, d(acceptance))
                .withHeatingSeason(SeasonRange.of(11, 15, 3, 15))
                .withDesignServiceLifeYears(50);
    }

    static UnitFacts unit(WarrantySettings settings, String handover) {
        return UnitFacts.handedOver(settings, B1, d(handover));
    }
}
