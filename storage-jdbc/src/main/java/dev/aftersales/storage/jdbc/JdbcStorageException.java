package dev.aftersales.storage.jdbc;

import dev.aftersales.common.AfterSalesException;
import java.sql.SQLException;
import java.util.Objects;

/**
 * A database failure seen by the JDBC storage, with its {@linkplain #failure() kind}, SQLState and
 * vendor code.
 *
 * <p>Rule EU-4: the message names the statement (SQL text with {@code ?} placeholders, never the
 * bound values), the kind, the SQLState and the vendor code. Drivers quote row values in some of
 * their messages (PostgreSQL's {@code Key (phone)=(...) already exists}, MariaDB's
 * {@code Duplicate entry '...'}), so the driver's exception is kept as the cause only for kinds
 * whose messages are about locks and connections; for the others the cause is a copy with the
 * same SQLState, vendor code and stack trace and the message withheld.
 */
public class JdbcStorageException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    private final SqlFailure failure;
    private final String sqlState;
    private final int vendorCode;

    /**
     * Creates the exception for a failure reported by the driver.
     *
     * @param what    what the library was doing, e.g. the SQL text; no personal data
     * @param failure the kind of failure
     * @param cause   the driver's exception
     */
    public JdbcStorageException(String what, SqlFailure failure, SQLException cause) {
        super(message(what, failure, cause.getSQLState(), cause.getErrorCode()), safeCause(failure, cause));
        this.failure = Objects.requireNonNull(failure, "failure");
        this.sqlState = cause.getSQLState();
        this.vendorCode = cause.getErrorCode();
    }

    /**
     * Creates the exception for a failure reported by the driver, for subclasses that say what it
     * means and what to do: {@code <headline>: <kind> (SQLState ..., vendor code ...) in: <what>. <advice>}.
     *
     * @param headline what the failure means; no personal data
     * @param what     what the library was doing, e.g. the SQL text; no personal data
     * @param failure  the kind of failure
     * @param cause    the driver's exception
     * @param advice   what to do about it; no personal data
     */
    protected JdbcStorageException(String headline, String what, SqlFailure failure, SQLException cause, String advice) {
        super(headline + ": " + message(what, failure, cause.getSQLState(), cause.getErrorCode()) + ". " + advice,
                safeCause(failure, cause));
        this.failure = Objects.requireNonNull(failure, "failure");
        this.sqlState = cause.getSQLState();
        this.vendorCode = cause.getErrorCode();
    }

    /**
     * Creates the exception for a failure the library detected itself.
     *
     * @param message what went wrong, without personal data
     * @param failure the kind of failure
     */
    public JdbcStorageException(String message, SqlFailure failure) {
        super(message);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.sqlState = null;
        this.vendorCode = 0;
    }

    /**
     * Returns the kind of failure.
     *
     * @return the kind
     */
    public SqlFailure failure() {
        return failure;
    }

    /**
     * Returns the SQLState the driver reported.
     *
     * @return the SQLState, or null if the library detected the failure itself or the driver gave none
     */
    public String sqlState() {
        return sqlState;
    }

    /**
     * Returns the vendor error code the driver reported.
     *
     * @return the vendor code, {@code 0} if none
     */
    public int vendorCode() {
        return vendorCode;
    }

    /**
     * Checks if running the whole unit of work again may succeed (see {@link SqlFailure#isTransient()}).
     *
     * @return true for transient failures
     */
    public boolean isTransient() {
        return failure.isTransient();
    }

    private static String message(String what, SqlFailure failure, String sqlState, int vendorCode) {
        return failure + " (SQLState " + sqlState + ", vendor code " + vendorCode + ") in: " + what;
    }

    private static Throwable safeCause(SqlFailure failure, SQLException cause) {
        return switch (failure) {
            case SERIALIZATION_FAILURE, LOCK_TIMEOUT, CONNECTION_LOST, COMMIT_OUTCOME_UNKNOWN, QUERY_TIMEOUT -> cause;
            default -> WithheldSqlException.of(cause);
        };
    }
}
