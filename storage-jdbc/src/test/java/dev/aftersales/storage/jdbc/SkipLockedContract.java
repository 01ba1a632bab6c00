package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Claiming rows from several nodes: with {@code FOR UPDATE SKIP LOCKED} two open transactions
 * each get different rows without waiting; the alternative for databases without it, a
 * conditional update, lets exactly one of two claimers win a row. Subclassed per database.
 */
abstract class SkipLockedContract extends DatabaseTest {

    JdbcTransactions tx;
    JdbcRunner jdbc;
    String table;

    @BeforeEach
    void createRows() {
        tx = JdbcTransactions.create(db.dataSource());
        jdbc = new JdbcRunner(tx);
        table = db.uniquePrefix().table("due");
        db.execute("CREATE TABLE " + table + " (id VARCHAR(64) NOT NULL PRIMARY KEY, claimed_by VARCHAR(64))");
        for (int i = 1; i <= 6; i++) {
            String id = "r" + i;
            jdbc.update("INSERT INTO " + table + " (id) VALUES (?)", p -> p.text(id));
        }
    }

    List<String> claim(int limit) {
        return jdbc.query("SELECT id FROM " + table + " WHERE claimed_by IS NULL ORDER BY id LIMIT ?"
                + tx.dialect().forUpdateSkipLocked(), p -> p.intValue(limit), r -> r.text("id"));
    }

    @Test
    @DisplayName("two open transactions claim different rows with SKIP LOCKED, neither waits")
    void skipLockedGivesDisjointRows() throws Exception {
        Assumptions.assumeTrue(tx.dialect().supportsSkipLocked(), () -> tx.dialect() + " claims by conditional update");
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> tx.inTransaction(() -> {
            List<String> mine = claim(2);
            firstHolds.countDown();
            await(secondDone);
            return mine;
        }));
        assertTrue(firstHolds.await(30, TimeUnit.SECONDS));
        List<String> second = tx.inTransaction(() -> claim(2));
        secondDone.countDown();
        assertEquals(List.of("r1", "r2"), first.get(30, TimeUnit.SECONDS));
        assertEquals(List.of("r3", "r4"), second);
    }

    @Test
    @DisplayName("without SKIP LOCKED a conditional update claims: of two claimers of a row exactly one wins")
    void conditionalUpdateClaimsOnce() throws Exception {
        int nodes = 2;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<String>>> claims = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            String node = "node" + n;
            claims.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                List<String> won = new ArrayList<>();
                List<String> candidates = jdbc.query("SELECT id FROM " + table + " WHERE claimed_by IS NULL ORDER BY id",
                        Binder.NONE, r -> r.text("id"));
                for (String id : candidates) {
                    int count = jdbc.update("UPDATE " + table + " SET claimed_by = ? WHERE id = ? AND claimed_by IS NULL",
                            p -> p.text(node).text(id));
                    if (count == 1) {
                        won.add(id);
                    }
                }
                return won;
            }));
        }
        start.countDown();
        Set<String> all = new HashSet<>();
        int total = 0;
        for (CompletableFuture<List<String>> c : claims) {
            List<String> won = c.get(30, TimeUnit.SECONDS);
            all.addAll(won);
            total += won.size();
        }
        assertEquals(6, total, "no row claimed twice");
        assertEquals(6, all.size(), "no row missed");
        assertEquals(6, db.queryLong("SELECT COUNT(*) FROM " + table + " WHERE claimed_by IS NOT NULL"));
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
