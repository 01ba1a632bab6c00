package dev.aftersales.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where {@link JdbcTransactions} gets the connection of a unit of work, and whether that connection
 * already belongs to a transaction the caller opened.
 *
 * <p>The default, {@link #of(DataSource)}, takes a new connection from the user's
 * {@code DataSource} for every unit of work: the library begins, commits or rolls back the
 * transaction and gives the connection back. An application that runs its own transactions (with a
 * framework, or by hand) supplies a provider that hands over the connection of the transaction it
 * has open on the calling thread and says so in {@link #inCallerTransaction}: the library's writes
 * then join that transaction, and the library neither commits, rolls back, changes the settings of
 * nor closes that connection. For example with Spring's {@code DataSourceUtils}:
 *
 * <pre>{@code
 * ConnectionProvider spring = new ConnectionProvider() {
 *     public Connection acquire() throws SQLException {
 *         return DataSourceUtils.getConnection(dataSource);        // the transaction's, if one is open
 *     }
 *     public boolean inCallerTransaction(Connection connection) {
 *         return DataSourceUtils.isConnectionTransactional(connection, dataSource);
 *     }
 *     public void release(Connection connection) {
 *         DataSourceUtils.releaseConnection(connection, dataSource);
 *     }
 * };
 * JdbcTransactions transactions = JdbcTransactions.create(spring);
 * }</pre>
 *
 * <p>Plain JDBC code that holds a connection needs no provider: it hands the connection over for
 * one call with {@link JdbcTransactions#join(Connection, java.util.function.Supplier)}.
 *
 * <p>Implementations are called from any thread and must be safe for that.
 */
public interface ConnectionProvider {

    /**
     * Obtains a connection for a unit of work that starts on the calling thread. The library calls
     * {@link #release} exactly once for every connection this returns.
     *
     * @return an open connection
     * @throws SQLException if no connection can be had
     */
    Connection acquire() throws SQLException;

    /**
     * Checks if a connection from {@link #acquire()} belongs to a transaction the caller opened and
     * will commit or roll back itself. The library then only runs its statements on it.
     *
     * @param connection a connection this provider returned
     * @return true to join the caller's transaction, false to let the library run its own
     * @throws SQLException if the check needs the database and it fails
     */
    boolean inCallerTransaction(Connection connection) throws SQLException;

    /**
     * Gives back a connection after the unit of work, committed or rolled back unless it belongs to
     * the caller's transaction.
     *
     * @param connection a connection this provider returned
     * @throws SQLException if giving it back fails; the library logs this and goes on
     */
    void release(Connection connection) throws SQLException;

    /**
     * Obtains the default provider over a user-owned {@code DataSource}: a new connection for each
     * unit of work, never the caller's transaction, closed (given back to the pool) afterwards.
     *
     * @param dataSource the user's data source, pooled or not
     * @return the provider
     */
    static ConnectionProvider of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new ConnectionProvider() {
            @Override
            public Connection acquire() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public boolean inCallerTransaction(Connection connection) {
                return false;
            }

            @Override
            public void release(Connection connection) throws SQLException {
                connection.close();
            }

            @Override
            public String toString() {
                return "ConnectionProvider.of(" + dataSource.getClass().getName() + ")";
            }
        };
    }
}
