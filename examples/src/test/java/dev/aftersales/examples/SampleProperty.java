package dev.aftersales.examples;

import dev.aftersales.AfterSales;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;

/**
 * The property the entry-point tests report on, registered as an application would: intake checks
 * a ticket's unit and reporting owner against the register (rules EU-1, EU-3).
 */
final class SampleProperty {

    private SampleProperty() {
    }

    /**
     * Registers estate E-1 with plot P-1, building B-1 and unit U-1 in it, and owner O-1.
     *
     * @param desk the desk
     */
    static void register(AfterSales desk) {
        desk.property().registerEstate(new RegisterEstate("E-1", "Riverside Garden"));
        desk.property().addPlot(new AddPlot("E-1", "P-1", "Plot A"));
        desk.property().addBuilding(new AddBuilding("P-1", "B-1", "Building 1"));
        desk.property().addUnit(AddUnit.usable("B-1", "U-1", "101", UnitKind.RESIDENCE, "89.5", UnitUsage.RESIDENTIAL));
        desk.registerOwner(RegisterOwner.builder().ownerId("O-1").name("Wang Fang").phone("13912345678")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                .build());
    }
}
