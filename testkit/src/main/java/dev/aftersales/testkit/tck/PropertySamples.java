package dev.aftersales.testkit.tck;

import dev.aftersales.common.Actor;
import dev.aftersales.property.Area;
import dev.aftersales.property.Building;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.CoOwner;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.Estate;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.HouseholdStructure;
import dev.aftersales.property.IdCardNumber;
import dev.aftersales.property.OutstandingItem;
import dev.aftersales.property.Owner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.OwnerProfile;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PhoneNumber;
import dev.aftersales.property.Plot;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.Unit;
import dev.aftersales.property.UnitCondition;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import java.time.LocalDate;
import java.util.List;

/**
 * Sample records for the property TCK, not yet stored (version {@code 0}). Every field that a
 * store must keep is set to a non-default value somewhere, so that a round trip that loses a field
 * fails.
 */
public final class PropertySamples {

    /** The contract date of {@link #ownership}. */
    public static final LocalDate SIGNED = LocalDate.of(2024, 3, 1);

    private PropertySamples() {
    }

    /**
     * Returns an estate.
     *
     * @param id the id text
     * @return the estate
     */
    public static Estate estate(String id) {
        return Estate.create(EstateId.of(id), "万科城 " + id);
    }

    /**
     * Returns a plot of an estate.
     *
     * @param id     the id text
     * @param estate the estate's id text
     * @return the plot
     */
    public static Plot plot(String id, String estate) {
        return Plot.create(PlotId.of(id), EstateId.of(estate), "地块 " + id);
    }

    /**
     * Returns a building on a plot.
     *
     * @param id   the id text
     * @param plot the plot
     * @return the building
     */
    public static Building building(String id, Plot plot) {
        return Building.create(BuildingId.of(id), plot, id + "栋");
    }

    /**
     * Returns a residence in a building.
     *
     * @param id       the id text
     * @param building the building
     * @return the unit
     */
    public static Unit residence(String id, Building building) {
        return unit(id, building, UnitKind.RESIDENCE, UnitCondition.USABLE);
    }

    /**
     * Returns a unit of a kind and condition in a building, with an area of 89.62 square metres.
     *
     * @param id        the id text
     * @param building  the building
     * @param kind      the kind
     * @param condition the condition
     * @return the unit
     */
    public static Unit unit(String id, Building building, UnitKind kind, UnitCondition condition) {
        return Unit.create(UnitId.of(id), building, "2-" + id, kind, Area.parse("89.62"),
                kind == UnitKind.SHOP ? UnitUsage.COMMERCIAL_OFFICE : UnitUsage.RESIDENTIAL, condition);
    }

    /**
     * Returns an owner with every profile field set and two outstanding items.
     *
     * @param id the id text
     * @return the owner
     */
    public static Owner owner(String id) {
        OwnerProfile profile = new OwnerProfile("王芳", 42, "工程师", "杭州地铁", 3,
                HouseholdStructure.COUPLE_WITH_CHILDREN,
                List.of(PhoneNumber.parse("13912345678"), PhoneNumber.parse("0571-88776655")),
                IdCardNumber.parse("11010519491231002X"));
        return new Owner(OwnerId.of(id), profile, CustomerOrigin.HONG_KONG_MACAU, PropertyRightType.FUND_RAISED,
                PaymentStatus.PARTLY_PAID,
                List.of(new OutstandingItem("L1", OutstandingItem.Kind.CONSTRUCTION_LEFTOVER, "阳台栏杆未装"),
                        new OutstandingItem("C1", OutstandingItem.Kind.COMPENSATION, "漏水赔偿")), 0);
    }

    /**
     * Returns an owner with only the required profile fields.
     *
     * @param id the id text
     * @return the owner
     */
    public static Owner minimalOwner(String id) {
        return Owner.create(OwnerId.of(id), OwnerProfile.of("李", List.of(PhoneNumber.parse("010-12345678"))),
                CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.NOT_YET_DUE);
    }

    /**
     * Returns a signed ownership of a unit by owners holding equal shares.
     *
     * @param id     the id text
     * @param unit   the unit's id text
     * @param owners the owners' id texts, at least one
     * @return the ownership, {@code CONTRACT_SIGNED}
     */
    public static Ownership ownership(String id, String unit, String... owners) {
        return Ownership.sign(OwnershipId.of(id), UnitId.of(unit),
                CoOwner.equalShares(java.util.Arrays.stream(owners).map(OwnerId::of).toList()), SIGNED);
    }

    /**
     * Returns the sample ownership handed over and then transferred, as stored by the library: the
     * ended ownership (with handover, end date and successor set).
     *
     * @param id        the id text
     * @param successor the successor's id text
     * @param unit      the unit's id text
     * @param owner     the owner's id text
     * @return the ended ownership, version {@code 0}
     */
    public static Ownership endedOwnership(String id, String successor, String unit, String owner) {
        return ownership(id, unit, owner).handOver(SIGNED.plusMonths(6), Actor.staff("S-7"))
                .transferTo(OwnershipId.of(successor), CoOwner.sole(OwnerId.of("new-" + owner)), SIGNED.plusYears(1))
                .ended();
    }
}
