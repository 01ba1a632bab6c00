package dev.aftersales.storage.jdbc;

import java.sql.SQLException;

/**
 * A function over a JDBC object that may fail with an {@link SQLException}.
 *
 * @param <A> the argument type, e.g. {@link java.sql.Connection}
 * @param <R> the result type
 */
@FunctionalInterface
public interface SqlFunction<A, R> {

    /**
     * Applies the function.
     *
     * @param argument the argument
     * @return the result
     * @throws SQLException if the database fails
     */
    R apply(A argument) throws SQLException;
}
