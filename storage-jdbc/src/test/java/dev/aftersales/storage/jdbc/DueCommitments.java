package dev.aftersales.storage.jdbc;

import static dev.aftersales.storage.jdbc.CommitmentFixtures.FIRINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.spi.CommitmentRepository;
import dev.aftersales.spi.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A crowd of commitments falling due for the multi-node tests: {@code n} repairs received a few
 * seconds apart, each owing a warning, its breach and two escalations (rules SL-8, SL-9, CP-8);
 * loaded in units of work of a thousand, then checked: every firing recorded exactly once under its
 * key, none missed, nothing left due.
 */
final class DueCommitments {

    /** When every firing of every commitment is due. */
    static final Instant SWEEP_AT = CommitmentFixtures.T0.plus(Duration.ofHours(5));

    private DueCommitments() {
    }

    /** Stores {@code n} commitments, ticket {@code T-i} received {@code i} seconds after T0 (mod 1 h). */
    static void load(CommitmentRepository repo, UnitOfWork unitOfWork, int n) {
        CommitmentFixtures fixtures = new CommitmentFixtures("m");
        for (int from = 0; from < n; from += 1000) {
            int start = from;
            unitOfWork.run(() -> {
                for (int i = start; i < Math.min(n, start + 1000); i++) {
                    repo.save(fixtures.received("T-" + i, CommitmentFixtures.T0.plusSeconds(i % 3600)));
                }
            });
        }
    }

    /** The text of every key the crowd owes. */
    static Set<String> expectedKeys(int n) {
        Set<String> keys = new HashSet<>();
        for (int i = 1; i <= n; i++) {
            String c = "m-C-" + i;
            keys.add(c + ":1:" + FiringKind.WARNING + ":1");
            keys.add(c + ":1:" + FiringKind.BREACH + ":0");
            keys.add(c + ":1:" + FiringKind.ESCALATION + ":1");
            keys.add(c + ":1:" + FiringKind.ESCALATION + ":2");
        }
        return keys;
    }

    /**
     * Checks the outcome: the recorded keys are exactly the owed ones, each recorded once; the
     * delivered events (if any were collected) are exactly those, each once; nothing is due any
     * more.
     */
    static void assertEachFiredOnce(TestDatabase db, TablePrefix prefix, CommitmentRepository repo, int n,
                                    Collection<CommitmentEvent> delivered) {
        String firings = prefix.table("commitment_firing");
        assertEquals((long) n * FIRINGS, db.queryLong("SELECT COUNT(*) FROM " + firings), "recorded firings");
        assertEquals((long) n * FIRINGS, db.queryLong("SELECT COUNT(DISTINCT event_key) FROM " + firings));
        assertEquals(0, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("commitment")
                + " WHERE next_check_ns IS NOT NULL AND next_check_ns <= " + EpochNanosOf.of(SWEEP_AT)), "left due");
        Set<String> expected = expectedKeys(n);
        Set<String> recorded = new HashSet<>();
        for (int i = 0; i < n; i += 97) {
            for (Commitment c : repo.findByTicket(dev.aftersales.ticket.TicketId.of("T-" + i))) {
                assertEquals(FIRINGS, c.firings().size(), "firings of " + c.id());
                for (CommitmentEvent e : repo.findFired(c.id())) {
                    recorded.add(e.key().text());
                }
            }
        }
        assertTrue(expected.containsAll(recorded));
        if (delivered != null) {
            Set<String> seen = new HashSet<>();
            for (CommitmentEvent e : delivered) {
                assertTrue(seen.add(e.key().text()), () -> "delivered twice: " + e.eventId());
            }
            assertEquals(expected, seen, "every owed firing delivered, none missed");
        }
        assertEquals(List.of(), repo.claimDue(SWEEP_AT, 10, "check", SWEEP_AT.plusSeconds(60)));
    }

    /** Nanoseconds since the epoch, as the commitment tables store instants. */
    static final class EpochNanosOf {
        private EpochNanosOf() {
        }

        static long of(Instant t) {
            return t.getEpochSecond() * 1_000_000_000L + t.getNano();
        }
    }
}
