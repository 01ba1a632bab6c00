package dev.aftersales.storage.jdbc;

import java.sql.SQLException;

/**
 * Binds the parameters of one row of a batch.
 *
 * @param <T> the type of the items the batch is made of
 */
@FunctionalInterface
public interface BatchBinder<T> {

    /**
     * Binds the parameters of one item in order.
     *
     * @param params the statement's parameters
     * @param item   the item
     * @throws SQLException if the driver refuses a value
     */
    void bind(Params params, T item) throws SQLException;
}
