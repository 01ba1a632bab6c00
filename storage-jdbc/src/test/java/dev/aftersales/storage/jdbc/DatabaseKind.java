package dev.aftersales.storage.jdbc;

/** The databases the tests run against. */
public enum DatabaseKind {
    /** H2 in memory: always available. */
    H2("H2"),
    /** PostgreSQL on 127.0.0.1:5432, when reachable. */
    POSTGRESQL("PostgreSQL"),
    /** MariaDB on 127.0.0.1:3306, when reachable. */
    MARIADB("MariaDB");

    /** The name in test output. */
    public final String displayName;

    DatabaseKind(String displayName) {
        this.displayName = displayName;
    }
}
