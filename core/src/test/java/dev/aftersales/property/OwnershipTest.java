package dev.aftersales.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The life of an ownership: contract, handover, transfer, co-owners (rules EU-3, WA-1). */
class OwnershipTest {

    private static final UnitId UNIT = UnitId.of("U-1");
    private static final OwnerId WANG = OwnerId.of("O-1");
    private static final OwnerId LI = OwnerId.of("O-2");
    private static final OwnerId ZHAO = OwnerId.of("O-3");
    private static final LocalDate SIGNED = LocalDate.of(2024, 3, 1);
    private static final Actor ENGINEER = Actor.staff("S-7");

    private static Ownership signed() {
        return Ownership.sign(OwnershipId.of("OS-1"), UNIT, CoOwner.sole(WANG), SIGNED);
    }

    @Test
    @DisplayName("EU-3 a signed contract starts an ownership not yet handed over")
    void eu3_signedContractIsNotHandedOver() {
        Ownership o = signed();
        assertEquals(OwnershipState.CONTRACT_SIGNED, o.state());
        assertTrue(o.isCurrent());
        assertFalse(o.isHandedOver());
        assertEquals(List.of(WANG), o.ownerIds());
    }

    @Test
    @DisplayName("EU-3/WA-1 handover records the date and who handed over")
    void eu3_handOverRecordsDateAndActor() {
        Ownership o = signed().handOver(LocalDate.of(2024, 9, 30), ENGINEER);
        assertEquals(OwnershipState.HANDED_OVER, o.state());
        assertEquals(LocalDate.of(2024, 9, 30), o.handedOverOn());
        assertEquals(ENGINEER, o.handedOverBy());
    }

    @Test
    @DisplayName("EU-3 handover on the contract day is allowed")
    void eu3_handOverOnContractDay() {
        assertEquals(SIGNED, signed().handOver(SIGNED, ENGINEER).handedOverOn());
    }

    @Test
    @DisplayName("EU-3 a unit cannot be handed over twice; the message names ownership, unit, state and step")
    void eu3_handOverTwiceIsRefused() {
        Ownership handed = signed().handOver(LocalDate.of(2024, 9, 30), ENGINEER);
        OwnershipStepException e = assertThrows(OwnershipStepException.class,
                () -> handed.handOver(LocalDate.of(2024, 10, 1), ENGINEER));
        assertEquals(OwnershipState.HANDED_OVER, e.state());
        assertEquals("hand over", e.step());
        assertTrue(e.getMessage().contains("OS-1") && e.getMessage().contains("U-1")
                && e.getMessage().contains("HANDED_OVER") && e.getMessage().contains("2024-09-30"), e.getMessage());
    }

    @Test
    @DisplayName("EU-3 handover before the contract date is refused")
    void eu3_handOverBeforeContractIsRefused() {
        OwnershipStepException e = assertThrows(OwnershipStepException.class,
                () -> signed().handOver(SIGNED.minusDays(1), ENGINEER));
        assertEquals(OwnershipState.CONTRACT_SIGNED, e.state());
    }

    @Test
    @DisplayName("EU-3 a transfer ends the ownership and starts one for the new owner")
    void eu3_transferEndsOneOwnershipAndStartsAnother() {
        Ownership handed = signed().handOver(LocalDate.of(2024, 9, 30), ENGINEER);
        OwnershipTransfer t = handed.transferTo(OwnershipId.of("OS-2"), CoOwner.sole(LI), LocalDate.of(2025, 2, 1));
        assertEquals(OwnershipState.TRANSFERRED, t.ended().state());
        assertFalse(t.ended().isCurrent());
        assertEquals(LocalDate.of(2025, 2, 1), t.ended().endedOn());
        assertEquals(OwnershipId.of("OS-2"), t.ended().successor());
        assertEquals(OwnershipId.of("OS-1"), t.started().previous());
        assertEquals(List.of(LI), t.started().ownerIds());
        assertEquals(LocalDate.of(2025, 2, 1), t.started().contractSignedOn());
        assertEquals(0, t.started().version());
    }

    @Test
    @DisplayName("WA-1 a transfer after handover keeps the handover date: warranty does not restart")
    void wa1_transferKeepsHandoverDate() {
        Ownership handed = signed().handOver(LocalDate.of(2024, 9, 30), ENGINEER);
        Ownership started = handed.transferTo(OwnershipId.of("OS-2"), CoOwner.sole(LI), LocalDate.of(2025, 2, 1))
                .started();
        assertEquals(OwnershipState.HANDED_OVER, started.state());
        assertEquals(LocalDate.of(2024, 9, 30), started.handedOverOn());
        assertThrows(OwnershipStepException.class, () -> started.handOver(LocalDate.of(2025, 3, 1), ENGINEER));
    }

    @Test
    @DisplayName("EU-3 a transfer before handover leaves the new ownership to be handed over")
    void eu3_transferBeforeHandover() {
        Ownership started = signed().transferTo(OwnershipId.of("OS-2"), CoOwner.sole(LI), LocalDate.of(2024, 5, 1))
                .started();
        assertEquals(OwnershipState.CONTRACT_SIGNED, started.state());
        assertNull(started.handedOverOn());
        assertThrows(OwnershipStepException.class, () -> started.handOver(LocalDate.of(2024, 4, 30), ENGINEER));
        assertEquals(OwnershipState.HANDED_OVER, started.handOver(LocalDate.of(2024, 5, 1), ENGINEER).state());
    }

    @Test
    @DisplayName("EU-3 an ended ownership can be neither handed over nor transferred again")
    void eu3_endedOwnershipRefusesSteps() {
        Ownership ended = signed().transferTo(OwnershipId.of("OS-2"), CoOwner.sole(LI), LocalDate.of(2024, 5, 1))
                .ended();
        OwnershipStepException transfer = assertThrows(OwnershipStepException.class,
                () -> ended.transferTo(OwnershipId.of("OS-3"), CoOwner.sole(ZHAO), LocalDate.of(2024, 6, 1)));
        assertEquals(OwnershipState.TRANSFERRED, transfer.state());
        assertThrows(OwnershipStepException.class, () -> ended.handOver(LocalDate.of(2024, 6, 1), ENGINEER));
    }

    @Test
    @DisplayName("EU-3 a transfer dated before the handover, to the same owners or under the same id is refused")
    void eu3_badTransfersAreRefused() {
        Ownership handed = signed().handOver(LocalDate.of(2024, 9, 30), ENGINEER);
        assertThrows(OwnershipStepException.class,
                () -> handed.transferTo(OwnershipId.of("OS-2"), CoOwner.sole(LI), LocalDate.of(2024, 9, 29)));
        assertThrows(OwnershipStepException.class,
                () -> handed.transferTo(OwnershipId.of("OS-2"), CoOwner.sole(WANG), LocalDate.of(2024, 10, 1)));
        assertThrows(OwnershipStepException.class,
                () -> handed.transferTo(OwnershipId.of("OS-1"), CoOwner.sole(LI), LocalDate.of(2024, 10, 1)));
    }

    @Test
    @DisplayName("EU-3 co-owners hold shares that add up to one; each can be asked for")
    void eu3_coOwnersWithShares() {
        List<CoOwner> couple = List.of(new CoOwner(WANG, Share.of(2, 3)), new CoOwner(LI, Share.of(1, 3)));
        Ownership o = Ownership.sign(OwnershipId.of("OS-1"), UNIT, couple, SIGNED);
        assertEquals(List.of(WANG, LI), o.ownerIds());
        assertEquals(Share.of(2, 3), o.shareOf(WANG).orElseThrow());
        assertTrue(o.isOwnedBy(LI));
        assertFalse(o.isOwnedBy(ZHAO));
    }

    @Test
    @DisplayName("EU-3 co-owners by equal shares: three owners hold 1/3 each")
    void eu3_equalShares() {
        List<CoOwner> three = CoOwner.equalShares(List.of(WANG, LI, ZHAO));
        Ownership o = Ownership.sign(OwnershipId.of("OS-1"), UNIT, three, SIGNED);
        assertEquals(Share.of(1, 3), o.shareOf(ZHAO).orElseThrow());
    }

    @Test
    @DisplayName("EU-3 shares not adding up to one, a repeated owner or no owner are refused")
    void eu3_invalidCoOwnersAreRefused() {
        OwnershipId id = OwnershipId.of("OS-1");
        assertThrows(IllegalArgumentException.class, () -> Ownership.sign(id, UNIT,
                List.of(new CoOwner(WANG, Share.of(1, 2)), new CoOwner(LI, Share.of(1, 3))), SIGNED));
        assertThrows(IllegalArgumentException.class, () -> Ownership.sign(id, UNIT,
                List.of(new CoOwner(WANG, Share.of(1, 2)), new CoOwner(WANG, Share.of(1, 2))), SIGNED));
        assertThrows(IllegalArgumentException.class, () -> Ownership.sign(id, UNIT, List.of(), SIGNED));
    }

    @Test
    @DisplayName("EU-3 a transfer between co-owners that only changes the shares is a real transfer")
    void eu3_transferChangingSharesOnly() {
        Ownership o = Ownership.sign(OwnershipId.of("OS-1"), UNIT, CoOwner.equalShares(List.of(WANG, LI)), SIGNED);
        List<CoOwner> newShares = List.of(new CoOwner(WANG, Share.of(3, 4)), new CoOwner(LI, Share.of(1, 4)));
        Ownership started = o.transferTo(OwnershipId.of("OS-2"), newShares, SIGNED.plusDays(10)).started();
        assertEquals(Share.of(3, 4), started.shareOf(WANG).orElseThrow());
    }
}
