package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcTransactions}: one command is one transaction, nested units join, the caller's
 * transaction is joined without being committed, any exception rolls everything back, the
 * connection is given back with its settings restored. Subclassed per database.
 */
abstract class JdbcTransactionsContract extends DatabaseTest {

    JdbcTransactions tx;
    JdbcRunner jdbc;
    String table;

    @BeforeEach
    void createTable() {
        table = db.uniquePrefix().table("item");
        db.execute("CREATE TABLE " + table + " (id VARCHAR(64) NOT NULL PRIMARY KEY, n INTEGER NOT NULL)");
        tx = JdbcTransactions.create(db.dataSource());
        jdbc = new JdbcRunner(tx);
    }

    void insert(String id) {
        jdbc.updateExactly(1, "INSERT INTO " + table + " (id, n) VALUES (?, ?)", p -> p.text(id).intValue(0));
    }

    long rows() {
        return db.queryLong("SELECT COUNT(*) FROM " + table);
    }

    @Test
    @DisplayName("the writes of one unit of work are committed together when it returns")
    void commitsTheUnitOfWork() {
        String result = tx.inTransaction(() -> {
            insert("a");
            insert("b");
            assertEquals(0, rows(), "another connection sees nothing before the commit");
            return "done";
        });
        assertEquals("done", result);
        assertEquals(2, rows());
        assertEquals(0, db.dataSource().openConnections(), "the connection was given back");
    }

    @Test
    @DisplayName("an exception rolls back every write of the unit and propagates unchanged")
    void rollsBackOnException() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> tx.run(() -> {
            insert("a");
            insert("b");
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals(0, rows());
        assertEquals(0, db.dataSource().openConnections());
    }

    @Test
    @DisplayName("an error (not only an exception) rolls back too")
    void rollsBackOnError() {
        assertThrows(AssertionError.class, () -> tx.run(() -> {
            insert("a");
            throw new AssertionError("error");
        }));
        assertEquals(0, rows());
    }

    @Test
    @DisplayName("nested units of work join the outer one: one connection, one commit at the end")
    void nestedUnitsJoin() {
        tx.run(() -> {
            Connection outer = tx.withConnection("test", c -> c);
            tx.run(() -> {
                insert("inner");
                assertSame(outer, tx.withConnection("test", c -> c));
            });
            assertEquals(0, rows(), "the inner unit did not commit");
            insert("outer");
        });
        assertEquals(2, rows());
    }

    @Test
    @DisplayName("a unit whose nested unit failed is rolled back even if the failure was caught")
    void caughtNestedFailureStillRollsBack() {
        JdbcStorageException e = assertThrows(JdbcStorageException.class, () -> tx.run(() -> {
            insert("a");
            try {
                tx.run(() -> {
                    insert("b");
                    throw new IllegalArgumentException("inner");
                });
            } catch (IllegalArgumentException expected) {
                // the work goes on as if nothing happened
            }
            insert("c");
        }));
        assertEquals(SqlFailure.ROLLED_BACK, e.failure());
        assertEquals(0, rows());
    }

    @Test
    @DisplayName("a unit in which a statement failed is rolled back even if the failure was caught")
    void caughtStatementFailureStillRollsBack() {
        JdbcStorageException e = assertThrows(JdbcStorageException.class, () -> tx.run(() -> {
            insert("a");
            try {
                insert("a");
            } catch (JdbcStorageException expected) {
                assertEquals(SqlFailure.UNIQUE_VIOLATION, expected.failure());
            }
        }));
        assertEquals(SqlFailure.ROLLED_BACK, e.failure());
        assertEquals(0, rows());
    }

    @Test
    @DisplayName("a statement outside any unit of work is its own unit of work")
    void statementOutsideUnitCommitsAlone() {
        insert("a");
        assertEquals(1, rows());
        assertFalse(tx.isActive());
    }

    @Test
    @DisplayName("the caller's connection is joined: the caller's rollback undoes the library's writes")
    void joinedCallerRollsBack() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            tx.join(c, () -> {
                insert("library");
                tx.run(() -> insert("nested"));
                return null;
            });
            assertFalse(c.getAutoCommit(), "the library did not touch the caller's settings");
            assertEquals(0, rows(), "the library did not commit the caller's transaction");
            c.rollback();
        }
        assertEquals(0, rows());
    }

    @Test
    @DisplayName("the caller's connection is joined: the caller's commit keeps its own and the library's writes")
    void joinedCallerCommits() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("INSERT INTO " + table + " (id, n) VALUES ('caller', 1)")) {
                ps.executeUpdate();
            }
            tx.join(c, () -> {
                insert("library");
                return null;
            });
            c.commit();
            assertFalse(c.isClosed(), "the library did not close the caller's connection");
        }
        assertEquals(2, rows());
    }

    @Test
    @DisplayName("a failure inside the caller's transaction propagates and leaves the rollback to the caller")
    void joinedFailureIsLeftToTheCaller() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            assertThrows(IllegalStateException.class, () -> tx.join(c, () -> {
                insert("library");
                throw new IllegalStateException("boom");
            }));
            assertFalse(c.isClosed());
            c.rollback();
        }
        assertEquals(0, rows());
    }

    @Test
    @DisplayName("a connection in auto-commit mode holds no transaction to join")
    void joinRefusesAutoCommit() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(true);
            assertThrows(IllegalStateException.class, () -> tx.join(c, () -> null));
        }
    }

    @Test
    @DisplayName("a provider that reports the caller's transaction is joined, and its connection released, not closed")
    void providerCallerTransactionIsJoined() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            AtomicInteger released = new AtomicInteger();
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
                    released.incrementAndGet();
                }
            });
            JdbcRunner runner = new JdbcRunner(joining);
            joining.run(() -> runner.updateExactly(1, "INSERT INTO " + table + " (id, n) VALUES (?, 0)", p -> p.text("x")));
            assertEquals(0, rows(), "not committed by the library");
            assertTrue(released.get() > 0);
            assertFalse(c.isClosed());
            c.commit();
        }
        assertEquals(1, rows());
    }

    @Test
    @DisplayName("the library's transaction restores the connection's auto-commit and isolation")
    void restoresConnectionSettings() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(true);
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            JdbcTransactions own = JdbcTransactions.create(new ConnectionProvider() {
                @Override
                public Connection acquire() {
                    return c;
                }

                @Override
                public boolean inCallerTransaction(Connection connection) {
                    return false;
                }

                @Override
                public void release(Connection connection) {
                    // the test closes it
                }
            });
            own.run(() -> own.withConnection("check", conn -> {
                assertFalse(conn.getAutoCommit());
                assertEquals(JdbcTransactions.DEFAULT_ISOLATION, conn.getTransactionIsolation());
                return null;
            }));
            assertTrue(c.getAutoCommit());
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, c.getTransactionIsolation());
            assertThrows(IllegalStateException.class, () -> own.run(() -> {
                throw new IllegalStateException("boom");
            }));
            assertTrue(c.getAutoCommit());
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, c.getTransactionIsolation());
        }
    }

    @Test
    @DisplayName("work started on another thread does not join: it commits on its own")
    void otherThreadDoesNotJoin() {
        assertThrows(IllegalStateException.class, () -> tx.run(() -> {
            CompletableFuture.runAsync(() -> insert("other-thread")).join();
            throw new IllegalStateException("the outer unit fails");
        }));
        assertEquals(1, rows());
    }

    @Test
    @DisplayName("the dialect is detected from the connection's metadata")
    void detectsDialect() {
        DatabaseProduct expected = switch (kind()) {
            case H2 -> DatabaseProduct.H2;
            case POSTGRESQL -> DatabaseProduct.POSTGRESQL;
            case MARIADB -> DatabaseProduct.MARIADB;
        };
        assertEquals(expected, tx.dialect().product());
        assertEquals(kind() != DatabaseKind.H2, tx.dialect().supportsSkipLocked(),
                "PostgreSQL 15 and MariaDB 10.11 claim with SKIP LOCKED, H2 by conditional update");
    }
}
