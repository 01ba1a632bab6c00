package dev.aftersales.testkit.tck;

import static dev.aftersales.testkit.tck.PropertySamples.minimalOwner;
import static dev.aftersales.testkit.tck.PropertySamples.owner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.Owner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.spi.OwnerRepository;
import dev.aftersales.spi.StaleWriteException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contracts of {@link OwnerRepository}: owners with the profile of rule EU-3. */
public abstract class OwnerRepositoryContract extends PropertyContractSupport {

    /** Creates the contract. */
    protected OwnerRepositoryContract() {
    }

    private OwnerRepository repo() {
        return store.owners();
    }

    @Test
    @DisplayName("EU-3 a saved owner is found equal to what was saved: every profile field and item kept")
    void saveAndFindFullProfile() {
        Owner stored = repo().save(owner("O1"));
        assertEquals(owner("O1").withVersion(1), stored);
        Owner found = repo().findById(OwnerId.of("O1")).orElseThrow();
        assertEquals(stored, found);
        assertEquals(stored.profile().name(), found.profile().name());
        assertEquals(stored.profile().phones(), found.profile().phones());
        assertEquals(stored.outstandingItems(), found.outstandingItems());
    }

    @Test
    @DisplayName("EU-3 unknown optional profile fields stay unknown")
    void saveAndFindMinimalProfile() {
        Owner stored = repo().save(minimalOwner("O2"));
        Owner found = repo().findById(OwnerId.of("O2")).orElseThrow();
        assertEquals(stored, found);
        assertEquals(null, found.profile().age());
        assertEquals(null, found.profile().idCardNumber());
        assertTrue(found.outstandingItems().isEmpty());
    }

    @Test
    @DisplayName("finding a missing owner returns empty")
    void missingIsEmpty() {
        assertTrue(repo().findById(OwnerId.of("nope")).isEmpty());
        assertTrue(repo().findAll(PageRequest.first(3)).items().isEmpty());
    }

    @Test
    @DisplayName("a stale update throws StaleWriteException and changes nothing")
    void staleUpdateChangesNothing() {
        Owner v1 = repo().save(owner("O1"));
        Owner v2 = repo().save(v1.withPaymentStatus(PaymentStatus.IN_ARREARS));
        assertThrows(StaleWriteException.class, () -> repo().save(v1.settleOutstandingItem("L1")));
        assertEquals(v2, repo().findById(OwnerId.of("O1")).orElseThrow());
    }

    @Test
    @DisplayName("inserting an existing id or updating a missing owner throws StaleWriteException and changes nothing")
    void insertExistingAndUpdateMissing() {
        Owner stored = repo().save(owner("O1"));
        assertThrows(StaleWriteException.class, () -> repo().save(minimalOwner("O1")));
        assertEquals(stored, repo().findById(OwnerId.of("O1")).orElseThrow());
        assertThrows(StaleWriteException.class, () -> repo().save(minimalOwner("O9").withVersion(2)));
        assertTrue(repo().findById(OwnerId.of("O9")).isEmpty());
    }

    @Test
    @DisplayName("paging through all owners follows id order, neither repeating nor skipping one")
    void pagingIsStable() {
        List<String> expected = new ArrayList<>();
        for (int i = 12; i >= 1; i--) {
            repo().save(minimalOwner(String.format("O%02d", i)));
        }
        for (int i = 1; i <= 12; i++) {
            expected.add(String.format("O%02d", i));
        }
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(5);
        Page<Owner> page;
        do {
            page = repo().findAll(request);
            page.items().forEach(o -> seen.add(o.idText()));
            request = request.next();
        } while (page.hasMore());
        assertEquals(expected, seen);
        assertFalse(page.hasMore());
    }
}
