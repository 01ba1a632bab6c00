package dev.aftersales.storage.jdbc;

/**
 * What kind of failure a database reported, as far as the library needs to tell them apart:
 * whether the whole command may be tried again, whether a key is taken, whether the connection is
 * gone. Each {@link Dialect} maps its SQLStates and vendor codes to these kinds.
 */
public enum SqlFailure {

    /** A unique or primary key already holds the value (PostgreSQL/H2 {@code 23505}, MariaDB/MySQL 1062). */
    UNIQUE_VIOLATION(false),

    /** Another integrity constraint failed: foreign key, not-null, check ({@code 23xxx}). */
    INTEGRITY_VIOLATION(false),

    /**
     * The database chose this transaction as a deadlock victim or could not serialize it
     * ({@code 40001}, PostgreSQL {@code 40P01}, MariaDB/MySQL 1213); the transaction was rolled
     * back and running the whole command again may succeed.
     */
    SERIALIZATION_FAILURE(true),

    /** Waiting for a row or table lock took too long (MariaDB/MySQL 1205, PostgreSQL {@code 55P03}, H2 50200). */
    LOCK_TIMEOUT(true),

    /** The connection broke or the server went away ({@code 08xxx}, PostgreSQL {@code 57P0x}, H2 90067/90121). */
    CONNECTION_LOST(true),

    /**
     * The connection broke while the transaction was being committed: the database may or may not
     * have kept the writes. Never retried; the caller must check.
     */
    COMMIT_OUTCOME_UNKNOWN(false),

    /** A statement ran longer than its timeout and was cancelled ({@code 57014}, MariaDB/MySQL 1317/3024). */
    QUERY_TIMEOUT(false),

    /**
     * A statement changed a number of rows the library did not expect: a bug in the library or a
     * schema that was changed by hand, never a condition to retry.
     */
    UNEXPECTED_ROW_COUNT(false),

    /** The unit of work was rolled back because a statement or a nested unit of work in it failed. */
    ROLLED_BACK(false),

    /**
     * A table the statement names does not exist (PostgreSQL {@code 42P01}, H2 42102 / {@code 42S02},
     * MariaDB/MySQL 1146 / {@code 42S02}): the library's schema was not created, is older than the
     * library, or was created under another table prefix. Reported as a {@link MissingSchemaException}
     * that says how to create it.
     */
    UNDEFINED_TABLE(false),

    /** Any other failure: syntax, data out of range ... */
    OTHER(false);

    private final boolean transientFailure;

    SqlFailure(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /**
     * Checks if this kind of failure rolls the transaction back for a passing reason, so that running
     * the whole unit of work again from the start may succeed. Whether a retry is safe depends on
     * more than this (see {@link RetryPolicy}).
     *
     * @return true for serialization failures, deadlocks, lock timeouts and lost connections
     */
    public boolean isTransient() {
        return transientFailure;
    }
}
