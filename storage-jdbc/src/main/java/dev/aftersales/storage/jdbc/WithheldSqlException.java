package dev.aftersales.storage.jdbc;

import java.sql.SQLException;

/**
 * A stand-in for a driver's exception whose message may quote row values (rule EU-4): same class
 * name in the message, SQLState, vendor code and stack trace, no driver message and no further
 * causes.
 */
final class WithheldSqlException extends SQLException {

    private static final long serialVersionUID = 1L;

    private WithheldSqlException(String reason, String sqlState, int vendorCode) {
        super(reason, sqlState, vendorCode);
    }

    static WithheldSqlException of(SQLException original) {
        WithheldSqlException copy = new WithheldSqlException(original.getClass().getName()
                + ": driver message withheld, it may quote row values (rule EU-4)",
                original.getSQLState(), original.getErrorCode());
        copy.setStackTrace(original.getStackTrace());
        return copy;
    }
}
