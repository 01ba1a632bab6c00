package dev.aftersales.storage.jdbc;

import dev.aftersales.measurement.Grouping;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.Scope;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measurement statements (rules MS-1, MS-3, RP-6) run with PostgreSQL's JIT compilation off,
 * local to their transaction, and the caller's setting is back when they return, also in a
 * caller's transaction that the library joined. Statements are seen through a {@link StatementLog}.
 */
@DisplayName("Measurement statements without JIT on PostgreSQL")
class MeasurementJitOnPostgreSqlTest extends DatabaseTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final MeasurementQuery MARCH = MeasurementQuery.of(
            Period.month(YearMonth.of(2025, 3), SHANGHAI), Scope.all(), SHANGHAI).groupedBy(Grouping.BUILDING);

    private StatementLog log;
    private JdbcStore store;

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @BeforeEach
    void migrate() {
        log = new StatementLog(db.dataSource());
        store = JdbcStore.create(log).tablePrefix(db.uniquePrefix()).build();
        store.migrate();
        log.clear();
    }

    private List<String> statements() {
        return log.executions().stream().map(StatementLog.Execution::sql).toList();
    }

    @Test
    @DisplayName("in a caller's transaction with JIT on, the setting is on again when the figures return")
    void callersSettingIsRestored() throws SQLException {
        try (Connection c = log.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("SET LOCAL jit = on");
            }
            store.transactions().join(c, () -> store.measurements().kpis(MARCH));
            assertEquals("on", setting(c));
            c.rollback();
        }
        List<String> sql = statements();
        assertEquals(7, sql.size(), () -> "read, off, four aggregates, back: " + sql);
        assertTrue(sql.get(0).contains("current_setting('jit'"), sql.get(0));
        assertTrue(sql.get(1).contains("set_config('jit'"), sql.get(1));
        assertTrue(sql.subList(2, 6).stream().allMatch(s -> s.contains("GROUP BY")), () -> "aggregates: " + sql);
        assertTrue(sql.get(6).contains("set_config('jit'"), sql.get(6));
    }

    @Test
    @DisplayName("with JIT already off in the caller's transaction nothing is set")
    void nothingToDoWhenOff() throws SQLException {
        try (Connection c = log.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                st.execute("SET LOCAL jit = off");
            }
            store.transactions().join(c, () -> store.measurements().kpis(MARCH));
            store.transactions().join(c, () -> store.measurements().ticketTimes(MARCH));
            c.rollback();
        }
        assertTrue(statements().stream().noneMatch(s -> s.contains("set_config")), () -> "statements: " + statements());
    }

    @Test
    @DisplayName("in the library's own transaction each call switches JIT off and back once, and the connection keeps the server's setting")
    void ownTransaction() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            Assumptions.assumeTrue("on".equals(setting(c)), "the server runs with JIT off");
        }
        store.measurements().kpis(MARCH);
        store.measurements().ticketTimes(MARCH);
        assertEquals(2, statements().stream().filter(s -> s.contains("current_setting('jit'")).count());
        assertEquals(4, statements().stream().filter(s -> s.contains("set_config('jit'")).count(),
                () -> "statements: " + statements());
        try (Connection c = log.getConnection()) {
            assertEquals("on", setting(c), "the pooled connection was given back with the server's setting");
        }
    }

    private static String setting(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SHOW jit")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
