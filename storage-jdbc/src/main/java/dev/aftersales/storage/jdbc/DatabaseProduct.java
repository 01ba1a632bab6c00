package dev.aftersales.storage.jdbc;

/**
 * The database products the JDBC storage supports, each with the directory of its DDL scripts
 * under {@code db/aftersales/} on the classpath.
 */
public enum DatabaseProduct {

    /** PostgreSQL 10 or later (tested on 15). */
    POSTGRESQL("postgresql"),

    /** MariaDB 10.3 or later (tested on 10.11; {@code SKIP LOCKED} from 10.6); shares its scripts with MySQL. */
    MARIADB("mysql"),

    /** MySQL 8.0 or later (not tested here: no server on the build machine); shares its scripts with MariaDB. */
    MYSQL("mysql"),

    /** H2 2.0 or later in its default mode, in memory or in a file: the embedded database of examples and tests. */
    H2("h2");

    private final String scriptDirectory;

    DatabaseProduct(String scriptDirectory) {
        this.scriptDirectory = scriptDirectory;
    }

    /**
     * Returns the name of the directory under {@code db/aftersales/} that holds this product's
     * versioned DDL scripts, e.g. {@code "postgresql"}.
     *
     * @return the directory name
     */
    public String scriptDirectory() {
        return scriptDirectory;
    }
}
