package dev.aftersales.storage.jdbc;

import dev.aftersales.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unit of work of the JDBC storage: one command is one database transaction on one connection
 * bound to the calling thread.
 *
 * <ul>
 *   <li>The outermost {@link #inTransaction(Supplier)} on a thread takes a connection from the
 *       {@link ConnectionProvider}, switches auto-commit off and sets the isolation level
 *       ({@link #DEFAULT_ISOLATION} unless configured), runs the work, commits, restores the
 *       connection's auto-commit and isolation and gives it back.</li>
 *   <li>Nested calls on the same thread, and every {@link JdbcRunner} statement, join it.</li>
 *   <li>Any exception or error rolls the whole transaction back and propagates unchanged. A unit of
 *       work in which a statement or a nested unit of work failed is never committed, even if the
 *       work caught the failure: it is rolled back and ends with a {@link JdbcStorageException}
 *       of kind {@link SqlFailure#ROLLED_BACK}.</li>
 *   <li>When the provider reports the connection to be in the caller's transaction, or the caller
 *       hands its connection over with {@link #join(Connection, Supplier)}, the work joins that
 *       transaction: nothing is committed, rolled back, reset or closed by the library; on failure
 *       the exception propagates and the caller rolls back.</li>
 *   <li>Retries happen only through {@link #inTransaction(RetryPolicy, Supplier)}, under the
 *       conditions {@link RetryPolicy} lists.</li>
 * </ul>
 *
 * <p>Work started on another thread does not join: it runs its own transaction. Thread-safe.
 */
public final class JdbcTransactions implements UnitOfWork {

    /** The isolation level of the library's transactions unless configured: read committed. */
    public static final int DEFAULT_ISOLATION = Connection.TRANSACTION_READ_COMMITTED;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactions.class);

    private final ConnectionProvider provider;
    private final int isolation;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();
    private final TablePrefix tablePrefix;
    private volatile Dialect dialect;

    private JdbcTransactions(Builder builder) {
        this.provider = builder.provider;
        this.isolation = builder.isolation;
        this.dialect = builder.dialect;
        this.tablePrefix = builder.tablePrefix;
        LOG.info("JDBC transactions over {}: isolation {}, dialect {}", provider, isolationName(isolation),
                dialect == null ? "detected on first use" : dialect);
    }

    /**
     * Creates the unit of work over a user-owned {@code DataSource}, with the default settings.
     *
     * @param dataSource the data source
     * @return the transactions
     */
    public static JdbcTransactions create(DataSource dataSource) {
        return builder(ConnectionProvider.of(dataSource)).build();
    }

    /**
     * Creates the unit of work over a connection provider, with the default settings.
     *
     * @param provider where connections come from
     * @return the transactions
     */
    public static JdbcTransactions create(ConnectionProvider provider) {
        return builder(provider).build();
    }

    /**
     * Starts configuring the unit of work.
     *
     * @param provider where connections come from
     * @return a builder with the defaults
     */
    public static Builder builder(ConnectionProvider provider) {
        return new Builder(provider);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(RetryPolicy.none(), work);
    }

    /**
     * Runs {@code work} as one unit of work and runs it again after a transient failure where that
     * is safe (see {@link RetryPolicy}). By choosing this call the caller states that the work has
     * no effect outside the transaction. Nested in another unit of work it joins that unit and does
     * not retry: the outermost unit decides.
     *
     * @param policy when to retry
     * @param work   the work
     * @param <T>    the result type
     * @return what {@code work} returned
     * @throws JdbcStorageException if the database fails and no retry is left or allowed
     */
    public <T> T inTransaction(RetryPolicy policy, Supplier<T> work) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(work, "work");
        Transaction tx = current.get();
        if (tx != null) {
            return nested(tx, work);
        }
        for (int attempt = 1; ; attempt++) {
            boolean callerTransaction = false;
            try {
                Connection connection = acquire();
                try {
                    callerTransaction = provider.inCallerTransaction(connection);
                    return callerTransaction ? joined(connection, work) : owned(connection, work);
                } catch (SQLException e) {
                    throw failure("checking for the caller's transaction", e);
                } finally {
                    release(connection);
                }
            } catch (JdbcStorageException e) {
                // in the caller's transaction the caller decides; in ours everything was rolled back
                if (callerTransaction || !policy.allowsRetry(e, attempt)) {
                    throw e;
                }
                LOG.info("retrying a unit of work after attempt {} of {} failed with {} (SQLState {})",
                        attempt, policy.maxAttempts(), e.failure(), e.sqlState());
                pause(policy, attempt, e);
            }
        }
    }

    /**
     * Runs {@code work} inside the transaction the caller holds on {@code connection}: every
     * repository call and nested unit of work on this thread uses that connection; the library
     * neither commits, rolls back, changes the settings of, nor closes it. If the work throws, the
     * exception propagates and the caller rolls back. For example:
     *
     * <pre>{@code
     * try (Connection c = dataSource.getConnection()) {
     *     c.setAutoCommit(false);
     *     myOwnDao.insertInvoice(c, invoice);                           // the application's write
     *     transactions.join(c, () -> desk.reportRepair(command));        // the library's writes
     *     c.commit();                                                    // both or neither
     * }
     * }</pre>
     *
     * @param connection the caller's connection, auto-commit off
     * @param work       the work
     * @param <T>        the result type
     * @return what {@code work} returned
     * @throws IllegalStateException if the connection is in auto-commit mode (it holds no
     *                               transaction to join), or another connection's unit of work is
     *                               already open on this thread
     */
    public <T> T join(Connection connection, Supplier<T> work) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(work, "work");
        Transaction tx = current.get();
        if (tx != null) {
            if (tx.connection() != connection) {
                throw new IllegalStateException("a unit of work on another connection is already open on this thread");
            }
            return nested(tx, work);
        }
        return joined(connection, work);
    }

    /**
     * Runs raw JDBC in the current unit of work, or in a new one if none is open. A failure marks
     * the unit of work rollback-only and is rethrown as a {@link JdbcStorageException}.
     *
     * @param what   what the code does, for error messages; no personal data
     * @param action the JDBC code
     * @param <T>    the result type
     * @return what {@code action} returned
     * @throws JdbcStorageException if the database fails
     */
    public <T> T withConnection(String what, SqlFunction<Connection, T> action) {
        Objects.requireNonNull(action, "action");
        return inTransaction(() -> {
            Transaction tx = current.get();
            try {
                return action.apply(tx.connection());
            } catch (SQLException e) {
                tx.markRollbackOnly();
                throw failure(what, e);
            }
        });
    }

    /**
     * Checks if a unit of work of this instance is open on the calling thread.
     *
     * @return true inside {@link #inTransaction} or {@link #join}
     */
    public boolean isActive() {
        return current.get() != null;
    }

    /**
     * Returns the dialect of the database, detected from the first connection if it was not
     * configured.
     *
     * @return the dialect
     * @throws UnsupportedDatabaseException if the database is not supported
     * @throws JdbcStorageException         if no connection can be had to detect it
     */
    public Dialect dialect() {
        Dialect d = dialect;
        if (d == null) {
            d = withConnection("detecting the database dialect", Dialect::detect);
            dialect = d;
            LOG.info("detected database dialect {}", d);
        }
        return d;
    }

    /**
     * Translates a driver's exception into the library's, classified by the dialect (or by the
     * standard SQLStates if the dialect is not known yet).
     *
     * @param what what was being done: SQL text with placeholders, never values
     * @param e    the driver's exception
     * @return the exception to throw
     */
    JdbcStorageException failure(String what, SQLException e) {
        Dialect d = dialect;
        SqlFailure kind = d != null ? d.classify(e) : AbstractDialect.classifyStandard(e);
        if (kind == SqlFailure.UNDEFINED_TABLE) {
            return new MissingSchemaException(what, e, d == null ? null : d.product(), tablePrefix);
        }
        return new JdbcStorageException(what, kind, e);
    }

    /**
     * Returns the dialect if it was configured or already detected, without connecting.
     *
     * @return the dialect, or empty before the first connection detected it
     */
    public Optional<Dialect> knownDialect() {
        return Optional.ofNullable(dialect);
    }

    /**
     * Returns the transaction open on the calling thread.
     *
     * @return the transaction
     * @throws IllegalStateException if none is open
     */
    Transaction current() {
        Transaction tx = current.get();
        if (tx == null) {
            throw new IllegalStateException("no unit of work is open on this thread");
        }
        return tx;
    }

    private <T> T nested(Transaction tx, Supplier<T> work) {
        try {
            return work.get();
        } catch (Throwable t) {
            tx.markRollbackOnly();
            throw t;
        }
    }

    private <T> T joined(Connection connection, Supplier<T> work) {
        try {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("the caller's connection is in auto-commit mode: it holds no transaction to join");
            }
        } catch (SQLException e) {
            throw failure("checking the caller's connection", e);
        }
        current.set(new Transaction(connection, false));
        try {
            return work.get();
        } finally {
            current.remove();
        }
    }

    private <T> T owned(Connection connection, Supplier<T> work) {
        Settings saved;
        try {
            saved = new Settings(connection.getAutoCommit(), connection.getTransactionIsolation(), isolation);
            if (saved.autoCommit()) {
                connection.setAutoCommit(false);
            }
            if (saved.isolation() != isolation) {
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw failure("beginning a transaction", e);
        }
        Transaction tx = new Transaction(connection, true);
        current.set(tx);
        T result;
        try {
            result = work.get();
        } catch (Throwable t) {
            current.remove();
            rollback(connection, t);
            restore(connection, saved);
            throw t;
        }
        current.remove();
        if (tx.isRollbackOnly()) {
            JdbcStorageException e = new JdbcStorageException("the unit of work was rolled back: a statement or a nested "
                    + "unit of work in it failed, and the failure was caught", SqlFailure.ROLLED_BACK);
            rollback(connection, e);
            restore(connection, saved);
            throw e;
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            JdbcStorageException f = failure("committing a transaction", e);
            if (f.failure() == SqlFailure.CONNECTION_LOST) {
                f = new JdbcStorageException("committing a transaction", SqlFailure.COMMIT_OUTCOME_UNKNOWN, e);
            }
            rollback(connection, f);
            restore(connection, saved);
            throw f;
        }
        restore(connection, saved);
        return result;
    }

    private Connection acquire() {
        try {
            return Objects.requireNonNull(provider.acquire(), "the connection provider returned null");
        } catch (SQLException e) {
            throw failure("getting a connection", e);
        }
    }

    private void release(Connection connection) {
        try {
            provider.release(connection);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("giving back a connection failed: {} (SQLState {})", e.getClass().getName(),
                    e instanceof SQLException s ? s.getSQLState() : null);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // typically the connection is gone, and the server dropped the transaction with it
            LOG.debug("rollback failed: {} (SQLState {})", e.getClass().getName(), e.getSQLState());
            cause.addSuppressed(WithheldSqlException.of(e));
        }
    }

    private static void restore(Connection connection, Settings saved) {
        try {
            if (connection.isClosed()) {
                return;
            }
            // the library set its level only if the connection had another one (one round trip less
            // than reading the level again: drivers such as PostgreSQL's ask the server)
            if (saved.changedTo() != saved.isolation()) {
                connection.setTransactionIsolation(saved.isolation());
            }
            if (saved.autoCommit()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.warn("restoring a connection's auto-commit and isolation failed: {} (SQLState {})",
                    e.getClass().getName(), e.getSQLState());
        }
    }

    private static void pause(RetryPolicy policy, int attempt, JdbcStorageException failure) {
        try {
            policy.sleeper().sleep(policy.backoff(attempt));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private static String isolationName(int level) {
        return switch (level) {
            case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ UNCOMMITTED";
            case Connection.TRANSACTION_READ_COMMITTED -> "READ COMMITTED";
            case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE READ";
            case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
            default -> "level " + level;
        };
    }

    /** The auto-commit and isolation a connection had before the library's transaction, and the level it ran at. */
    private record Settings(boolean autoCommit, int isolation, int changedTo) {
    }

    /** The connection of the unit of work open on one thread. */
    static final class Transaction {
        private final Connection connection;
        private final boolean owned;
        private boolean rollbackOnly;

        Transaction(Connection connection, boolean owned) {
            this.connection = connection;
            this.owned = owned;
        }

        Connection connection() {
            return connection;
        }

        boolean owned() {
            return owned;
        }

        void markRollbackOnly() {
            rollbackOnly = true;
        }

        boolean isRollbackOnly() {
            return rollbackOnly;
        }
    }

    /** Configures {@link JdbcTransactions}; each setting is checked as it is set. */
    public static final class Builder {
        private final ConnectionProvider provider;
        private int isolation = DEFAULT_ISOLATION;
        private Dialect dialect;
        private TablePrefix tablePrefix;

        private Builder(ConnectionProvider provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
        }

        /**
         * Sets the isolation level of the library's own transactions (not of joined ones).
         *
         * @param level one of the {@code Connection.TRANSACTION_*} levels except {@code NONE}
         * @return this builder
         * @throws IllegalArgumentException if the level is not one of those
         */
        public Builder isolation(int level) {
            if (level != Connection.TRANSACTION_READ_UNCOMMITTED && level != Connection.TRANSACTION_READ_COMMITTED
                    && level != Connection.TRANSACTION_REPEATABLE_READ && level != Connection.TRANSACTION_SERIALIZABLE) {
                throw new IllegalArgumentException("not a transaction isolation level: " + level);
            }
            this.isolation = level;
            return this;
        }

        /**
         * Sets the dialect instead of detecting it from the first connection.
         *
         * @param value the dialect
         * @return this builder
         */
        public Builder dialect(Dialect value) {
            this.dialect = Objects.requireNonNull(value, "dialect");
            return this;
        }

        /**
         * Names the table prefix of the library's tables these transactions work on, for the
         * advice of a {@link MissingSchemaException}; unset, the advice names no prefix.
         *
         * @param value the prefix
         * @return this builder
         */
        public Builder tablePrefix(TablePrefix value) {
            this.tablePrefix = Objects.requireNonNull(value, "prefix");
            return this;
        }

        /**
         * Builds the unit of work and logs its configuration once.
         *
         * @return the transactions
         */
        public JdbcTransactions build() {
            return new JdbcTransactions(this);
        }
    }
}
