package dev.aftersales.storage.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What differs between the supported databases, behind one interface: column type names, how an
 * instant is stored, insert-if-absent and upsert statements, {@code FOR UPDATE SKIP LOCKED}, the
 * clause of a read that must see what an update sees, which failures mean a taken key, a deadlock
 * or a lost connection, and the lock that keeps two nodes from migrating the schema at once.
 * Chosen from {@link DatabaseMetaData} by {@link #detect}.
 *
 * <table>
 *   <caption>What each database supports</caption>
 *   <tr><th>feature</th><th>PostgreSQL 10+</th><th>MariaDB 10.3+ / MySQL 8</th><th>H2 2.x</th></tr>
 *   <tr><td>instant column</td><td>{@code TIMESTAMP(6) WITH TIME ZONE}</td><td>{@code DATETIME(6)}, UTC</td>
 *       <td>{@code TIMESTAMP(6) WITH TIME ZONE}</td></tr>
 *   <tr><td>{@code SKIP LOCKED}</td><td>yes</td><td>MariaDB from 10.6, MySQL from 8.0.1</td>
 *       <td>not used: from 2.2.220, but a sorted scan locks every row it reads</td></tr>
 *   <tr><td>claims without {@code SKIP LOCKED}</td><td colspan="3">conditional update: {@code UPDATE ... WHERE
 *       id = ? AND <still unclaimed>}, the row count says who won</td></tr>
 *   <tr><td>insert if absent</td><td>{@code ON CONFLICT DO NOTHING}</td><td>plain insert, duplicate key caught</td>
 *       <td>plain insert, duplicate key caught</td></tr>
 *   <tr><td>upsert</td><td>{@code ON CONFLICT DO UPDATE}</td><td>{@code ON DUPLICATE KEY UPDATE}</td>
 *       <td>{@code MERGE INTO ... KEY}</td></tr>
 *   <tr><td>a read that sees what updates see, above READ COMMITTED</td><td>plain read (updates see the
 *       snapshot)</td><td>{@code FOR UPDATE} (plain reads see the snapshot, updates the latest rows)</td>
 *       <td>plain read (updates see the snapshot)</td></tr>
 *   <tr><td>a failed statement</td><td>aborts the transaction</td><td>rolls back the statement only</td>
 *       <td>rolls back the statement only</td></tr>
 *   <tr><td>DDL in a transaction</td><td>yes</td><td>no (implicit commit)</td><td>no (implicit commit)</td></tr>
 *   <tr><td>migration lock</td><td>{@code pg_advisory_lock}</td><td>{@code GET_LOCK}</td><td>in the JVM</td></tr>
 *   <tr><td>lease clock</td><td>{@code statement_timestamp()}</td><td>{@code UTC_TIMESTAMP(6)}</td>
 *       <td>{@code CURRENT_TIMESTAMP} (fixed for a transaction)</td></tr>
 * </table>
 *
 * <p>Instants are stored to the microsecond (finer parts are truncated) and always as UTC, whatever
 * the time zone of the JVM or of the database session.
 */
public interface Dialect {

    /**
     * Detects the dialect of the database a connection leads to.
     *
     * @param connection an open connection; it is not changed
     * @return the dialect
     * @throws SQLException                  if the metadata cannot be read
     * @throws UnsupportedDatabaseException if the product or its version is not supported
     */
    static Dialect detect(Connection connection) throws SQLException {
        return detect(connection.getMetaData());
    }

    /**
     * Detects the dialect from database metadata: the product name says PostgreSQL, MariaDB, MySQL
     * or H2 (a MariaDB server reached through MySQL's driver says MySQL, but its version text names
     * MariaDB); the version text says which features the server has.
     *
     * @param metaData the metadata of an open connection
     * @return the dialect
     * @throws SQLException                  if the metadata cannot be read
     * @throws UnsupportedDatabaseException if the product or its version is not supported
     */
    static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName();
        String versionText = metaData.getDatabaseProductVersion();
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        String version = versionText == null ? "" : versionText.toLowerCase(Locale.ROOT);
        DatabaseProduct detected;
        if (name.contains("postgresql")) {
            detected = DatabaseProduct.POSTGRESQL;
        } else if (name.contains("mariadb") || (name.contains("mysql") && version.contains("mariadb"))) {
            detected = DatabaseProduct.MARIADB;
        } else if (name.contains("mysql")) {
            detected = DatabaseProduct.MYSQL;
        } else if (name.equals("h2")) {
            detected = DatabaseProduct.H2;
        } else {
            throw new UnsupportedDatabaseException("database product " + product + " " + versionText
                    + " is not supported; supported are PostgreSQL, MariaDB, MySQL and H2");
        }
        return of(detected, ServerVersion.parse(versionText == null ? "" : versionText));
    }

    /**
     * Obtains the dialect of a product and server version, without a connection.
     *
     * @param product the database product
     * @param version the server version
     * @return the dialect
     * @throws UnsupportedDatabaseException if the version is older than the library supports
     */
    static Dialect of(DatabaseProduct product, ServerVersion version) {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(version, "version");
        return switch (product) {
            case POSTGRESQL -> new PostgreSqlDialect(version);
            case MARIADB, MYSQL -> new MySqlDialect(product, version);
            case H2 -> new H2Dialect(version);
        };
    }

    /**
     * Returns the database product.
     *
     * @return the product
     */
    DatabaseProduct product();

    /**
     * Returns the server version.
     *
     * @return the version
     */
    ServerVersion version();

    // ---------------------------------------------------------------- types

    /**
     * Returns the column type of identifiers: 64 ASCII characters compared byte by byte, so that
     * their order is Java's {@code String} order whatever the database's default collation.
     *
     * @return the type, e.g. {@code VARCHAR(64) COLLATE "C"}
     */
    String idType();

    /**
     * Returns the column type of a bounded text.
     *
     * @param maxLength the most characters
     * @return the type, e.g. {@code VARCHAR(200)}
     */
    String textType(int maxLength);

    /**
     * Returns the column type of an unbounded text (event payloads).
     *
     * @return the type, e.g. {@code TEXT}
     */
    String longTextType();

    /**
     * Returns the column type of an instant.
     *
     * @return the type, e.g. {@code TIMESTAMP(6) WITH TIME ZONE}
     */
    String instantType();

    /**
     * Returns the column type of a boolean.
     *
     * @return the type
     */
    String booleanType();

    /**
     * Returns the SQL expression of the database's current instant, as stored in an
     * {@link #instantType()} column.
     *
     * @return the expression, e.g. {@code CURRENT_TIMESTAMP}
     */
    String currentInstantExpression();

    // ---------------------------------------------------------------- the lease clock

    /**
     * Returns the SQL expression of the database's clock as an {@link #instantType()} value, to the
     * microsecond: the clock that times claim leases when they must not depend on the nodes' clocks
     * agreeing ({@link LeaseClock#DATABASE}). PostgreSQL reads it when the statement starts, MariaDB
     * and MySQL when the statement runs, H2 when the transaction started.
     *
     * @return the expression, e.g. {@code statement_timestamp()}
     */
    String clockInstant();

    /**
     * Returns the SQL expression of the database's clock ({@link #clockInstant()}) plus a number of
     * microseconds, as an {@link #instantType()} value: the end of a lease that starts now.
     *
     * @param micros the SQL expression of the microseconds, e.g. {@code ?} for a bound {@code long}
     * @return the expression, e.g. {@code TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(6))}
     */
    String clockInstantPlusMicros(String micros);

    /**
     * Returns the SQL expression of the database's clock ({@link #clockInstant()}) as a
     * {@code BIGINT} of nanoseconds since 1970-01-01T00:00:00Z (a multiple of 1,000), the form of the
     * commitment tables' instants.
     *
     * @return the expression
     */
    String clockEpochNanos();

    // ---------------------------------------------------------------- values

    /**
     * Binds an instant, truncated to the microsecond, as UTC.
     *
     * @param statement the statement
     * @param index     the parameter index, from 1
     * @param value     the instant, or null for SQL {@code NULL}
     * @throws SQLException if the driver refuses
     */
    void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException;

    /**
     * Reads an instant stored by {@link #setInstant}.
     *
     * @param resultSet the result set, on a row
     * @param column    the column label
     * @return the instant, or null for SQL {@code NULL}
     * @throws SQLException if the driver refuses
     */
    Instant getInstant(ResultSet resultSet, String column) throws SQLException;

    // ---------------------------------------------------------------- statements

    /**
     * Checks if {@code SELECT ... FOR UPDATE SKIP LOCKED} is available, so that several nodes can
     * each claim different rows without waiting. Where it is not, claims use a conditional update
     * instead (update a row only if it is still unclaimed; a row count of 1 means this node won).
     *
     * @return true if {@link #forUpdateSkipLocked()} may be used
     */
    boolean supportsSkipLocked();

    /**
     * Returns the clause that locks the selected rows and skips rows other transactions hold.
     *
     * @return {@code " FOR UPDATE SKIP LOCKED"}
     * @throws UnsupportedOperationException if {@link #supportsSkipLocked()} is false
     */
    String forUpdateSkipLocked();

    /**
     * Returns the clause that makes a {@code SELECT} see the rows an {@code UPDATE} of the same
     * transaction sees, whatever the isolation level. At {@code READ COMMITTED} both see the latest
     * committed rows. Above it, MariaDB and MySQL (InnoDB) still update the latest committed rows
     * while their plain reads see the transaction's snapshot, so the read must be a locking read;
     * PostgreSQL and H2 update only rows as the snapshot shows them (a row changed since is not
     * matched, or the update fails as a {@link SqlFailure#SERIALIZATION_FAILURE}), so a plain read
     * agrees with their updates. Used where a transaction updates a parent row, then reads its
     * children to extend them.
     *
     * @return {@code " FOR UPDATE"} on MariaDB and MySQL, empty on PostgreSQL and H2
     */
    String readAsUpdatesSee();

    /**
     * Checks if a failed statement (such as a duplicate key) aborts the whole transaction, as on
     * PostgreSQL, rather than only itself.
     *
     * @return true on PostgreSQL
     */
    boolean failedStatementAbortsTransaction();

    /**
     * Checks if DDL statements run inside a transaction that can be rolled back.
     *
     * @return true on PostgreSQL; false where each DDL statement commits
     */
    boolean transactionalDdl();

    /**
     * Returns an insert of one row that does nothing when a row with the same key exists. On
     * PostgreSQL the statement reports 0 rows then; elsewhere it is a plain insert that fails with
     * a {@link SqlFailure#UNIQUE_VIOLATION}, which leaves the transaction usable there
     * ({@link JdbcRunner#insertIfAbsent} handles both).
     *
     * @param table      the table name
     * @param columns    the columns, bound in this order
     * @param keyColumns the columns of the unique key that may conflict
     * @return the SQL text
     */
    String insertIfAbsent(String table, List<String> columns, List<String> keyColumns);

    /**
     * Returns an insert of one row that replaces the non-key columns when a row with the same key
     * exists. The row count it reports differs between databases and means nothing. On
     * MariaDB/MySQL any unique key of the table counts as a conflict, not only {@code keyColumns}.
     *
     * @param table      the table name
     * @param columns    the columns, bound in this order
     * @param keyColumns the key columns, a subset of {@code columns}
     * @return the SQL text
     */
    String upsert(String table, List<String> columns, List<String> keyColumns);

    // ---------------------------------------------------------------- failures

    /**
     * Tells what kind of failure the driver reported, from its SQLState, vendor code and exception
     * class (and those of its chained exceptions).
     *
     * @param exception the driver's exception
     * @return the kind, {@link SqlFailure#OTHER} if none fits
     */
    SqlFailure classify(SQLException exception);

    /**
     * Checks if the driver reported a taken unique or primary key.
     *
     * @param exception the driver's exception
     * @return true for a unique violation
     */
    default boolean isUniqueViolation(SQLException exception) {
        return classify(exception) == SqlFailure.UNIQUE_VIOLATION;
    }

    // ---------------------------------------------------------------- schema migration

    /**
     * Takes the lock that lets one connection at a time migrate the schema of a table prefix. The
     * lock belongs to the connection's session, so it survives the implicit commits of DDL and is
     * freed when the connection breaks.
     *
     * @param connection the migrating connection
     * @param name       the lock's name
     * @param timeout    how long to wait for it
     * @throws SQLException if the database fails or the lock is not free within the timeout
     */
    void lockSchema(Connection connection, String name, Duration timeout) throws SQLException;

    /**
     * Frees the lock taken by {@link #lockSchema}.
     *
     * @param connection the connection that holds it
     * @param name       the lock's name
     * @throws SQLException if the database fails
     */
    void unlockSchema(Connection connection, String name) throws SQLException;
}
