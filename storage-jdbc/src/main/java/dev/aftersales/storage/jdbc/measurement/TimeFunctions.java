package dev.aftersales.storage.jdbc.measurement;

import dev.aftersales.storage.jdbc.DatabaseProduct;

/**
 * The few time expressions the measurement queries need, per database: instants as microseconds
 * since the epoch, an instant plus some microseconds, and integer division.
 */
record TimeFunctions(DatabaseProduct product) {

    /** A timestamp column as microseconds since 1970-01-01T00:00:00Z (columns hold UTC). */
    String epochMicros(String column) {
        return switch (product) {
            case POSTGRESQL -> "CAST(EXTRACT(EPOCH FROM " + column + ") * 1000000 AS BIGINT)";
            case H2 -> "DATEDIFF(MICROSECOND, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', " + column + ")";
            case MARIADB, MYSQL -> "TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', " + column + ")";
        };
    }

    /** A timestamp column plus a number of microseconds (a literal the library computed). */
    String plusMicros(String column, long micros) {
        return switch (product) {
            case POSTGRESQL -> "(" + column + " + INTERVAL '" + micros + " microseconds')";
            case H2 -> "DATEADD(MICROSECOND, " + micros + ", " + column + ")";
            case MARIADB, MYSQL -> "DATE_ADD(" + column + ", INTERVAL " + micros + " MICROSECOND)";
        };
    }

    /** Nanoseconds as whole microseconds (non-negative values). */
    String nanosToMicros(String expression) {
        return switch (product) {
            case POSTGRESQL, H2 -> "(" + expression + " / 1000)";
            case MARIADB, MYSQL -> "(" + expression + " DIV 1000)";
        };
    }
}
