package dev.aftersales.storage.jdbc;

import java.sql.SQLException;

/**
 * Binds the parameters of one statement.
 */
@FunctionalInterface
public interface Binder {

    /** Binds nothing, for statements without parameters. */
    Binder NONE = params -> {
    };

    /**
     * Binds the parameters in order.
     *
     * @param params the statement's parameters
     * @throws SQLException if the driver refuses a value
     */
    void bind(Params params) throws SQLException;
}
