package dev.aftersales.storage.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.zip.CRC32;

/** PostgreSQL 10 or later. */
final class PostgreSqlDialect extends AbstractDialect {

    PostgreSqlDialect(ServerVersion version) {
        super(DatabaseProduct.POSTGRESQL, version);
        if (!version.isAtLeast(10, 0, 0)) {
            throw new UnsupportedDatabaseException("PostgreSQL " + version + " is too old: 10 or later is needed");
        }
    }

    @Override
    public String idType() {
        return "VARCHAR(64) COLLATE \"C\"";
    }

    @Override
    public String longTextType() {
        return "TEXT";
    }

    @Override
    public String clockInstant() {
        // the start of the statement: CURRENT_TIMESTAMP would be the start of the transaction
        return "statement_timestamp()";
    }

    @Override
    public String clockInstantPlusMicros(String micros) {
        return "(statement_timestamp() + CAST(" + micros + " AS BIGINT) * INTERVAL '1 microsecond')";
    }

    @Override
    public String clockEpochNanos() {
        return "(CAST(EXTRACT(EPOCH FROM statement_timestamp()) * 1000000 AS BIGINT) * 1000)";
    }

    @Override
    public boolean supportsSkipLocked() {
        return true;
    }

    @Override
    public boolean failedStatementAbortsTransaction() {
        return true;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String insertIfAbsent(String table, List<String> columns, List<String> keyColumns) {
        requireKeys(columns, keyColumns);
        return plainInsert(table, columns) + " ON CONFLICT (" + columnList(keyColumns) + ") DO NOTHING";
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        requireKeys(columns, keyColumns);
        StringJoiner set = new StringJoiner(", ");
        for (String c : columns) {
            if (!keyColumns.contains(c)) {
                set.add(c + " = EXCLUDED." + c);
            }
        }
        String action = set.length() == 0 ? "DO NOTHING" : "DO UPDATE SET " + set;
        return plainInsert(table, columns) + " ON CONFLICT (" + columnList(keyColumns) + ") " + action;
    }

    @Override
    SqlFailure classifyVendor(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return SqlFailure.OTHER;
        }
        return switch (state) {
            // admin_shutdown, crash_shutdown, cannot_connect_now: the session is gone
            case "57P01", "57P02", "57P03" -> SqlFailure.CONNECTION_LOST;
            // lock_not_available: lock_timeout or NOWAIT
            case "55P03" -> SqlFailure.LOCK_TIMEOUT;
            // undefined_table
            case "42P01" -> SqlFailure.UNDEFINED_TABLE;
            default -> SqlFailure.OTHER;
        };
    }

    @Override
    public void lockSchema(Connection connection, String name, Duration timeout) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            ps.setLong(1, key(name));
            ps.setQueryTimeout(seconds(timeout));
            ps.execute();
        }
    }

    @Override
    public void unlockSchema(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key(name));
            ps.execute();
        }
    }

    private static long key(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        // a fixed high word keeps the library's keys apart from small keys an application may use
        return 0x41465453L << 32 | crc.getValue();
    }

    static int seconds(Duration timeout) {
        long s = Math.max(1, (timeout.toMillis() + 999) / 1000);
        return (int) Math.min(Integer.MAX_VALUE, s);
    }
}
