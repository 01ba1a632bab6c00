package dev.aftersales.storage.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What the dialects share: failure classification by standard SQLState and exception class, and
 * the SQL text of plain inserts.
 */
abstract class AbstractDialect implements Dialect {

    private final DatabaseProduct product;
    private final ServerVersion version;

    AbstractDialect(DatabaseProduct product, ServerVersion version) {
        this.product = product;
        this.version = version;
    }

    @Override
    public final DatabaseProduct product() {
        return product;
    }

    @Override
    public final ServerVersion version() {
        return version;
    }

    @Override
    public String textType(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive, got " + maxLength);
        }
        return "VARCHAR(" + maxLength + ")";
    }

    @Override
    public String booleanType() {
        return "BOOLEAN";
    }

    /**
     * {@inheritDoc} Default: {@code TIMESTAMP(6) WITH TIME ZONE} (PostgreSQL, H2); MySQL and
     * MariaDB, which have no such type, override it.
     */
    @Override
    public String instantType() {
        return "TIMESTAMP(6) WITH TIME ZONE";
    }

    @Override
    public String currentInstantExpression() {
        return "CURRENT_TIMESTAMP";
    }

    /** {@inheritDoc} Default: an {@link OffsetDateTime} in UTC, truncated to microseconds. */
    @Override
    public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }

    /** {@inheritDoc} Default: read as an {@link OffsetDateTime}. */
    @Override
    public Instant getInstant(ResultSet resultSet, String column) throws SQLException {
        OffsetDateTime t = resultSet.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** {@inheritDoc} Default: empty (PostgreSQL, H2); MySQL and MariaDB override it. */
    @Override
    public String readAsUpdatesSee() {
        return "";
    }

    @Override
    public String forUpdateSkipLocked() {
        if (!supportsSkipLocked()) {
            throw new UnsupportedOperationException(product + " " + version + " has no FOR UPDATE SKIP LOCKED");
        }
        return " FOR UPDATE SKIP LOCKED";
    }

    @Override
    public final SqlFailure classify(SQLException exception) {
        // the driver's exception, then its chained and causing SQLExceptions (batches report the
        // failing row's exception there); the first that says something specific wins
        for (SQLException e : chain(exception)) {
            SqlFailure kind = classifyVendor(e);
            if (kind == SqlFailure.OTHER) {
                kind = classifyStandard(e);
            }
            if (kind != SqlFailure.OTHER) {
                return kind;
            }
        }
        return SqlFailure.OTHER;
    }

    /**
     * Classifies by the vendor's own error codes and SQLStates.
     *
     * @param e one exception of the chain
     * @return the kind, or {@link SqlFailure#OTHER} to fall back on the standard classes
     */
    abstract SqlFailure classifyVendor(SQLException e);

    static SqlFailure classifyStandard(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.length() >= 2) {
            if (state.equals("23505")) {
                return SqlFailure.UNIQUE_VIOLATION;
            }
            if (state.startsWith("23")) {
                return SqlFailure.INTEGRITY_VIOLATION;
            }
            if (state.equals("40001") || state.equals("40P01")) {
                return SqlFailure.SERIALIZATION_FAILURE;
            }
            if (state.startsWith("08")) {
                return SqlFailure.CONNECTION_LOST;
            }
            if (state.equals("57014")) {
                return SqlFailure.QUERY_TIMEOUT;
            }
            // X/Open and SQL:2016 "base table or view not found", and PostgreSQL's undefined_table
            if (state.equals("42S02") || state.equals("42P01")) {
                return SqlFailure.UNDEFINED_TABLE;
            }
        }
        if (e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || e instanceof SQLRecoverableException) {
            return SqlFailure.CONNECTION_LOST;
        }
        if (e instanceof SQLTransactionRollbackException) {
            return SqlFailure.SERIALIZATION_FAILURE;
        }
        if (e instanceof SQLTimeoutException) {
            return SqlFailure.QUERY_TIMEOUT;
        }
        return SqlFailure.OTHER;
    }

    private static List<SQLException> chain(SQLException first) {
        List<SQLException> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> todo = new ArrayList<>();
        todo.add(first);
        while (!todo.isEmpty() && out.size() < 10) {
            Throwable t = todo.remove(0);
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException s) {
                out.add(s);
                todo.add(s.getNextException());
            }
            todo.add(t.getCause());
        }
        return out;
    }

    static String columnList(List<String> columns) {
        StringJoiner j = new StringJoiner(", ");
        columns.forEach(j::add);
        return j.toString();
    }

    static String placeholders(int count) {
        StringJoiner j = new StringJoiner(", ");
        for (int i = 0; i < count; i++) {
            j.add("?");
        }
        return j.toString();
    }

    static String plainInsert(String table, List<String> columns) {
        requireColumns(columns);
        return "INSERT INTO " + table + " (" + columnList(columns) + ") VALUES (" + placeholders(columns.size()) + ")";
    }

    static void requireColumns(List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an insert needs at least one column");
        }
    }

    static void requireKeys(List<String> columns, List<String> keyColumns) {
        if (keyColumns.isEmpty() || !columns.containsAll(keyColumns)) {
            throw new IllegalArgumentException("key columns " + keyColumns + " must be some of " + columns);
        }
    }

    @Override
    public String toString() {
        return product + " " + version + (supportsSkipLocked() ? " (SKIP LOCKED)" : " (claims by conditional update)");
    }
}
