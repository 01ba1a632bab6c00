package dev.aftersales.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The property use cases over a store: EU-1 structure, EU-3 ownership, events after commit. */
class PropertyServiceTest {

    private static final Actor ENGINEER = Actor.staff("S-7");
    private final ServiceFixture f = new ServiceFixture().withEstate();

    private Ownership sell(String unit, String... owners) {
        List<Buyer> buyers = java.util.Arrays.stream(owners).map(Buyer::of).toList();
        return f.service.signContract(new SignContract(unit, buyers, ServiceFixture.TODAY.minusMonths(6)));
    }

    @Test
    @DisplayName("EU-1 a unit records its building, plot and estate")
    void eu1_unitKnowsItsPlace() {
        Unit unit = f.addResidence("A2", "U1");
        assertEquals(BuildingId.of("A2"), unit.building());
        assertEquals(PlotId.of("A"), unit.plot());
        assertEquals(EstateId.of("E1"), unit.estate());
        assertEquals(1, unit.version());
        assertFalse(unit.isSold());
    }

    @Test
    @DisplayName("EU-1 adding to an unknown parent or under a taken id is refused and changes nothing")
    void eu1_unknownParentsAndTakenIds() {
        assertThrows(PropertyNotFoundException.class, () -> f.service.addPlot(new AddPlot("E9", "C", "Plot C")));
        assertThrows(PropertyNotFoundException.class, () -> f.addResidence("ZZ", "U1"));
        f.addResidence("A1", "U1");
        int events = f.events.size();
        assertThrows(PropertyConflictException.class, () -> f.addResidence("A2", "U1"));
        assertEquals(BuildingId.of("A1"), f.service.findUnit(UnitId.of("U1")).orElseThrow().building());
        assertEquals(events, f.events.size());
    }

    @Test
    @DisplayName("EU-3 signing a contract makes the buyers owners of the unit")
    void eu3_signContract() {
        f.addResidence("A1", "U1");
        f.registerOwner("O1");
        f.registerOwner("O2");
        f.clearEvents();
        Ownership o = f.service.signContract(new SignContract("U1", List.of(Buyer.of("O1", "2/3"), Buyer.of("O2", "1/3")),
                ServiceFixture.TODAY));
        assertEquals(OwnershipState.CONTRACT_SIGNED, o.state());
        assertEquals(o.id(), f.service.findUnit(UnitId.of("U1")).orElseThrow().currentOwnership());
        assertEquals(List.of(OwnerId.of("O1"), OwnerId.of("O2")),
                f.service.ownersOfUnit(UnitId.of("U1")).stream().map(Owner::id).toList());
        ContractSigned event = assertInstanceOf(ContractSigned.class, f.events.get(0));
        assertEquals(o.id(), event.ownership());
        assertEquals(ServiceFixture.CLOCK.instant(), event.occurredAt());
    }

    @Test
    @DisplayName("EU-3 a sold unit cannot be sold again; unknown buyers and future dates are refused")
    void eu3_signContractRefusals() {
        f.addResidence("A1", "U1");
        f.registerOwner("O1");
        assertThrows(PropertyNotFoundException.class, () -> sell("U1", "O9"));
        assertThrows(PropertyConflictException.class, () -> f.service.signContract(
                new SignContract("U1", List.of(Buyer.of("O1")), ServiceFixture.TODAY.plusDays(1))));
        assertTrue(f.store.ownershipTable.size() == 0);
        sell("U1", "O1");
        assertThrows(PropertyConflictException.class, () -> sell("U1", "O1"));
        assertEquals(1, f.store.ownershipTable.size());
    }

    @Test
    @DisplayName("EU-3/WA-1 handover is recorded on the current ownership and published")
    void eu3_handOver() {
        f.addResidence("A1", "U1");
        f.registerOwner("O1");
        sell("U1", "O1");
        f.clearEvents();
        Ownership o = f.service.handOver(new HandOverUnit("U1", ServiceFixture.TODAY, ENGINEER));
        assertEquals(OwnershipState.HANDED_OVER, o.state());
        UnitHandedOver event = assertInstanceOf(UnitHandedOver.class, f.events.get(0));
        assertEquals(ServiceFixture.TODAY, event.handedOverOn());
        assertEquals(List.of(OwnerId.of("O1")), event.owners());
        assertEquals(o.id().value(), event.aggregateId());
    }

    @Test
    @DisplayName("EU-3 handover of an unsold unit, twice, or in the future is refused and publishes nothing")
    void eu3_handOverRefusals() {
        f.addResidence("A1", "U1");
        f.registerOwner("O1");
        assertThrows(PropertyConflictException.class,
                () -> f.service.handOver(new HandOverUnit("U1", ServiceFixture.TODAY, ENGINEER)));
        sell("U1", "O1");
        f.clearEvents();
        assertThrows(OwnershipStepException.class,
                () -> f.service.handOver(new HandOverUnit("U1", ServiceFixture.TODAY.plusDays(1), ENGINEER)));
        f.service.handOver(new HandOverUnit("U1", ServiceFixture.TODAY, ENGINEER));
        assertThrows(OwnershipStepException.class,
                () -> f.service.handOver(new HandOverUnit("U1", ServiceFixture.TODAY, ENGINEER)));
        assertEquals(1, f.events.size());
    }

    @Test
    @DisplayName("EU-3 a transfer moves the unit to the new owner; units of an owner follow")
    void eu3_transfer() {
        f.addResidence("A1", "U1");
        f.addResidence("A1", "U2");
        f.registerOwner("O1");
        f.registerOwner("O2");
        Ownership first = sell("U1", "O1");
        sell("U2", "O1");
        f.service.handOver(new HandOverUnit("U1", ServiceFixture.TODAY.minusMonths(1), ENGINEER));
        f.clearEvents();
        OwnershipTransfer t = f.service.transfer(new TransferOwnership("U1", List.of(Buyer.of("O2")), ServiceFixture.TODAY));

        assertEquals(first.id(), t.ended().id());
        assertEquals(OwnershipState.TRANSFERRED, t.ended().state());
        assertEquals(ServiceFixture.TODAY.minusMonths(1), t.started().handedOverOn());
        assertEquals(t.started().id(), f.service.currentOwnership(UnitId.of("U1")).orElseThrow().id());
        assertEquals(List.of(UnitId.of("U2")), unitIds(f.service.unitsOfOwner(OwnerId.of("O1"), PageRequest.first(10))));
        assertEquals(List.of(UnitId.of("U1")), unitIds(f.service.unitsOfOwner(OwnerId.of("O2"), PageRequest.first(10))));
        OwnershipTransferred event = assertInstanceOf(OwnershipTransferred.class, f.events.get(0));
        assertEquals(t.started().id(), event.started());
    }

    @Test
    @DisplayName("EU-3 a transfer of an unsold unit or to an unknown owner is refused and changes nothing")
    void eu3_transferRefusals() {
        f.addResidence("A1", "U1");
        f.registerOwner("O1");
        assertThrows(PropertyConflictException.class, () -> f.service.transfer(
                new TransferOwnership("U1", List.of(Buyer.of("O1")), ServiceFixture.TODAY)));
        Ownership o = sell("U1", "O1");
        assertThrows(PropertyNotFoundException.class, () -> f.service.transfer(
                new TransferOwnership("U1", List.of(Buyer.of("O9")), ServiceFixture.TODAY)));
        assertEquals(o, f.service.currentOwnership(UnitId.of("U1")).orElseThrow());
        assertEquals(1, f.store.ownershipTable.size());
    }

    @Test
    @DisplayName("EU-3 registering an owner without an id makes one; a taken id is refused")
    void eu3_registerOwnerIds() {
        Owner made = f.service.registerOwner(ServiceFixture.sampleOwner(null).build());
        assertTrue(made.id().value().startsWith("t-O-"), made.id().value());
        f.registerOwner("O1");
        assertThrows(PropertyConflictException.class, () -> f.registerOwner("O1"));
    }

    @Test
    @DisplayName("EU-3 the owner's profile is stored as registered; blank optional texts are unknown")
    void eu3_profileIsStored() {
        Owner o = f.service.registerOwner(ServiceFixture.sampleOwner("O1").work(" ", null).idCardNumber("11010519491231002x")
                .outstandingItem("L1", OutstandingItem.Kind.CONSTRUCTION_LEFTOVER, "balcony railing").build());
        assertEquals("Wang Fang", o.profile().name());
        assertEquals(null, o.profile().occupation());
        assertEquals("11010519491231002X", o.profile().idCardNumber().value());
        assertEquals(2, o.profile().phones().size());
        assertEquals("L1", o.outstandingItems().get(0).reference());
        assertEquals(o, f.service.findOwner(OwnerId.of("O1")).orElseThrow());
    }

    @Test
    @DisplayName("EU-3 every command publishes its event with a stable id and the clock's instant")
    void eu3_eventsAreStamped() {
        f.addResidence("A1", "U1");
        f.registerOwner("O1");
        List<String> ids = f.events.stream().map(DomainEvent::eventId).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertTrue(f.events.stream().allMatch(e -> e.occurredAt().equals(ServiceFixture.CLOCK.instant())));
        assertTrue(f.events.stream().anyMatch(e -> e instanceof OwnerRegistered r && r.owner().value().equals("O1")));
        assertTrue(f.events.stream().anyMatch(e -> e instanceof EstateRegistered));
        assertTrue(f.events.stream().anyMatch(e -> e instanceof PlotAdded));
        assertTrue(f.events.stream().anyMatch(e -> e instanceof BuildingAdded));
        assertTrue(f.events.stream().anyMatch(e -> e instanceof UnitAdded));
    }

    @Test
    @DisplayName("EU-3 a profile update replaces the profile and publishes the fields that changed, without values")
    void eu3_updateOwnerProfile() {
        Owner before = f.registerOwner("O1");
        f.clearEvents();
        Owner after = f.service.updateOwnerProfile(UpdateOwnerProfile.builderFrom(before).age(43).work("teacher", null)
                .phones(List.of("13812345678")).classification(CustomerOrigin.OTHER_PROVINCE,
                        PropertyRightType.COMMODITY_HOUSING).build());
        assertEquals(43, after.profile().age());
        assertEquals("teacher", after.profile().occupation());
        assertEquals(null, after.profile().employer());
        assertEquals(List.of(PhoneNumber.parse("13812345678")), after.profile().phones());
        assertEquals(CustomerOrigin.OTHER_PROVINCE, after.origin());
        assertEquals(before.profile().name(), after.profile().name());
        assertEquals(before.version() + 1, after.version());
        assertEquals(after, f.service.findOwner(OwnerId.of("O1")).orElseThrow());
        OwnerProfileUpdated event = assertInstanceOf(OwnerProfileUpdated.class, f.events.get(0));
        assertEquals(List.of(OwnerProfileUpdated.Field.AGE, OwnerProfileUpdated.Field.OCCUPATION,
                OwnerProfileUpdated.Field.EMPLOYER, OwnerProfileUpdated.Field.PHONES, OwnerProfileUpdated.Field.ORIGIN),
                event.changed());
        assertEquals(OwnerId.of("O1"), event.owner());
        assertEquals(ServiceFixture.CLOCK.instant(), event.occurredAt());
        assertEquals(1, f.events.size());
    }

    @Test
    @DisplayName("EU-3 a profile update that changes nothing stores and publishes nothing; an unknown owner is refused")
    void eu3_updateOwnerProfileWithoutChangeOrOwner() {
        Owner before = f.registerOwner("O1");
        f.clearEvents();
        assertEquals(before, f.service.updateOwnerProfile(UpdateOwnerProfile.builderFrom(before).build()));
        assertEquals(before, f.service.findOwner(OwnerId.of("O1")).orElseThrow());
        PropertyNotFoundException e = assertThrows(PropertyNotFoundException.class, () -> f.service.updateOwnerProfile(
                UpdateOwnerProfile.builder("O9").name("Li Lei").phones(List.of("13912345678"))
                        .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING).build()));
        assertEquals("owner O9 not found", e.getMessage());
        assertTrue(f.events.isEmpty());
    }

    @Test
    @DisplayName("EU-3 an outstanding item is recorded with its event (reference and kind); a taken reference is refused")
    void eu3_recordOutstandingItem() {
        f.registerOwner("O1");
        f.clearEvents();
        Owner o = f.service.recordOutstandingItem(new RecordOutstandingItem("O1", "L1",
                OutstandingItem.Kind.CONSTRUCTION_LEFTOVER, "balcony railing loose"));
        assertEquals(List.of(new OutstandingItem("L1", OutstandingItem.Kind.CONSTRUCTION_LEFTOVER, "balcony railing loose")),
                o.outstandingItems());
        OutstandingItemRecorded event = assertInstanceOf(OutstandingItemRecorded.class, f.events.get(0));
        assertEquals(new OutstandingItemRecorded(event.eventId(), ServiceFixture.CLOCK.instant(), OwnerId.of("O1"), "L1",
                OutstandingItem.Kind.CONSTRUCTION_LEFTOVER), event);
        PropertyConflictException e = assertThrows(PropertyConflictException.class, () -> f.service.recordOutstandingItem(
                new RecordOutstandingItem("O1", "L1", OutstandingItem.Kind.COMPENSATION, "other")));
        assertEquals("owner O1 already has outstanding item L1", e.getMessage());
        assertThrows(PropertyNotFoundException.class, () -> f.service.recordOutstandingItem(
                new RecordOutstandingItem("O9", "L1", OutstandingItem.Kind.COMPENSATION, "other")));
        assertEquals(o, f.service.findOwner(OwnerId.of("O1")).orElseThrow());
        assertEquals(1, f.events.size());
    }

    @Test
    @DisplayName("EU-3 an owner keeps at most 50 open items: the 51st is refused and changes nothing")
    void eu3_mostOutstandingItems() {
        f.registerOwner("O1");
        for (int i = 1; i <= Owner.MAX_ITEMS; i++) {
            f.service.recordOutstandingItem(new RecordOutstandingItem("O1", "L" + i, OutstandingItem.Kind.COMPENSATION,
                    "item " + i));
        }
        f.clearEvents();
        PropertyConflictException e = assertThrows(PropertyConflictException.class, () -> f.service.recordOutstandingItem(
                new RecordOutstandingItem("O1", "L51", OutstandingItem.Kind.COMPENSATION, "one more")));
        assertEquals("owner O1 already has 50 outstanding items, the most kept", e.getMessage());
        assertEquals(Owner.MAX_ITEMS, f.service.findOwner(OwnerId.of("O1")).orElseThrow().outstandingItems().size());
        assertTrue(f.events.isEmpty());
    }

    @Test
    @DisplayName("EU-3 settling an item removes it and publishes its reference and kind; an unknown reference is refused")
    void eu3_settleOutstandingItem() {
        f.service.registerOwner(ServiceFixture.sampleOwner("O1")
                .outstandingItem("L1", OutstandingItem.Kind.CONSTRUCTION_LEFTOVER, "balcony railing")
                .outstandingItem("C1", OutstandingItem.Kind.COMPENSATION, "water damage").build());
        f.clearEvents();
        Owner o = f.service.settleOutstandingItem(new SettleOutstandingItem("O1", "C1"));
        assertEquals(List.of("L1"), o.outstandingItems().stream().map(OutstandingItem::reference).toList());
        OutstandingItemSettled event = assertInstanceOf(OutstandingItemSettled.class, f.events.get(0));
        assertEquals("C1", event.reference());
        assertEquals(OutstandingItem.Kind.COMPENSATION, event.kind());
        PropertyNotFoundException e = assertThrows(PropertyNotFoundException.class,
                () -> f.service.settleOutstandingItem(new SettleOutstandingItem("O1", "C1")));
        assertEquals("outstanding item O1/C1 not found", e.getMessage());
        assertEquals(o, f.service.findOwner(OwnerId.of("O1")).orElseThrow());
        assertEquals(1, f.events.size());
    }

    @Test
    @DisplayName("EU-3 a payment status change publishes from and to; the same status stores and publishes nothing")
    void eu3_changePaymentStatus() {
        Owner before = f.registerOwner("O1");
        f.clearEvents();
        Owner after = f.service.changePaymentStatus(new ChangePaymentStatus("O1", PaymentStatus.IN_ARREARS));
        assertEquals(PaymentStatus.IN_ARREARS, after.paymentStatus());
        assertEquals(before.version() + 1, after.version());
        PaymentStatusChanged event = assertInstanceOf(PaymentStatusChanged.class, f.events.get(0));
        assertEquals(PaymentStatus.PAID_UP, event.from());
        assertEquals(PaymentStatus.IN_ARREARS, event.to());
        assertEquals(after, f.service.changePaymentStatus(new ChangePaymentStatus("O1", PaymentStatus.IN_ARREARS)));
        assertThrows(PropertyNotFoundException.class,
                () -> f.service.changePaymentStatus(new ChangePaymentStatus("O9", PaymentStatus.PAID_UP)));
        assertEquals(1, f.events.size());
    }

    @Test
    @DisplayName("CP-2/EU-3 an invalid owner command is refused before the store is read")
    void cp2_invalidOwnerCommandsChangeNothing() {
        Owner before = f.registerOwner("O1");
        f.clearEvents();
        assertThrows(InvalidCommandException.class,
                () -> f.service.updateOwnerProfile(UpdateOwnerProfile.builderFrom(before).phones(List.of()).build()));
        assertThrows(InvalidCommandException.class, () -> f.service.recordOutstandingItem(
                new RecordOutstandingItem("O1", "L1", OutstandingItem.Kind.COMPENSATION, " ")));
        assertThrows(InvalidCommandException.class,
                () -> f.service.changePaymentStatus(new ChangePaymentStatus("O1", null)));
        assertEquals(before, f.service.findOwner(OwnerId.of("O1")).orElseThrow());
        assertTrue(f.events.isEmpty());
    }

    @Test
    @DisplayName("EU-1 units of a building, a plot and an estate page in id order")
    void eu1_unitQueries() {
        f.addResidence("A1", "U3");
        f.addResidence("A2", "U1");
        f.addResidence("B1", "U2");
        assertEquals(List.of(UnitId.of("U3")), unitIds(f.service.unitsOfBuilding(BuildingId.of("A1"), PageRequest.first(10))));
        assertEquals(List.of(UnitId.of("U1"), UnitId.of("U3")),
                unitIds(f.service.unitsOfPlot(PlotId.of("A"), PageRequest.first(10))));
        Page<Unit> first = f.service.unitsOfEstate(EstateId.of("E1"), PageRequest.first(2));
        assertEquals(List.of(UnitId.of("U1"), UnitId.of("U2")), unitIds(first));
        assertTrue(first.hasMore());
        assertEquals(List.of(UnitId.of("U3")), unitIds(f.service.unitsOfEstate(EstateId.of("E1"), first.request().next())));
    }

    private static List<UnitId> unitIds(Page<Unit> page) {
        return page.items().stream().map(Unit::id).toList();
    }
}
