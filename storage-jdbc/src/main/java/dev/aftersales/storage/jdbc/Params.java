package dev.aftersales.storage.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The parameters of one prepared statement, bound in order from the first {@code ?}: each call
 * binds the next one. Instants are bound the dialect's way (UTC, to the microsecond). Values are
 * never logged.
 */
public final class Params {

    private final PreparedStatement statement;
    private final Dialect dialect;
    private int index;

    Params(PreparedStatement statement, Dialect dialect) {
        this.statement = statement;
        this.dialect = dialect;
    }

    /**
     * Binds a text.
     *
     * @param value the text, or null for SQL {@code NULL}
     * @return this
     * @throws SQLException if the driver refuses
     */
    public Params text(String value) throws SQLException {
        statement.setString(++index, value);
        return this;
    }

    /**
     * Binds a whole number.
     *
     * @param value the number
     * @return this
     * @throws SQLException if the driver refuses
     */
    public Params longValue(long value) throws SQLException {
        statement.setLong(++index, value);
        return this;
    }

    /**
     * Binds a whole number that may be missing.
     *
     * @param value the number, or null for SQL {@code NULL}
     * @return this
     * @throws SQLException if the driver refuses
     */
    public Params nullableLong(Long value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.BIGINT);
        } else {
            statement.setLong(++index, value);
        }
        return this;
    }

    /**
     * Binds a small whole number.
     *
     * @param value the number
     * @return this
     * @throws SQLException if the driver refuses
     */
    public Params intValue(int value) throws SQLException {
        statement.setInt(++index, value);
        return this;
    }

    /**
     * Binds a small whole number that may be missing.
     *
     * @param value the number, or null for SQL {@code NULL}
     * @return this
     * @throws SQLException if the driver refuses
     */
    public Params nullableInt(Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.INTEGER);
        } else {
            statement.setInt(++index, value);
        }
        return this;
    }

    /**
     * Binds a decimal number.
     *
     * @param value the number, or null for SQL {@code NULL}
     * @return this
     * @throws SQLException if the driver refuses
     */
    public Params decimal(BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(++index, value);
        }
        return this;
    }

    /**
     * Binds a date without time or zone.
     *
     * @param value the date, or null for SQL {@code NULL}
     * @return this
     * @throws SQLException if the driver refuses
     */
    public Params date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.DATE);
        } else {
            statement.setObject(++index, value);
        }
        return this;
    }

    /**
     * Binds the name of an enum constant, as enum columns store it.
     *
     * @param value the constant, or null for SQL {@code NULL}
     * @return this
     * @throws SQLException if the driver refuses
     */
    public Params name(Enum<?> value) throws SQLException {
        return text(value == null ? null : value.name());
    }

    /**
     * Binds a boolean.
     *
     * @param value the boolean
     * @return this
     * @throws SQLException if the driver refuses
     */
    public Params bool(boolean value) throws SQLException {
        statement.setBoolean(++index, value);
        return this;
    }

    /**
     * Binds an instant, as UTC and truncated to the microsecond.
     *
     * @param value the instant, or null for SQL {@code NULL}
     * @return this
     * @throws SQLException if the driver refuses
     */
    public Params instant(Instant value) throws SQLException {
        dialect.setInstant(statement, ++index, value);
        return this;
    }

    /**
     * Returns how many parameters were bound so far.
     *
     * @return the count
     */
    public int count() {
        return index;
    }
}
