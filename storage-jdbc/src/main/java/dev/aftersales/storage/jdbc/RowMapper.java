package dev.aftersales.storage.jdbc;

import java.sql.SQLException;

/**
 * Turns the current row of a query result into a value.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface RowMapper<T> {

    /**
     * Maps the current row.
     *
     * @param row the row
     * @return the value
     * @throws SQLException if a column cannot be read
     */
    T map(Row row) throws SQLException;
}
