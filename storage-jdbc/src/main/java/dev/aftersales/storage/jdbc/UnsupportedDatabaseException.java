package dev.aftersales.storage.jdbc;

import dev.aftersales.common.AfterSalesException;

/**
 * The database behind a {@code DataSource} is not one the JDBC storage supports (PostgreSQL,
 * MariaDB, MySQL, H2), or is older than the oldest supported version.
 */
public class UnsupportedDatabaseException extends AfterSalesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which product and version, and what is supported
     */
    public UnsupportedDatabaseException(String message) {
        super(message);
    }
}
