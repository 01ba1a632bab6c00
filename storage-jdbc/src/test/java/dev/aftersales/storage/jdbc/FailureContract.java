package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Failures in the middle of a command: a connection lost on any statement or on commit, a session
 * killed by the server, a deadlock, a lock timeout. Each leaves no partial state; transient ones
 * are retried only where {@link RetryPolicy} says it is safe; nothing personal reaches an
 * exception. Subclassed per database.
 */
abstract class FailureContract extends DatabaseTest {

    JdbcTransactions tx;
    JdbcRunner jdbc;
    String table;
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    RetryPolicy retry;

    @BeforeEach
    void createTable() {
        tx = JdbcTransactions.create(db.dataSource());
        jdbc = new JdbcRunner(tx);
        table = db.uniquePrefix().table("item");
        db.execute("CREATE TABLE " + table + " (id VARCHAR(64) NOT NULL PRIMARY KEY, n INTEGER NOT NULL)");
        waits.clear();
        retry = RetryPolicy.standard().withSleeper(waits::add);
    }

    @AfterEach
    void heal() {
        db.dataSource().heal();
    }

    void insert(String id) {
        jdbc.updateExactly(1, "INSERT INTO " + table + " (id, n) VALUES (?, 0)", p -> p.text(id));
    }

    void increment(String id) {
        jdbc.updateExactly(1, "UPDATE " + table + " SET n = n + 1 WHERE id = ?", p -> p.text(id));
    }

    long rows() {
        return db.queryLong("SELECT COUNT(*) FROM " + table);
    }

    long n(String id) {
        return db.queryLong("SELECT n FROM " + table + " WHERE id = '" + id + "'");
    }

    void threeInserts() {
        insert("a");
        insert("b");
        insert("c");
    }

    @Test
    @DisplayName("a connection lost on any statement of a command leaves none of its writes")
    void lostConnectionOnEachStatementLeavesNoPartialState() {
        for (int n = 1; n <= 3; n++) {
            db.dataSource().breakOnStatement(n);
            JdbcStorageException e = assertThrows(JdbcStorageException.class, () -> tx.run(this::threeInserts));
            assertEquals(SqlFailure.CONNECTION_LOST, e.failure(), "broken on statement " + n);
            assertEquals(0, rows(), "broken on statement " + n);
        }
        assertEquals(0, db.dataSource().openConnections(), "broken connections were given back too");
    }

    @Test
    @DisplayName("a session the server kills in the middle of a command leaves none of its writes")
    void serverKilledSessionLeavesNoPartialState() {
        JdbcStorageException e = assertThrows(JdbcStorageException.class, () -> tx.run(() -> {
            insert("a");
            long session = tx.withConnection("session id", db::sessionId);
            db.killSession(session);
            insert("b");
        }));
        assertTrue(e.failure() == SqlFailure.CONNECTION_LOST || e.failure() == SqlFailure.COMMIT_OUTCOME_UNKNOWN,
                "lost connection, got " + e.failure() + " " + e.getMessage());
        assertEquals(0, rows());
        assertEquals(0, db.dataSource().openConnections());
    }

    @Test
    @DisplayName("a connection lost during the commit is reported as an unknown outcome and never retried")
    void lostConnectionOnCommitIsNeverRetried() {
        db.dataSource().breakOnCommit();
        AtomicInteger attempts = new AtomicInteger();
        JdbcStorageException e = assertThrows(JdbcStorageException.class, () -> tx.inTransaction(retry, () -> {
            attempts.incrementAndGet();
            threeInserts();
            return null;
        }));
        assertEquals(SqlFailure.COMMIT_OUTCOME_UNKNOWN, e.failure());
        assertFalse(e.isTransient());
        assertEquals(1, attempts.get());
        assertEquals(0, rows(), "here the commit never reached the server");
    }

    @Test
    @DisplayName("a connection lost before the commit is retried on a new connection when the caller allows it; the work is kept once")
    void lostConnectionBeforeCommitIsRetried() {
        db.dataSource().breakOnStatement(2);
        AtomicInteger attempts = new AtomicInteger();
        tx.inTransaction(retry, () -> {
            attempts.incrementAndGet();
            threeInserts();
            return null;
        });
        assertEquals(2, attempts.get());
        assertEquals(3, rows());
        assertEquals(1, waits.size());
        Duration first = RetryPolicy.DEFAULT_INITIAL_BACKOFF;
        assertTrue(waits.get(0).compareTo(first.dividedBy(2)) >= 0 && waits.get(0).compareTo(first) <= 0, waits.toString());
    }

    @Test
    @DisplayName("without a retry policy a transient failure propagates at once")
    void noRetryByDefault() {
        db.dataSource().breakOnStatement(1);
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(JdbcStorageException.class, () -> tx.run(() -> {
            attempts.incrementAndGet();
            insert("a");
        }));
        assertEquals(1, attempts.get());
    }

    @Test
    @DisplayName("a retrying unit nested in another does not retry: the outermost unit decides")
    void nestedUnitDoesNotRetry() {
        AtomicInteger inner = new AtomicInteger();
        JdbcStorageException e = assertThrows(JdbcStorageException.class, () -> tx.run(() -> {
            insert("a");
            db.dataSource().breakOnStatement(1);
            tx.inTransaction(retry, () -> {
                inner.incrementAndGet();
                insert("b");
                return null;
            });
        }));
        assertEquals(SqlFailure.CONNECTION_LOST, e.failure());
        assertEquals(1, inner.get());
        assertEquals(0, rows());
    }

    @Test
    @DisplayName("a failure inside the caller's joined transaction is never retried by the library")
    void joinedTransactionDoesNotRetry() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            JdbcTransactions joining = JdbcTransactions.create(new ConnectionProvider() {
                @Override
                public Connection acquire() {
                    return c;
                }

                @Override
                public boolean inCallerTransaction(Connection connection) {
                    return true;
                }

                @Override
                public void release(Connection connection) {
                    // the caller's
                }
            });
            JdbcRunner runner = new JdbcRunner(joining);
            AtomicInteger attempts = new AtomicInteger();
            db.dataSource().breakOnStatement(1);
            assertThrows(JdbcStorageException.class, () -> joining.inTransaction(retry, () -> {
                attempts.incrementAndGet();
                return runner.update("INSERT INTO " + table + " (id, n) VALUES ('x', 0)", Binder.NONE);
            }));
            assertEquals(1, attempts.get());
        }
    }

    @Test
    @DisplayName("a deadlock victim sees a transient SERIALIZATION_FAILURE and keeps nothing; the other unit commits")
    void deadlockVictimKeepsNothing() throws Exception {
        insert("a");
        insert("b");
        List<Throwable> failures = crossUpdates(RetryPolicy.none(), new AtomicInteger());
        assertEquals(1, failures.size(), "exactly one victim: " + failures);
        JdbcStorageException e = assertInstanceOf(JdbcStorageException.class, failures.get(0));
        assertEquals(SqlFailure.SERIALIZATION_FAILURE, e.failure(), e.getMessage());
        assertTrue(e.isTransient());
        assertEquals(1, n("a"));
        assertEquals(1, n("b"));
    }

    @Test
    @DisplayName("a deadlock victim is retried when the caller allows it: both units end up applied once")
    void deadlockVictimIsRetried() throws Exception {
        insert("a");
        insert("b");
        AtomicInteger attempts = new AtomicInteger();
        // the standard policy, which really waits between attempts: retried at once, on a busy
        // machine the victim can meet the same lock again before the winner commits
        List<Throwable> failures = crossUpdates(RetryPolicy.standard(), attempts);
        assertEquals(List.of(), failures);
        // the victim runs at least twice; its retry may itself wait out a lock timeout on a busy machine
        assertTrue(attempts.get() >= 3, "two units, one of them at least twice: " + attempts.get());
        assertEquals(2, n("a"));
        assertEquals(2, n("b"));
    }

    /** Two units that update a then b, and b then a, meeting at a barrier in between: a deadlock. */
    private List<Throwable> crossUpdates(RetryPolicy policy, AtomicInteger attempts) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<?>[] units = new CompletableFuture<?>[2];
        String[][] orders = {{"a", "b"}, {"b", "a"}};
        for (int i = 0; i < 2; i++) {
            String[] order = orders[i];
            units[i] = CompletableFuture.runAsync(() -> {
                AtomicInteger mine = new AtomicInteger();
                try {
                    tx.inTransaction(policy, () -> {
                        attempts.incrementAndGet();
                        increment(order[0]);
                        if (mine.incrementAndGet() == 1) {
                            await(barrier);
                        }
                        increment(order[1]);
                        return null;
                    });
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            });
        }
        CompletableFuture.allOf(units).get(60, TimeUnit.SECONDS);
        return failures;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("barrier", e);
        }
    }

    @Test
    @DisplayName("waiting too long for a row lock is a transient LOCK_TIMEOUT, and the waiting unit keeps nothing")
    void lockTimeout() throws SQLException {
        insert("a");
        try (Connection holder = db.dataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (var st = holder.createStatement()) {
                st.executeUpdate("UPDATE " + table + " SET n = 7 WHERE id = 'a'");
            }
            JdbcStorageException e = assertThrows(JdbcStorageException.class, () -> tx.run(() -> {
                insert("b");
                tx.withConnection("short lock timeout", c -> {
                    try (var st = c.createStatement()) {
                        st.execute(shortLockTimeout());
                    }
                    return null;
                });
                increment("a");
            }));
            assertEquals(SqlFailure.LOCK_TIMEOUT, e.failure(), e.getMessage());
            assertTrue(e.isTransient());
            holder.rollback();
        }
        assertEquals(1, rows(), "b was rolled back");
        assertEquals(0, n("a"));
    }

    private String shortLockTimeout() {
        return switch (kind()) {
            case H2 -> "SET LOCK_TIMEOUT 200";
            case POSTGRESQL -> "SET LOCAL lock_timeout = '200ms'";
            case MARIADB -> "SET SESSION innodb_lock_wait_timeout = 1";
        };
    }

    @Test
    @DisplayName("EU-4: a duplicate key's value (here a phone number) appears nowhere in the exception or its causes")
    void duplicateValueIsWithheld() {
        String phones = db.uniquePrefix().table("phone");
        db.execute("CREATE TABLE " + phones + " (phone VARCHAR(20) NOT NULL PRIMARY KEY)");
        String phone = "13800138000";
        jdbc.update("INSERT INTO " + phones + " (phone) VALUES (?)", p -> p.text(phone));
        JdbcStorageException e = assertThrows(JdbcStorageException.class,
                () -> jdbc.update("INSERT INTO " + phones + " (phone) VALUES (?)", p -> p.text(phone)));
        assertEquals(SqlFailure.UNIQUE_VIOLATION, e.failure());
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains(phone), trace.toString());
        assertTrue(trace.toString().contains("INSERT INTO " + phones), "the statement is named");
        assertEquals(e.sqlState(), ((SQLException) e.getCause()).getSQLState(), "the SQLState is kept");
    }
}
