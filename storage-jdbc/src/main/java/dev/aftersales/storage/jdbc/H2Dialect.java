package dev.aftersales.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * H2 2.0 or later in its default mode.
 *
 * <p>H2 accepts {@code FOR UPDATE SKIP LOCKED} from 2.2.220 and never hands one row to two
 * transactions, but when the {@code ORDER BY} is not served by an index's order (a sort is
 * needed, as for a VARCHAR key or a range on a composite index) it locks every row the scan reads,
 * not only the rows it returns: a second claimer then finds nothing until the first commits (seen
 * on 2.5.252). {@link #supportsSkipLocked()} is therefore false and claims use the conditional
 * update, which is correct and lets several claimers proceed.
 *
 * <p>H2 has no advisory lock: the schema lock is held in this JVM, which covers the embedded use
 * (one process opens the database); processes sharing an H2 server should migrate from one of them.
 */
final class H2Dialect extends AbstractDialect {

    private static final Map<String, ReentrantLock> SCHEMA_LOCKS = new ConcurrentHashMap<>();

    H2Dialect(ServerVersion version) {
        super(DatabaseProduct.H2, version);
        if (!version.isAtLeast(2, 0, 0)) {
            throw new UnsupportedDatabaseException("H2 " + version + " is too old: 2.0 or later is needed");
        }
    }

    @Override
    public String idType() {
        // H2 compares VARCHAR by code point unless a collation is set for the database
        return "VARCHAR(64)";
    }

    @Override
    public String longTextType() {
        return "CHARACTER LARGE OBJECT";
    }

    @Override
    public String clockInstant() {
        // H2 has no clock of the statement: CURRENT_TIMESTAMP stays the same for the transaction
        return "CURRENT_TIMESTAMP";
    }

    @Override
    public String clockInstantPlusMicros(String micros) {
        return "DATEADD(MICROSECOND, " + micros + ", CURRENT_TIMESTAMP)";
    }

    @Override
    public String clockEpochNanos() {
        // EXTRACT(EPOCH) counts from UTC; DATEDIFF would count the session zone's wall time
        return "(CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000000 AS BIGINT) * 1000)";
    }

    @Override
    public boolean supportsSkipLocked() {
        return false;
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
        requireKeys(columns, keyColumns);
        return plainInsert(table, columns);
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        requireKeys(columns, keyColumns);
        return "MERGE INTO " + table + " (" + columnList(columns) + ") KEY (" + columnList(keyColumns)
                + ") VALUES (" + placeholders(columns.size()) + ")";
    }

    @Override
    SqlFailure classifyVendor(SQLException e) {
        return switch (e.getErrorCode()) {
            case 23505 -> SqlFailure.UNIQUE_VIOLATION;
            // DEADLOCK_1, CONCURRENT_UPDATE_1
            case 40001, 90131 -> SqlFailure.SERIALIZATION_FAILURE;
            // LOCK_TIMEOUT_1
            case 50200 -> SqlFailure.LOCK_TIMEOUT;
            // CONNECTION_BROKEN_1, DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN
            case 90067, 90098, 90121 -> SqlFailure.CONNECTION_LOST;
            // STATEMENT_WAS_CANCELED
            case 57014 -> SqlFailure.QUERY_TIMEOUT;
            // TABLE_OR_VIEW_NOT_FOUND_1, _WITH_CANDIDATES_2, _DATABASE_EMPTY_1
            case 42102, 42103, 42104 -> SqlFailure.UNDEFINED_TABLE;
            default -> SqlFailure.OTHER;
        };
    }

    @Override
    public void lockSchema(Connection connection, String name, Duration timeout) throws SQLException {
        ReentrantLock lock = SCHEMA_LOCKS.computeIfAbsent(key(connection, name), k -> new ReentrantLock());
        boolean locked;
        try {
            locked = lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the schema lock", "55P03", e);
        }
        if (!locked) {
            throw new SQLException("the schema lock was not free within " + timeout, "55P03");
        }
    }

    @Override
    public void unlockSchema(Connection connection, String name) throws SQLException {
        ReentrantLock lock = SCHEMA_LOCKS.get(key(connection, name));
        if (lock != null && lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }

    private static String key(Connection connection, String name) throws SQLException {
        return connection.getMetaData().getURL() + "|" + name;
    }
}
