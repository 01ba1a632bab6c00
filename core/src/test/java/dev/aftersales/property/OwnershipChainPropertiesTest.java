package dev.aftersales.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.common.PageRequest;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rule EU-3 and WA-1 as properties: any sequence of handovers and transfers of one unit keeps exactly
 * one current ownership, a history chained by predecessor and successor in date order, a handover
 * date that never changes once set, and refuses a second handover without changing anything.
 */
class OwnershipChainPropertiesTest {

    /** One step: hand over, or transfer to some of the owners O1..O4, {@code days} after the last date. */
    record Step(boolean handOver, List<Integer> newOwners, int days) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 4).set().ofMinSize(1).ofMaxSize(3).map(s -> List.copyOf(s)),
                Arbitraries.integers().between(0, 40)).as(Step::new);
        return step.list().ofMaxSize(12);
    }

    @Property(tries = 100)
    void eu3_anySequenceKeepsOneCurrentOwnershipAndTheHandoverDate(@ForAll("steps") List<Step> steps) {
        ServiceFixture f = new ServiceFixture().withEstate();
        f.addResidence("A1", "U1");
        for (int i = 1; i <= 4; i++) {
            f.registerOwner("O" + i);
        }
        LocalDate date = ServiceFixture.TODAY.minusDays(600);
        f.service.signContract(new SignContract("U1", List.of(Buyer.of("O1")), date));
        LocalDate handedOverOn = null;
        for (Step step : steps) {
            date = date.plusDays(step.days());
            Ownership current = f.service.currentOwnership(UnitId.of("U1")).orElseThrow();
            if (step.handOver()) {
                HandOverUnit command = new HandOverUnit("U1", date, Actor.staff("S-1"));
                if (handedOverOn != null) {
                    assertThrows(OwnershipStepException.class, () -> f.service.handOver(command));
                    assertEquals(current, f.service.currentOwnership(UnitId.of("U1")).orElseThrow());
                } else {
                    f.service.handOver(command);
                    handedOverOn = date;
                }
            } else {
                List<Buyer> buyers = step.newOwners().stream().map(i -> Buyer.of("O" + i)).toList();
                List<OwnerId> ids = buyers.stream().map(b -> OwnerId.of(b.ownerId())).toList();
                if (java.util.Set.copyOf(current.owners()).equals(java.util.Set.copyOf(CoOwner.equalShares(ids)))) {
                    continue;
                }
                f.service.transfer(new TransferOwnership("U1", buyers, date));
            }
            assertInvariants(f, handedOverOn);
        }
    }

    private static void assertInvariants(ServiceFixture f, LocalDate handedOverOn) {
        List<Ownership> history = f.store.ownerships().findByUnit(UnitId.of("U1"), PageRequest.first(100)).items();
        List<Ownership> current = history.stream().filter(Ownership::isCurrent).toList();
        assertEquals(1, current.size());
        assertEquals(current.get(0).id(), f.service.findUnit(UnitId.of("U1")).orElseThrow().currentOwnership());
        assertEquals(handedOverOn, current.get(0).handedOverOn());
        Ownership first = history.stream().filter(o -> o.previous() == null).findFirst().orElseThrow();
        Ownership walk = first;
        int seen = 1;
        while (walk.successor() != null) {
            Ownership next = f.store.ownerships().findById(walk.successor()).orElseThrow();
            assertEquals(walk.id(), next.previous());
            assertEquals(walk.endedOn(), next.contractSignedOn());
            assertTrue(!next.contractSignedOn().isBefore(walk.contractSignedOn()));
            walk = next;
            seen++;
        }
        assertEquals(history.size(), seen);
        assertNull(walk.endedOn());
    }
}
