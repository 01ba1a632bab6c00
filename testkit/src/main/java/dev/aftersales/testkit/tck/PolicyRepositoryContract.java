package dev.aftersales.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.RegisteredPolicy;
import dev.aftersales.common.Actor;
import dev.aftersales.spi.AfterSalesStore;
import dev.aftersales.spi.PolicyRepository;
import dev.aftersales.spi.StaleWriteException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contracts of {@link PolicyRepository} (rule SL-13): every registered version kept as
 * registered, versions numbered without gaps, stale and concurrent registrations refused with
 * nothing written, registrations inside a unit of work committed or rolled back with it. A store
 * whose {@link AfterSalesStore#policies()} is empty skips these tests, with the reason.
 */
public abstract class PolicyRepositoryContract {

    private static final Instant AT = Instant.parse("2026-03-02T01:30:00.123456Z");
    private static final Actor ADMIN = Actor.staff("S-ADMIN");

    private AfterSalesStore store;
    private PolicyRepository repo;

    /** Creates the contract. */
    protected PolicyRepositoryContract() {
    }

    /**
     * Creates a fresh, empty store. Called before every test.
     *
     * @return the store
     */
    protected abstract AfterSalesStore newStore();

    @BeforeEach
    void openFreshStore() {
        store = newStore();
        Assumptions.assumeTrue(store.policies().isPresent(), "this store keeps no policies (policies() is empty)");
        repo = store.policies().orElseThrow();
    }

    private static RegisteredPolicy version(String id, int version, String document) {
        return RegisteredPolicy.of(new PolicyRef(id, version), document, ADMIN, AT.plusSeconds(version));
    }

    @Test
    @DisplayName("SL-13 a registered version is found equal, with its document, who registered it and when")
    void registeredVersionIsFoundEqual() {
        RegisteredPolicy v1 = version("repair-standard", 1, "policy repair-standard\nversion 1\n");
        assertEquals(v1, repo.register(v1));
        assertEquals(v1, repo.find(new PolicyRef("repair-standard", 1)).orElseThrow());
        assertTrue(repo.find(new PolicyRef("repair-standard", 2)).isEmpty());
        assertTrue(repo.find(new PolicyRef("unknown", 1)).isEmpty());
    }

    @Test
    @DisplayName("SL-13 a long document in Chinese with line breaks is kept character for character")
    void longDocumentIsKeptExactly() {
        String line = "term contact: 维修 24 小时内联系业主 within 24 hours; 'quotes' \"double\" \\ backslash\r\n";
        String document = line.repeat(1_000);
        RegisteredPolicy v1 = version("complaint-reply", 1, document);
        repo.register(v1);
        assertEquals(document, repo.find(v1.ref()).orElseThrow().document());
    }

    @Test
    @DisplayName("SL-13 the history lists every version oldest first; the latest versions one per policy by id")
    void historyAndLatestVersions() {
        repo.register(version("b-policy", 1, "b1"));
        repo.register(version("a-policy", 1, "a1"));
        repo.register(version("b-policy", 2, "b2"));
        repo.register(version("b-policy", 3, "b3"));
        assertEquals(List.of("b1", "b2", "b3"),
                repo.history("b-policy").stream().map(RegisteredPolicy::document).toList());
        assertEquals(List.of(), repo.history("c-policy"));
        assertEquals(List.of(new PolicyRef("a-policy", 1), new PolicyRef("b-policy", 3)),
                repo.latestVersions().stream().map(RegisteredPolicy::ref).toList());
    }

    @Test
    @DisplayName("SL-13 a version once registered cannot be registered again: StaleWriteException, the first stays")
    void registeredVersionIsImmutable() {
        RegisteredPolicy v1 = repo.register(version("repair-standard", 1, "first"));
        StaleWriteException e = assertThrows(StaleWriteException.class,
                () -> repo.register(version("repair-standard", 1, "second")));
        assertEquals("repair-standard", e.recordId());
        assertEquals(List.of(v1), repo.history("repair-standard"));
    }

    @Test
    @DisplayName("SL-13 versions have no gaps: version 3 after version 1 is stale and writes nothing")
    void versionsHaveNoGaps() {
        repo.register(version("repair-standard", 1, "v1"));
        StaleWriteException e = assertThrows(StaleWriteException.class,
                () -> repo.register(version("repair-standard", 3, "v3")));
        assertEquals(2, e.expectedVersion());
        assertEquals(1, e.actualVersion());
        assertThrows(StaleWriteException.class, () -> repo.register(version("new-policy", 2, "v2")));
        assertEquals(1, repo.history("repair-standard").size());
        assertTrue(repo.history("new-policy").isEmpty());
    }

    @Test
    @DisplayName("SL-13 of eight concurrent registrations of one version exactly one is stored, the others are stale")
    void concurrentRegistrationsOneWins() {
        repo.register(version("repair-standard", 1, "v1"));
        List<Race.Outcome<RegisteredPolicy>> outcomes = Race.run(8,
                racer -> repo.register(version("repair-standard", 2, "v2 by racer " + racer)));
        List<Race.Outcome<RegisteredPolicy>> won = outcomes.stream().filter(Race.Outcome::won).toList();
        assertEquals(1, won.size(), "exactly one registration wins");
        outcomes.stream().filter(o -> !o.won())
                .forEach(o -> assertInstanceOf(StaleWriteException.class, o.failure(), "a loser is told it is stale"));
        List<RegisteredPolicy> history = repo.history("repair-standard");
        assertEquals(2, history.size());
        assertEquals("v2 by racer " + won.get(0).racer(), history.get(1).document());
    }

    @Test
    @DisplayName("a registration inside a unit of work is seen by it and rolled back with it")
    void registrationJoinsTheUnitOfWork() {
        RuntimeException boom = new IllegalStateException("the unit of work fails after the registration");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> store.inTransaction(() -> {
            repo.register(version("repair-standard", 1, "v1"));
            assertTrue(repo.find(new PolicyRef("repair-standard", 1)).isPresent(), "seen inside the unit of work");
            assertEquals(1, repo.latestVersions().size());
            throw boom;
        }));
        assertEquals(boom, thrown);
        assertTrue(repo.find(new PolicyRef("repair-standard", 1)).isEmpty());
        assertTrue(repo.latestVersions().isEmpty());
        assertEquals(1, repo.register(version("repair-standard", 1, "v1 again")).version());
    }
}
