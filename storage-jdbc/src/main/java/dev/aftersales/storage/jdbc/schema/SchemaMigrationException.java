package dev.aftersales.storage.jdbc.schema;

import dev.aftersales.common.AfterSalesException;

/**
 * The built-in migrator could not bring the schema to the library's version: a script failed, the
 * recorded history does not match the library's scripts, the tables exist without a history, or
 * the schema lock was not free. The message says what to do. DDL carries no personal data, so the
 * driver's exception is kept as the cause.
 */
public class SchemaMigrationException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and what to do
     */
    public SchemaMigrationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what failed and what to do
     * @param cause   the underlying failure
     */
    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
