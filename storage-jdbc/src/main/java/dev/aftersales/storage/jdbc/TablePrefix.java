package dev.aftersales.storage.jdbc;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The prefix put in front of the name of every table, index and constraint the library creates,
 * so that its tables can live in a schema the application shares ({@code aftersales_outbox},
 * {@code aftersales_ticket} ...).
 *
 * <p>The DDL scripts write it as the placeholder {@value #PLACEHOLDER}, which both the built-in
 * migrator and Flyway replace (Flyway: {@code flyway.placeholders.prefix=aftersales_}). A prefix is
 * 0 to {@value #MAX_LENGTH} characters of {@code [a-z0-9_]}, starting with a letter, so that the
 * names need no quoting and fold the same way on every database (H2 stores them upper-case);
 * the empty prefix is allowed. To put the tables in another schema, point the connection at it
 * (PostgreSQL {@code currentSchema}, a MariaDB/MySQL database, H2 {@code SCHEMA}) instead.
 *
 * @param value the prefix text
 */
public record TablePrefix(String value) {

    /** The placeholder the DDL scripts use for the prefix. */
    public static final String PLACEHOLDER = "${prefix}";

    /** The longest prefix, so that every generated name fits 63 characters (PostgreSQL's limit). */
    public static final int MAX_LENGTH = 24;

    private static final Pattern SHAPE = Pattern.compile("([a-z][a-z0-9_]{0," + (MAX_LENGTH - 1) + "})?");

    /** The default prefix, {@code aftersales_}. */
    public static final TablePrefix DEFAULT = new TablePrefix("aftersales_");

    /**
     * Creates a prefix.
     *
     * @param value the prefix text
     * @throws IllegalArgumentException if it is not 0 to 24 characters of {@code [a-z0-9_]} starting with a letter
     */
    public TablePrefix {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a table prefix is 0 to " + MAX_LENGTH
                    + " characters of [a-z0-9_] starting with a letter, got \"" + value + "\"");
        }
    }

    /**
     * Obtains a prefix.
     *
     * @param value the prefix text, e.g. {@code "cs_"}
     * @return the prefix
     * @throws IllegalArgumentException if it is not 0 to 24 characters of {@code [a-z0-9_]} starting with a letter
     */
    public static TablePrefix of(String value) {
        return new TablePrefix(value);
    }

    /**
     * Returns the full name of one of the library's tables.
     *
     * @param baseName the name without prefix, e.g. {@code "outbox"}
     * @return the prefixed name, e.g. {@code "aftersales_outbox"}
     */
    public String table(String baseName) {
        return value + baseName;
    }

    /**
     * Returns SQL text with every {@value #PLACEHOLDER} replaced by this prefix.
     *
     * @param sql the SQL text
     * @return the text with the prefix in place
     */
    public String apply(String sql) {
        return sql.replace(PLACEHOLDER, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
