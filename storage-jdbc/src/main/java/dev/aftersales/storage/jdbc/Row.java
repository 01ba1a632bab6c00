package dev.aftersales.storage.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The current row of a query result, read by column label. Instants are read the dialect's way.
 */
public final class Row {

    private final ResultSet resultSet;
    private final Dialect dialect;

    Row(ResultSet resultSet, Dialect dialect) {
        this.resultSet = resultSet;
        this.dialect = dialect;
    }

    /**
     * Reads a text.
     *
     * @param column the column label
     * @return the text, or null for SQL {@code NULL}
     * @throws SQLException if the column is missing or not a text
     */
    public String text(String column) throws SQLException {
        return resultSet.getString(column);
    }

    /**
     * Reads a whole number that must be present.
     *
     * @param column the column label
     * @return the number
     * @throws SQLException if the column is missing, not a number, or SQL {@code NULL}
     */
    public long longValue(String column) throws SQLException {
        long v = resultSet.getLong(column);
        if (resultSet.wasNull()) {
            throw new SQLException("column " + column + " is NULL where a number is required", "22004");
        }
        return v;
    }

    /**
     * Reads a whole number that may be missing.
     *
     * @param column the column label
     * @return the number, or null for SQL {@code NULL}
     * @throws SQLException if the column is missing or not a number
     */
    public Long nullableLong(String column) throws SQLException {
        long v = resultSet.getLong(column);
        return resultSet.wasNull() ? null : v;
    }

    /**
     * Reads a small whole number that must be present.
     *
     * @param column the column label
     * @return the number
     * @throws SQLException if the column is missing, not a number, or SQL {@code NULL}
     */
    public int intValue(String column) throws SQLException {
        return Math.toIntExact(longValue(column));
    }

    /**
     * Reads a small whole number that may be missing.
     *
     * @param column the column label
     * @return the number, or null for SQL {@code NULL}
     * @throws SQLException if the column is missing or not a number
     */
    public Integer nullableInt(String column) throws SQLException {
        Long v = nullableLong(column);
        return v == null ? null : Math.toIntExact(v);
    }

    /**
     * Reads a decimal number.
     *
     * @param column the column label
     * @return the number, or null for SQL {@code NULL}
     * @throws SQLException if the column is missing or not a number
     */
    public BigDecimal decimal(String column) throws SQLException {
        return resultSet.getBigDecimal(column);
    }

    /**
     * Reads a date without time or zone.
     *
     * @param column the column label
     * @return the date, or null for SQL {@code NULL}
     * @throws SQLException if the column is missing or not a date
     */
    public LocalDate date(String column) throws SQLException {
        return resultSet.getObject(column, LocalDate.class);
    }

    /**
     * Reads an enum constant stored by its name.
     *
     * @param column the column label
     * @param type   the enum type
     * @param <E>    the enum type
     * @return the constant, or null for SQL {@code NULL}
     * @throws SQLException if the column is missing or holds no constant of that type (the data is
     *                      corrupt or from a newer library)
     */
    public <E extends Enum<E>> E enumValue(String column, Class<E> type) throws SQLException {
        String name = resultSet.getString(column);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new SQLException("column " + column + " holds no " + type.getSimpleName() + " constant", "22000", e);
        }
    }

    /**
     * Reads a boolean that must be present.
     *
     * @param column the column label
     * @return the boolean
     * @throws SQLException if the column is missing, not a boolean, or SQL {@code NULL}
     */
    public boolean bool(String column) throws SQLException {
        boolean v = resultSet.getBoolean(column);
        if (resultSet.wasNull()) {
            throw new SQLException("column " + column + " is NULL where a boolean is required", "22004");
        }
        return v;
    }

    /**
     * Reads an instant.
     *
     * @param column the column label
     * @return the instant, or null for SQL {@code NULL}
     * @throws SQLException if the column is missing or not an instant
     */
    public Instant instant(String column) throws SQLException {
        return dialect.getInstant(resultSet, column);
    }
}
