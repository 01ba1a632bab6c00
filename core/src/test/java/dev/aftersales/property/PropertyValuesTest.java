package dev.aftersales.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The value types of the property model (rules EU-1, EU-3). */
class PropertyValuesTest {

    @Test
    @DisplayName("IN-3 an area with an extreme exponent is refused with an IllegalArgumentException, never an ArithmeticException")
    void in3_extremeExponentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Area.ofSquareMetres(new BigDecimal("1E+2147483647")));
        assertThrows(IllegalArgumentException.class, () -> Area.ofSquareMetres(new BigDecimal("-1E+2147483647")));
        assertThrows(IllegalArgumentException.class, () -> Area.ofSquareMetres(new BigDecimal("1E-2147483647")));
    }

    @Test
    @DisplayName("EU-1 an area is positive, has at most two decimals, and equal amounts are equal")
    void eu1_area() {
        assertEquals(Area.parse("89.5"), Area.parse("89.50"));
        assertEquals(Area.parse("100"), Area.ofSquareMetres(new BigDecimal("1E+2")));
        assertEquals("100 m2", Area.parse("100.00").toString());
        assertThrows(IllegalArgumentException.class, () -> Area.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> Area.parse("-1"));
        assertThrows(IllegalArgumentException.class, () -> Area.parse("1.005"));
        assertThrows(IllegalArgumentException.class, () -> Area.parse("10000000"));
        assertTrue(Area.parse("10").compareTo(Area.parse("9.99")) > 0);
    }

    @Test
    @DisplayName("EU-3 phone numbers: mobile or landline with area code; spaces are ignored")
    void eu3_phoneNumbers() {
        assertTrue(PhoneNumber.parse("139 1234 5678").isMobile());
        assertFalse(PhoneNumber.parse("0571-88776655").isMobile());
        assertEquals("02088776655", PhoneNumber.parse("020 88776655").value());
        assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse("12912345678"));
    }

    @Test
    @DisplayName("EU-3 id-card numbers: 17 digits and a digit or X, lower-case x accepted on parse")
    void eu3_idCardNumbers() {
        assertEquals("11010519491231002X", IdCardNumber.parse(" 11010519491231002x ").value());
        assertThrows(IllegalArgumentException.class, () -> new IdCardNumber("11010519491231002x"));
        assertThrows(IllegalArgumentException.class, () -> IdCardNumber.parse("1101051949123100"));
    }

    @Test
    @DisplayName("EU-3 outstanding items are recorded and settled by reference")
    void eu3_outstandingItems() {
        Owner owner = Owner.create(OwnerId.of("O1"), OwnerProfile.of("n", List.of(PhoneNumber.parse("13912345678"))),
                CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.NOT_YET_DUE);
        OutstandingItem leftover = new OutstandingItem("L1", OutstandingItem.Kind.CONSTRUCTION_LEFTOVER, "railing");
        Owner open = owner.recordOutstandingItem(leftover);
        assertEquals(List.of(leftover), open.outstandingItems());
        assertThrows(IllegalArgumentException.class, () -> open.recordOutstandingItem(leftover));
        assertEquals(List.of(), open.settleOutstandingItem("L1").outstandingItems());
        assertThrows(IllegalArgumentException.class, () -> owner.settleOutstandingItem("L1"));
        assertEquals(PaymentStatus.IN_ARREARS, open.withPaymentStatus(PaymentStatus.IN_ARREARS).paymentStatus());
    }

    @Test
    @DisplayName("EU-2 a parking space is usable only in condition USABLE; other kinds never count")
    void eu2_usableParkingSpace() {
        Plot plot = Plot.create(PlotId.of("A"), EstateId.of("E1"), "A");
        Building garage = Building.create(BuildingId.of("G1"), plot, "Garage");
        Unit space = Unit.create(UnitId.of("P1"), garage, "B1-001", UnitKind.PARKING_SPACE, Area.parse("12.5"),
                UnitUsage.OTHER, UnitCondition.USABLE);
        assertTrue(space.isUsableParkingSpace());
        assertFalse(space.withCondition(UnitCondition.RESERVED).isUsableParkingSpace());
        Unit bikes = Unit.create(UnitId.of("N1"), garage, "B1-N", UnitKind.NON_MOTOR_PARKING, Area.parse("1"),
                UnitUsage.OTHER, UnitCondition.USABLE);
        assertFalse(bikes.isUsableParkingSpace());
    }

    @Test
    @DisplayName("EU-1 names must not be blank; versions must not be negative")
    void eu1_recordChecks() {
        assertThrows(IllegalArgumentException.class, () -> Estate.create(EstateId.of("E1"), " "));
        assertThrows(IllegalArgumentException.class, () -> new Estate(EstateId.of("E1"), "E", -1));
        assertThrows(NullPointerException.class, () -> Plot.create(PlotId.of("A"), null, "A"));
    }
}
