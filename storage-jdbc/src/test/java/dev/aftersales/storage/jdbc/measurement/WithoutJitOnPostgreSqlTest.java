package dev.aftersales.storage.jdbc.measurement;

import dev.aftersales.storage.jdbc.DatabaseKind;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.JdbcStorageException;
import dev.aftersales.storage.jdbc.JdbcTransactions;
import dev.aftersales.storage.jdbc.TestDatabase;
import dev.aftersales.storage.jdbc.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link WithoutJit}: inside the work JIT is off; afterwards a caller's transaction that the work
 * joined has its own setting again, also when the work failed in Java or in a statement.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("WithoutJit on PostgreSQL")
class WithoutJitOnPostgreSqlTest {

    private TestDatabase db;
    private JdbcTransactions tx;
    private JdbcRunner jdbc;

    @BeforeAll
    void open() {
        if (TestDatabases.unavailable(DatabaseKind.POSTGRESQL) == null) {
            db = TestDatabases.open(DatabaseKind.POSTGRESQL);
        }
    }

    @AfterAll
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void runner() {
        Assumptions.assumeTrue(db != null, () -> "PostgreSQL skipped: " + TestDatabases.unavailable(DatabaseKind.POSTGRESQL));
        tx = JdbcTransactions.create(db.dataSource());
        jdbc = new JdbcRunner(tx);
    }

    private String jitInside() {
        return jdbc.queryOne("SELECT current_setting('jit') AS v", p -> { }, r -> r.text("v"));
    }

    private static Connection callerWithJitOn(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (var st = c.createStatement()) {
            st.execute("SET LOCAL jit = on");
        }
        return c;
    }

    private static String jit(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SHOW jit")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    @DisplayName("the work sees JIT off, and the caller's transaction has it on again afterwards")
    void offInsideOnAfter() throws SQLException {
        try (Connection c = callerWithJitOn(db.dataSource().getConnection())) {
            String inside = tx.join(c, () -> WithoutJit.run(jdbc, this::jitInside));
            assertEquals("off", inside);
            assertEquals("on", jit(c));
            c.rollback();
        }
    }

    @Test
    @DisplayName("a failure in the work's Java code propagates unchanged and the caller's setting is back")
    void javaFailureRestores() throws SQLException {
        IllegalStateException boom = new IllegalStateException("boom");
        try (Connection c = callerWithJitOn(db.dataSource().getConnection())) {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> tx.join(c, () ->
                    WithoutJit.run(jdbc, () -> {
                        assertEquals("off", jitInside());
                        throw boom;
                    })));
            assertSame(boom, thrown);
            assertEquals(0, thrown.getSuppressed().length, "putting the setting back succeeded");
            assertEquals("on", jit(c));
            c.rollback();
        }
    }

    @Test
    @DisplayName("a failed statement propagates; the setting cannot be put back then, and the rollback undoes it")
    void statementFailure() throws SQLException {
        try (Connection c = callerWithJitOn(db.dataSource().getConnection())) {
            JdbcStorageException thrown = assertThrows(JdbcStorageException.class, () -> tx.join(c, () ->
                    WithoutJit.run(jdbc, () -> jdbc.queryOne("SELECT 1 / 0 AS v", p -> { }, r -> r.text("v")))));
            assertEquals(1, thrown.getSuppressed().length, "the aborted transaction refused the restore");
            c.rollback();
            assertEquals(jit(c), serverDefault(c), "after the rollback the session has the server's setting");
        }
    }

    private static String serverDefault(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT reset_val FROM pg_settings WHERE name = 'jit'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
