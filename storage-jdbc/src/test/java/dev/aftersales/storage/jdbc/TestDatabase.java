package dev.aftersales.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One test database: a uniquely named PostgreSQL schema, MariaDB database or H2 in-memory
 * database, reached through a {@link TestDataSource} whose sessions run in
 * {@link TestDatabases#SESSION_ZONE}; {@link #close()} drops it.
 */
public final class TestDatabase implements AutoCloseable {

    private final DatabaseKind kind;
    private final String name;
    private final TestDataSource dataSource;
    private final DataSource admin;
    private final String drop;
    private final AtomicInteger prefixes = new AtomicInteger();

    private TestDatabase(DatabaseKind kind, String name, TestDataSource dataSource, DataSource admin, String drop) {
        this.kind = kind;
        this.name = name;
        this.dataSource = dataSource;
        this.admin = admin;
        this.drop = drop;
    }

    static TestDatabase h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        ds.setUser("sa");
        TestDataSource test = new TestDataSource(ds, List.of("SET TIME ZONE '" + TestDatabases.SESSION_ZONE + "'"));
        return new TestDatabase(DatabaseKind.H2, name, test, ds, "SHUTDOWN");
    }

    static TestDatabase postgres(PGSimpleDataSource admin, String name) throws SQLException {
        execute(admin, "CREATE SCHEMA " + name);
        PGSimpleDataSource ds = TestDatabases.pg(admin.getURL());
        ds.setCurrentSchema(name);
        TestDataSource test = new TestDataSource(ds, List.of("SET TIME ZONE '" + TestDatabases.SESSION_ZONE + "'"));
        return new TestDatabase(DatabaseKind.POSTGRESQL, name, test, admin, "DROP SCHEMA " + name + " CASCADE");
    }

    static TestDatabase mariadb(MariaDbDataSource admin, String adminUrl, String name) throws SQLException {
        execute(admin, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        String url = adminUrl.replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + name);
        MariaDbDataSource ds = TestDatabases.mariadb(url);
        // MariaDB here has no time zone tables: the offset of Asia/Shanghai, which has no DST
        TestDataSource test = new TestDataSource(ds, List.of("SET time_zone = '+08:00'"));
        return new TestDatabase(DatabaseKind.MARIADB, name, test, admin, "DROP DATABASE " + name);
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The unique name of the schema or database. */
    String name() {
        return name;
    }

    public TestDataSource dataSource() {
        return dataSource;
    }

    /** Returns a table prefix no other test of this database has used. */
    public TablePrefix uniquePrefix() {
        return TablePrefix.of("t" + prefixes.incrementAndGet() + "_");
    }

    /** Runs one statement on a connection of its own, committed. */
    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test statement failed: " + sql, e);
        }
    }

    /** Runs a query for one number on a connection of its own. */
    public long queryLong(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed: " + sql, e);
        }
    }

    /** Returns the server's id of the session behind a connection. */
    long sessionId(Connection c) throws SQLException {
        String sql = switch (kind) {
            case H2 -> "SELECT SESSION_ID()";
            case POSTGRESQL -> "SELECT pg_backend_pid()";
            case MARIADB -> "SELECT CONNECTION_ID()";
        };
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Ends a session from the server's side, as an administrator or a crash would, and waits until it is gone. */
    void killSession(long sessionId) {
        String sql = switch (kind) {
            case H2 -> "SELECT ABORT_SESSION(?)";
            case POSTGRESQL -> "SELECT pg_terminate_backend(CAST(? AS INTEGER), 5000)";
            case MARIADB -> "KILL CONNECTION ?";
        };
        try (Connection c = kind == DatabaseKind.H2 ? dataSource.getConnection() : admin.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, sessionId);
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("killing session " + sessionId + " failed", e);
        }
    }

    /** Returns SQL that reads an instant column as microseconds since the epoch, computed by the database. */
    String epochMicros(String column) {
        return switch (kind) {
            case H2, POSTGRESQL -> "CAST(EXTRACT(EPOCH FROM " + column + ") * 1000000 AS BIGINT)";
            case MARIADB -> "TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', " + column + ")";
        };
    }

    @Override
    public void close() {
        dataSource.closeIdle();
        try {
            execute(admin, drop);
        } catch (SQLException e) {
            throw new IllegalStateException("dropping the test database " + name + " failed", e);
        }
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public String toString() {
        return kind.displayName + " " + name;
    }
}
