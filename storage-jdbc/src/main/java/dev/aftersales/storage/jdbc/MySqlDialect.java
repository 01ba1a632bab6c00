package dev.aftersales.storage.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.StringJoiner;
import java.util.zip.CRC32;

/**
 * MariaDB 10.3 or later and MySQL 8.0 or later. Instants live in {@code DATETIME(6)} columns as UTC
 * wall time: the value is converted in Java, so neither the session's {@code time_zone} nor the
 * driver's time-zone settings shift it ({@code TIMESTAMP} columns would, and end in 2038).
 */
final class MySqlDialect extends AbstractDialect {

    private final boolean skipLocked;

    MySqlDialect(DatabaseProduct product, ServerVersion version) {
        super(product, version);
        if (product == DatabaseProduct.MARIADB) {
            if (!version.isAtLeast(10, 3, 0)) {
                throw new UnsupportedDatabaseException("MariaDB " + version + " is too old: 10.3 or later is needed");
            }
            skipLocked = version.isAtLeast(10, 6, 0);
        } else {
            if (!version.isAtLeast(8, 0, 0)) {
                throw new UnsupportedDatabaseException("MySQL " + version + " is too old: 8.0 or later is needed");
            }
            skipLocked = version.isAtLeast(8, 0, 1);
        }
    }

    @Override
    public String idType() {
        return "VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin";
    }

    @Override
    public String longTextType() {
        return "MEDIUMTEXT";
    }

    @Override
    public String instantType() {
        return "DATETIME(6)";
    }

    @Override
    public String currentInstantExpression() {
        return "UTC_TIMESTAMP(6)";
    }

    @Override
    public String clockInstant() {
        return "UTC_TIMESTAMP(6)";
    }

    @Override
    public String clockInstantPlusMicros(String micros) {
        return "TIMESTAMPADD(MICROSECOND, " + micros + ", UTC_TIMESTAMP(6))";
    }

    @Override
    public String clockEpochNanos() {
        // arithmetic on UTC wall times: no session time zone takes part
        return "(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', UTC_TIMESTAMP(6)) * 1000)";
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }

    @Override
    public Instant getInstant(ResultSet resultSet, String column) throws SQLException {
        LocalDateTime t = resultSet.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    @Override
    public boolean supportsSkipLocked() {
        return skipLocked;
    }

    /**
     * {@inheritDoc} A locking read: InnoDB's plain reads at {@code REPEATABLE READ} see the
     * transaction's snapshot, its updates and locking reads the latest committed rows.
     */
    @Override
    public String readAsUpdatesSee() {
        return " FOR UPDATE";
    }

    @Override
    public boolean failedStatementAbortsTransaction() {
        return false;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String insertIfAbsent(String table, List<String> columns, List<String> keyColumns) {
        // INSERT IGNORE would also turn other errors (truncation, NULL into NOT NULL) into warnings;
        // a plain insert fails on the duplicate only, and leaves the transaction usable
        requireKeys(columns, keyColumns);
        return plainInsert(table, columns);
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        requireKeys(columns, keyColumns);
        StringJoiner set = new StringJoiner(", ");
        for (String c : columns) {
            if (!keyColumns.contains(c)) {
                set.add(c + " = VALUES(" + c + ")");
            }
        }
        if (set.length() == 0) {
            set.add(keyColumns.get(0) + " = " + keyColumns.get(0));
        }
        return plainInsert(table, columns) + " ON DUPLICATE KEY UPDATE " + set;
    }

    @Override
    SqlFailure classifyVendor(SQLException e) {
        return switch (e.getErrorCode()) {
            // ER_DUP_ENTRY, ER_DUP_ENTRY_WITH_KEY_NAME, ER_DUP_KEY
            case 1062, 1586, 1022 -> SqlFailure.UNIQUE_VIOLATION;
            // ER_LOCK_DEADLOCK
            case 1213 -> SqlFailure.SERIALIZATION_FAILURE;
            // ER_LOCK_WAIT_TIMEOUT
            case 1205 -> SqlFailure.LOCK_TIMEOUT;
            // ER_QUERY_INTERRUPTED, MySQL's max_execution_time, MariaDB's max_statement_time
            case 1317, 3024, 1969 -> SqlFailure.QUERY_TIMEOUT;
            // ER_SERVER_SHUTDOWN, MariaDB's ER_CONNECTION_KILLED, CR_SERVER_GONE_ERROR, CR_SERVER_LOST
            case 1053, 1927, 2006, 2013 -> SqlFailure.CONNECTION_LOST;
            // ER_NO_SUCH_TABLE
            case 1146 -> SqlFailure.UNDEFINED_TABLE;
            default -> SqlFailure.OTHER;
        };
    }

    @Override
    public void lockSchema(Connection connection, String name, Duration timeout) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            ps.setString(1, lockName(name));
            ps.setInt(2, PostgreSqlDialect.seconds(timeout));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 1) {
                    throw new SQLException("the schema lock " + lockName(name) + " was not free within " + timeout, "55P03");
                }
            }
        }
    }

    @Override
    public void unlockSchema(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, lockName(name));
            ps.execute();
        }
    }

    private static String lockName(String name) {
        // GET_LOCK names are server-wide and at most 64 characters
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return "aftersales-schema-" + Long.toHexString(crc.getValue());
    }
}
