package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Claiming rows on H2")
class SkipLockedOnH2Test extends SkipLockedContract {
    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }

    @Test
    @DisplayName("H2 2.x locks every row a sorted FOR UPDATE SKIP LOCKED scan reads, so the library does not use it")
    void h2OverLocksSortedScans() throws Exception {
        CountDownLatch firstHolds = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        String query = "SELECT id FROM " + table + " WHERE claimed_by IS NULL ORDER BY id LIMIT 2 FOR UPDATE SKIP LOCKED";
        CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> tx.inTransaction(() -> {
            List<String> mine = jdbc.query(query, Binder.NONE, r -> r.text("id"));
            firstHolds.countDown();
            await(secondDone);
            return mine;
        }));
        assertTrue(firstHolds.await(30, TimeUnit.SECONDS));
        List<String> second = tx.inTransaction(() -> jdbc.query(query, Binder.NONE, r -> r.text("id")));
        secondDone.countDown();
        assertEquals(List.of("r1", "r2"), first.get(30, TimeUnit.SECONDS));
        assertEquals(List.of(), second, "if H2 returns r3, r4 here, SKIP LOCKED may be enabled for it in H2Dialect");
    }
}
