package dev.aftersales.storage.jdbc.schema;

import dev.aftersales.storage.jdbc.Dialect;
import dev.aftersales.storage.jdbc.TablePrefix;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in schema migrator, for applications without Flyway: it applies the library's
 * versioned DDL scripts ({@link Migrations}) that the database lacks, in order, and records each
 * applied version in its own table {@code <prefix>schema_history} (version, description, script,
 * checksum, installed_at).
 *
 * <pre>{@code
 * SchemaMigrator.create(dataSource).withPrefix(TablePrefix.of("cs_")).migrate();
 * }</pre>
 *
 * <p>It refuses, with a {@link SchemaMigrationException} that says what to do and without changing
 * anything: a database whose recorded version is newer than the library
 * ({@link SchemaTooNewException}); a recorded script whose checksum differs from the library's; a
 * history with gaps; library tables without a history (created by Flyway: keep using Flyway). Two
 * nodes starting together do not both migrate: a database lock per table prefix
 * ({@link Dialect#lockSchema}) lets one migrate while the other waits, then finds the schema current.
 *
 * <p>On PostgreSQL each version is applied in one transaction with its history row. MariaDB, MySQL
 * and H2 commit every DDL statement: if a statement fails there, the earlier statements of that
 * version stay applied, the error names them, and they must be dropped by hand before migrating
 * again.
 *
 * <p>With Flyway instead, point it at {@code classpath:db/aftersales/<postgresql|mysql|h2>}, set
 * the placeholder {@code prefix} (e.g. {@code flyway.placeholders.prefix=aftersales_}) and give the
 * library its own history table ({@code flyway.table=aftersales_flyway_history}) so that its
 * versions do not mix with the application's.
 */
public final class SchemaMigrator {

    /** How long {@link #migrate()} waits for another node's migration by default. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    /** The history table's name without prefix. */
    public static final String HISTORY_TABLE = "schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;
    private final TablePrefix prefix;
    private final Duration lockTimeout;
    private final List<Migration> migrations;

    private SchemaMigrator(DataSource dataSource, TablePrefix prefix, Duration lockTimeout, List<Migration> migrations) {
        this.dataSource = dataSource;
        this.prefix = prefix;
        this.lockTimeout = lockTimeout;
        this.migrations = migrations;
    }

    /**
     * Creates a migrator over a user-owned data source with the default prefix
     * ({@link TablePrefix#DEFAULT}) and lock timeout.
     *
     * @param dataSource the data source; the migrator takes one connection per call and closes it
     * @return the migrator
     */
    public static SchemaMigrator create(DataSource dataSource) {
        return new SchemaMigrator(Objects.requireNonNull(dataSource, "dataSource"), TablePrefix.DEFAULT,
                DEFAULT_LOCK_TIMEOUT, Migrations.ALL);
    }

    /**
     * Returns a copy of this migrator for another table prefix.
     *
     * @param newPrefix the prefix
     * @return the copy
     */
    public SchemaMigrator withPrefix(TablePrefix newPrefix) {
        return new SchemaMigrator(dataSource, Objects.requireNonNull(newPrefix, "prefix"), lockTimeout, migrations);
    }

    /**
     * Returns a copy of this migrator that waits at most {@code timeout} for another node's migration.
     *
     * @param timeout the longest wait, positive
     * @return the copy
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public SchemaMigrator withLockTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("the lock timeout must be positive, got " + timeout);
        }
        return new SchemaMigrator(dataSource, prefix, timeout, migrations);
    }

    /**
     * Returns a copy of this migrator that applies only the versions up to {@code version}, as an
     * older library would. For tests of upgrades.
     *
     * @param version the last version to know, 1 or more
     * @return the copy
     * @throws IllegalArgumentException if the version is not one of {@link Migrations#ALL}
     */
    public SchemaMigrator upTo(int version) {
        if (version < 1 || version > Migrations.LATEST) {
            throw new IllegalArgumentException("no schema version " + version + "; versions are 1 to " + Migrations.LATEST);
        }
        return new SchemaMigrator(dataSource, prefix, lockTimeout, Migrations.ALL.subList(0, version));
    }

    /**
     * Returns the table prefix.
     *
     * @return the prefix
     */
    public TablePrefix prefix() {
        return prefix;
    }

    /**
     * Returns the latest schema version this migrator knows.
     *
     * @return the version
     */
    public int latestVersion() {
        return migrations.get(migrations.size() - 1).version();
    }

    /**
     * Reads the schema version recorded in the database, without changing anything.
     *
     * @return the version, {@code 0} if the history table does not exist
     * @throws SchemaMigrationException if the database cannot be read
     */
    public int currentVersion() {
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c, HISTORY_TABLE)) {
                return 0;
            }
            TreeMap<Integer, Recorded> history = readHistory(c);
            return history.isEmpty() ? 0 : history.lastKey();
        } catch (SQLException e) {
            throw new SchemaMigrationException("reading the schema version of prefix \"" + prefix + "\" failed (SQLState "
                    + e.getSQLState() + ")", e);
        }
    }

    /**
     * Brings the schema to the latest version: applies every missing version in order and records it.
     *
     * @return what was done
     * @throws SchemaTooNewException    if the database is newer than this library
     * @throws SchemaMigrationException if a script fails, the history does not match the library's
     *                                  scripts, or the lock is not free within the lock timeout
     */
    public MigrationReport migrate() {
        try (Connection c = dataSource.getConnection()) {
            Dialect dialect = Dialect.detect(c);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            String lockName = "aftersales:schema:" + c.getCatalog() + ":" + schemaOf(c) + ":" + prefix;
            try {
                dialect.lockSchema(c, lockName, lockTimeout);
            } catch (SQLException e) {
                throw new SchemaMigrationException("another node holds the schema lock of prefix \"" + prefix
                        + "\" for longer than " + lockTimeout + " (SQLState " + e.getSQLState() + ")", e);
            }
            try {
                return migrateLocked(c, dialect);
            } finally {
                try {
                    dialect.unlockSchema(c, lockName);
                    c.setAutoCommit(autoCommit);
                } catch (SQLException e) {
                    LOG.warn("releasing the schema lock failed (SQLState {}); it ends with the connection", e.getSQLState());
                }
            }
        } catch (SQLException e) {
            throw new SchemaMigrationException("migrating the schema of prefix \"" + prefix + "\" failed (SQLState "
                    + e.getSQLState() + ")", e);
        }
    }

    private MigrationReport migrateLocked(Connection c, Dialect dialect) throws SQLException {
        boolean hasHistory = tableExists(c, HISTORY_TABLE);
        TreeMap<Integer, Recorded> history = hasHistory ? readHistory(c) : new TreeMap<>();
        int found = history.isEmpty() ? 0 : history.lastKey();
        if (found == 0 && tableExists(c, Migrations.FIRST_TABLE)) {
            throw new SchemaMigrationException("table " + prefix.table(Migrations.FIRST_TABLE) + " exists but "
                    + prefix.table(HISTORY_TABLE) + " records no version: the schema was created another way (Flyway?); "
                    + "keep migrating it that way, or use another table prefix");
        }
        if (!hasHistory) {
            createHistory(c, dialect);
        }
        int latest = latestVersion();
        if (found > latest) {
            throw new SchemaTooNewException(prefix.value(), found, latest);
        }
        checkHistory(history, dialect);
        List<Integer> applied = new ArrayList<>();
        for (Migration m : migrations) {
            if (m.version() > found) {
                apply(c, dialect, m);
                applied.add(m.version());
            }
        }
        if (applied.isEmpty()) {
            LOG.info("aftersales schema with prefix \"{}\" on {} is at version {}: current", prefix, dialect, found);
        } else {
            LOG.info("aftersales schema with prefix \"{}\" on {} migrated from version {} to {}", prefix, dialect, found, latest);
        }
        return new MigrationReport(found, applied.isEmpty() ? found : latest, applied);
    }

    private void checkHistory(TreeMap<Integer, Recorded> history, Dialect dialect) {
        int expected = 1;
        for (Recorded r : history.values()) {
            if (r.version() != expected) {
                throw new SchemaMigrationException("the history of prefix \"" + prefix + "\" lacks version " + expected
                        + " but records version " + r.version() + ": restore the missing version or the history");
            }
            Migration m = migrations.get(r.version() - 1);
            long checksum = SqlScript.checksum(script(dialect, m));
            if (checksum != r.checksum()) {
                throw new SchemaMigrationException("version " + r.version() + " of prefix \"" + prefix + "\" was applied from a "
                        + "script with checksum " + r.checksum() + " but this library's " + m.resource(dialect.product())
                        + " has checksum " + checksum + ": the library's scripts changed after the schema was created");
            }
            expected++;
        }
    }

    private void apply(Connection c, Dialect dialect, Migration m) throws SQLException {
        String script = script(dialect, m);
        List<String> statements = SqlScript.statements(script, prefix);
        boolean transactional = dialect.transactionalDdl();
        LOG.info("applying {} with prefix \"{}\" ({} statements)", m.resource(dialect.product()), prefix, statements.size());
        if (transactional) {
            c.setAutoCommit(false);
        }
        try (Statement st = c.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    st.execute(statements.get(i));
                } catch (SQLException e) {
                    throw scriptFailed(dialect, m, i, statements.size(), e);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + prefix.table(HISTORY_TABLE)
                    + " (version, description, script, checksum, installed_at) VALUES (?, ?, ?, ?, "
                    + dialect.currentInstantExpression() + ")")) {
                ps.setInt(1, m.version());
                ps.setString(2, m.description());
                ps.setString(3, m.fileName());
                ps.setLong(4, SqlScript.checksum(script));
                ps.executeUpdate();
            }
            if (transactional) {
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (transactional) {
                c.rollback();
            }
            throw e;
        } finally {
            if (transactional) {
                c.setAutoCommit(true);
            }
        }
    }

    private SchemaMigrationException scriptFailed(Dialect dialect, Migration m, int index, int total, SQLException e) {
        String where = m.resource(dialect.product()) + " with prefix \"" + prefix + "\" failed at statement " + (index + 1)
                + " of " + total + " (SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode() + ")";
        if (dialect.transactionalDdl()) {
            return new SchemaMigrationException(where + "; nothing of version " + m.version()
                    + " was kept: fix the cause and migrate again", e);
        }
        String kept = index == 0 ? "none of its statements was applied"
                : "statements 1 to " + index + " stay applied because " + dialect.product()
                        + " commits each DDL statement: drop what they created before migrating again";
        return new SchemaMigrationException(where + "; " + kept, e);
    }

    private void createHistory(Connection c, Dialect dialect) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + prefix.table(HISTORY_TABLE) + " ("
                    + "version INTEGER NOT NULL PRIMARY KEY, "
                    + "description " + dialect.textType(100) + " NOT NULL, "
                    + "script " + dialect.textType(200) + " NOT NULL, "
                    + "checksum BIGINT NOT NULL, "
                    + "installed_at " + dialect.instantType() + " NOT NULL)");
        }
    }

    private TreeMap<Integer, Recorded> readHistory(Connection c) throws SQLException {
        TreeMap<Integer, Recorded> out = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, checksum FROM " + prefix.table(HISTORY_TABLE))) {
            while (rs.next()) {
                out.put(rs.getInt(1), new Recorded(rs.getInt(1), rs.getLong(2)));
            }
        }
        return out;
    }

    private boolean tableExists(Connection c, String baseName) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String name = prefix.table(baseName);
        String escape = md.getSearchStringEscape();
        String pattern = escape == null || escape.isEmpty() ? name : name.replace("_", escape + "_");
        for (String candidate : List.of(pattern, pattern.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = md.getTables(c.getCatalog(), schemaOf(c), candidate, null)) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String schemaOf(Connection c) throws SQLException {
        return c.getSchema();
    }

    private static String script(Dialect dialect, Migration m) {
        String resource = m.resource(dialect.product());
        try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SchemaMigrationException("the library's script " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SchemaMigrationException("reading the library's script " + resource + " failed", e);
        }
    }

    /** One row of the history table. */
    private record Recorded(int version, long checksum) {
    }

    @Override
    public String toString() {
        return "SchemaMigrator[prefix \"" + prefix + "\", versions 1 to " + latestVersion() + "]";
    }
}
