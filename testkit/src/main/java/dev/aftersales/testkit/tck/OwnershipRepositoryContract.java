package dev.aftersales.testkit.tck;

import static dev.aftersales.testkit.tck.PropertySamples.endedOwnership;
import static dev.aftersales.testkit.tck.PropertySamples.ownership;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.CoOwner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.Ownership;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.Share;
import dev.aftersales.property.UnitId;
import dev.aftersales.spi.OwnershipRepository;
import dev.aftersales.spi.StaleWriteException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contracts of {@link OwnershipRepository}: the owner–unit relation of rule EU-3. */
public abstract class OwnershipRepositoryContract extends PropertyContractSupport {

    /** Creates the contract. */
    protected OwnershipRepositoryContract() {
    }

    private OwnershipRepository repo() {
        return store.ownerships();
    }

    @Test
    @DisplayName("EU-3 a saved ownership is found equal: co-owners in order with shares, dates, actor, successor")
    void saveAndFindEveryField() {
        Ownership coOwned = Ownership.sign(OwnershipId.of("OS-1"), UnitId.of("U1"),
                List.of(new CoOwner(OwnerId.of("O2"), Share.of(2, 3)), new CoOwner(OwnerId.of("O1"), Share.of(1, 3))),
                PropertySamples.SIGNED).handOver(PropertySamples.SIGNED.plusDays(90), Actor.department(
                        dev.aftersales.common.DepartmentId.of("D-CS")));
        Ownership stored = repo().save(coOwned);
        assertEquals(coOwned.withVersion(1), stored);
        assertEquals(stored, repo().findById(OwnershipId.of("OS-1")).orElseThrow());
        Ownership ended = repo().save(endedOwnership("OS-2", "OS-3", "U2", "O1"));
        assertEquals(ended, repo().findById(OwnershipId.of("OS-2")).orElseThrow());
        Ownership started = repo().save(ownership("OS-1", "U1", "O1").transferTo(OwnershipId.of("OS-4"),
                CoOwner.sole(OwnerId.of("O9")), PropertySamples.SIGNED).started());
        assertEquals(OwnershipId.of("OS-1"), repo().findById(OwnershipId.of("OS-4")).orElseThrow().previous());
        assertEquals(started, repo().findById(OwnershipId.of("OS-4")).orElseThrow());
    }

    @Test
    @DisplayName("finding a missing ownership returns empty; queries for unknown units and owners are empty")
    void missingIsEmpty() {
        assertTrue(repo().findById(OwnershipId.of("nope")).isEmpty());
        assertTrue(repo().findByUnit(UnitId.of("nope"), PageRequest.first(5)).items().isEmpty());
        assertTrue(repo().findCurrentByOwner(OwnerId.of("nope"), PageRequest.first(5)).items().isEmpty());
    }

    @Test
    @DisplayName("a stale update throws StaleWriteException and changes nothing")
    void staleUpdateChangesNothing() {
        Ownership v1 = repo().save(ownership("OS-1", "U1", "O1"));
        Ownership v2 = repo().save(v1.handOver(PropertySamples.SIGNED.plusDays(1), Actor.staff("S-1")));
        assertThrows(StaleWriteException.class,
                () -> repo().save(v1.handOver(PropertySamples.SIGNED.plusDays(2), Actor.staff("S-2"))));
        assertEquals(v2, repo().findById(OwnershipId.of("OS-1")).orElseThrow());
    }

    @Test
    @DisplayName("inserting an existing id or updating a missing ownership throws StaleWriteException")
    void insertExistingAndUpdateMissing() {
        Ownership stored = repo().save(ownership("OS-1", "U1", "O1"));
        assertThrows(StaleWriteException.class, () -> repo().save(ownership("OS-1", "U2", "O2")));
        assertEquals(stored, repo().findById(OwnershipId.of("OS-1")).orElseThrow());
        assertThrows(StaleWriteException.class, () -> repo().save(ownership("OS-9", "U1", "O1").withVersion(5)));
        assertTrue(repo().findById(OwnershipId.of("OS-9")).isEmpty());
    }

    @Test
    @DisplayName("EU-3 the history of a unit comes in contract-date order, then id order")
    void historyOfAUnit() {
        Ownership first = ownership("OS-9", "U1", "O1");
        Ownership sameDay = ownership("OS-5", "U1", "O3");
        Ownership later = Ownership.sign(OwnershipId.of("OS-1"), UnitId.of("U1"), CoOwner.sole(OwnerId.of("O2")),
                PropertySamples.SIGNED.plusYears(1));
        repo().save(later);
        repo().save(first);
        repo().save(sameDay);
        repo().save(ownership("OS-7", "U2", "O1"));
        assertEquals(List.of("OS-5", "OS-9", "OS-1"), ids(repo().findByUnit(UnitId.of("U1"), PageRequest.first(10))));
        assertEquals(List.of("OS-5", "OS-9"), ids(repo().findByUnit(UnitId.of("U1"), PageRequest.first(2))));
        assertEquals(List.of("OS-1"), ids(repo().findByUnit(UnitId.of("U1"), PageRequest.first(2).next())));
    }

    @Test
    @DisplayName("EU-3 units of an owner: current ownerships only, co-owned ones included, in unit-id order")
    void currentOwnershipsOfAnOwner() {
        repo().save(ownership("OS-1", "U3", "O1"));
        repo().save(ownership("OS-2", "U1", "O2", "O1"));
        repo().save(endedOwnership("OS-3", "OS-8", "U2", "O1"));
        repo().save(ownership("OS-4", "U4", "O2"));
        assertEquals(List.of("OS-2", "OS-1"), ids(repo().findCurrentByOwner(OwnerId.of("O1"), PageRequest.first(10))));
        assertEquals(List.of("OS-2", "OS-4"), ids(repo().findCurrentByOwner(OwnerId.of("O2"), PageRequest.first(10))));
        Page<Ownership> first = repo().findCurrentByOwner(OwnerId.of("O1"), PageRequest.first(1));
        assertTrue(first.hasMore());
        assertEquals(List.of("OS-1"), ids(repo().findCurrentByOwner(OwnerId.of("O1"), first.request().next())));
    }

    @Test
    @DisplayName("EU-3 an ownership that is transferred leaves its owner's current units")
    void transferLeavesCurrentUnits() {
        Ownership v1 = repo().save(ownership("OS-1", "U1", "O1"));
        List<String> before = ids(repo().findCurrentByOwner(OwnerId.of("O1"), PageRequest.first(5)));
        var transfer = v1.transferTo(OwnershipId.of("OS-2"), CoOwner.sole(OwnerId.of("O2")), PropertySamples.SIGNED);
        repo().save(transfer.ended());
        repo().save(transfer.started());
        assertEquals(List.of("OS-1"), before);
        assertTrue(repo().findCurrentByOwner(OwnerId.of("O1"), PageRequest.first(5)).items().isEmpty());
        assertEquals(List.of("OS-2"), ids(repo().findCurrentByOwner(OwnerId.of("O2"), PageRequest.first(5))));
    }

    private static List<String> ids(Page<Ownership> page) {
        return new ArrayList<>(page.items().stream().map(Ownership::idText).toList());
    }
}
