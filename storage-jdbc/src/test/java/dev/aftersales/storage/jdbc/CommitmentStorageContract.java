package dev.aftersales.storage.jdbc;

import static dev.aftersales.storage.jdbc.CommitmentFixtures.FIRINGS;
import static dev.aftersales.storage.jdbc.CommitmentFixtures.T0;
import static dev.aftersales.storage.jdbc.CommitmentFixtures.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.SweepOutcome;
import dev.aftersales.storage.jdbc.commitment.JdbcCommitmentRepository;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC commitment repository adds to the TCK: instants kept to the nanosecond (a breach is
 * due one nanosecond after its deadline), and a sweep step that loses its connection in the middle
 * leaves nothing behind and is retried into exactly one record of each firing. Subclassed per
 * database.
 */
abstract class CommitmentStorageContract extends DatabaseTest {

    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private CommitmentFixtures fixtures;
    private JdbcStore store;
    private JdbcCommitmentRepository repo;
    private TablePrefix prefix;

    @BeforeEach
    void migrate() {
        prefix = db.uniquePrefix();
        store = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        store.migrate();
        waits.clear();
        repo = new JdbcCommitmentRepository(new JdbcRunner(store.transactions()), prefix,
                RetryPolicy.standard().withSleeper(waits::add));
        fixtures = new CommitmentFixtures("n");
    }

    @AfterEach
    void heal() {
        db.dataSource().heal();
    }

    private long rows(String table) {
        return db.queryLong("SELECT COUNT(*) FROM " + prefix.table(table));
    }

    @Test
    @DisplayName("SL-9 a breach is due one nanosecond after the deadline: not claimed at the deadline, stored exactly")
    void sl9_breachDueOneNanosecondAfterDeadline() {
        Commitment c = repo.save(fixtures.received("T-1", T0));
        Instant halfway = T0.plus(TARGET.dividedBy(2));
        SweepOutcome warned = fixtures.engine.sweep(repo.claimDue(halfway, 1, "a", halfway.plusSeconds(1)).get(0), halfway);
        Commitment stored = repo.completeSweep(warned.commitment(), warned.fired());
        Instant deadline = T0.plus(TARGET);
        assertEquals(deadline.plusNanos(1), stored.nextCheck());
        assertEquals(stored, repo.findById(c.id()).orElseThrow(), "read back to the nanosecond");
        assertEquals(List.of(), repo.claimDue(deadline, 10, "b", deadline.plusSeconds(1)));
        assertEquals(List.of(stored), repo.claimDue(deadline.plusNanos(1), 10, "b", deadline.plusSeconds(1)));
    }

    @Test
    @DisplayName("SL-9 a completion whose connection is lost on any statement leaves nothing and is retried into one record")
    void sl9_lostConnectionMidCompletionIsRetriedIntoOneRecord() {
        Commitment c = repo.save(fixtures.received("T-1", T0));
        Instant late = T0.plus(Duration.ofHours(3));
        SweepOutcome o = fixtures.engine.sweep(c, late);
        assertEquals(FIRINGS, o.fired().size());
        // statements: the versioned update, then the batch of firings
        for (int n = 1; n <= 2; n++) {
            Commitment current = repo.findById(c.id()).orElseThrow();
            db.dataSource().breakOnStatement(n);
            JdbcStorageException e = assertThrows(JdbcStorageException.class,
                    () -> store.transactions().inTransaction(() -> repo.completeSweep(o.commitment(), o.fired())),
                    "inside the caller's unit of work nothing is retried");
            assertEquals(SqlFailure.CONNECTION_LOST, e.failure());
            assertEquals(current, repo.findById(c.id()).orElseThrow(), "broken on statement " + n);
            assertEquals(0, rows("commitment_firing"), "broken on statement " + n);
        }
        db.dataSource().breakOnStatement(2);
        Commitment stored = repo.completeSweep(o.commitment(), o.fired());
        assertEquals(1, waits.size(), "retried once");
        assertEquals(2, stored.version());
        List<CommitmentEvent> fired = repo.findFired(c.id());
        assertEquals(o.fired(), fired);
        assertEquals(FIRINGS, rows("commitment_firing"));
        assertEquals(0, db.dataSource().openConnections());
    }

    @Test
    @DisplayName("An instant beyond what the columns hold is refused before anything is written")
    void instantOutOfRangeRefused() {
        Commitment c = fixtures.received("T-1", Instant.parse("2300-01-01T00:00:00Z"));
        assertThrows(IllegalArgumentException.class, () -> repo.save(c));
        assertEquals(0, rows("commitment"));
        assertTrue(repo.findById(c.id()).isEmpty());
    }
}
