package dev.aftersales.storage.jdbc;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Gives the tests their databases: H2 in memory always, PostgreSQL and MariaDB when reachable
 * (127.0.0.1:5432 user postgres, 127.0.0.1:3306 user root), each test class in its
 * own uniquely named schema (PostgreSQL), database (MariaDB) or in-memory database (H2), dropped
 * when the class ends.
 *
 * <p>A server that does not answer within two seconds is skipped: the tests of that database are
 * reported as skipped with the reason, and one line on standard output says which database and
 * why. System properties override the defaults: {@code aftersales.test.postgresql.url},
 * {@code aftersales.test.mariadb.url} (JDBC URLs, user and password included for MariaDB), and
 * {@code aftersales.test.databases} (e.g. {@code h2} to run on H2 only).
 *
 * <p>Every session runs in a time zone that is neither UTC nor the JVM's
 * ({@code Asia/Shanghai}, +08:00, while surefire runs the JVM in {@code America/Sao_Paulo}), so
 * that an instant converted through a session or JVM zone shows as drift.
 */
public final class TestDatabases {

    /** The session time zone of every test connection. */
    static final String SESSION_ZONE = "Asia/Shanghai";

    private static final String PG_URL = System.getProperty("aftersales.test.postgresql.url",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final String MARIADB_URL = System.getProperty("aftersales.test.mariadb.url",
            "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=");
    private static final String ENABLED = System.getProperty("aftersales.test.databases", "h2,postgresql,mariadb")
            .toLowerCase(Locale.ROOT);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<DatabaseKind, String> UNAVAILABLE = new EnumMap<>(DatabaseKind.class);
    private static final Map<DatabaseKind, Boolean> PROBED = new EnumMap<>(DatabaseKind.class);

    private TestDatabases() {
    }

    /**
     * Opens a fresh database of a kind, or aborts the calling test (reported as skipped) if that
     * database is not reachable.
     */
    public static TestDatabase open(DatabaseKind kind) {
        String reason = unavailable(kind);
        Assumptions.assumeTrue(reason == null, () -> kind.displayName + " skipped: " + reason);
        String name = "ast_" + HexFormat.of().formatHex(RANDOM.generateSeed(5));
        try {
            return switch (kind) {
                case H2 -> TestDatabase.h2(name);
                case POSTGRESQL -> TestDatabase.postgres(pg(PG_URL), name);
                case MARIADB -> TestDatabase.mariadb(mariadb(MARIADB_URL), MARIADB_URL, name);
            };
        } catch (SQLException e) {
            throw new IllegalStateException("creating the test " + kind.displayName + " database " + name + " failed", e);
        }
    }

    /** Returns why a database cannot be used, or null if it can. Probes once per JVM and says so once. */
    public static synchronized String unavailable(DatabaseKind kind) {
        if (!PROBED.containsKey(kind)) {
            PROBED.put(kind, true);
            String reason = probe(kind);
            if (reason != null) {
                UNAVAILABLE.put(kind, reason);
                System.out.println("[aftersales storage-jdbc tests] SKIPPING " + kind.displayName + ": " + reason);
            } else {
                System.out.println("[aftersales storage-jdbc tests] running on " + kind.displayName);
            }
        }
        return UNAVAILABLE.get(kind);
    }

    private static String probe(DatabaseKind kind) {
        if (!ENABLED.contains(kind.name().toLowerCase(Locale.ROOT))) {
            return "not in aftersales.test.databases=" + ENABLED;
        }
        if (kind == DatabaseKind.H2) {
            return null;
        }
        try (Connection c = (kind == DatabaseKind.POSTGRESQL ? pg(PG_URL) : mariadb(MARIADB_URL)).getConnection()) {
            return c.isValid(2) ? null : "the server did not answer a validity check";
        } catch (SQLException e) {
            return "cannot connect to " + (kind == DatabaseKind.POSTGRESQL ? PG_URL : MARIADB_URL) + " ("
                    + e.getClass().getSimpleName() + ", SQLState " + e.getSQLState() + ": " + e.getMessage() + ")";
        }
    }

    /** Returns the JDBC URL of the PostgreSQL server the tests use. */
    static String postgresUrl() {
        return PG_URL;
    }

    static PGSimpleDataSource pg(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setConnectTimeout(2);
        ds.setLoginTimeout(2);
        ds.setSocketTimeout(120);
        return ds;
    }

    static MariaDbDataSource mariadb(String url) throws SQLException {
        String sep = url.contains("?") ? "&" : "?";
        return new MariaDbDataSource(url + sep + "connectTimeout=2000&socketTimeout=120000");
    }
}
