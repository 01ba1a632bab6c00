package dev.aftersales.benchmarks.jdbc;

import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.schema.SchemaMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL database of the JDBC benchmarks: the server of
 * {@code -Daftersales.bench.postgresql.url} (default {@value #DEFAULT_URL}), schema
 * {@value #SCHEMA}, one table prefix per benchmark, migrated by the built-in migrator. The schema
 * stays after a run so that the 1,000,000 commitments of {@link ClaimBenchmark} are loaded once;
 * remove it with {@code DROP SCHEMA aftersales_bench CASCADE}.
 */
final class BenchDatabase {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    static final String SCHEMA = "aftersales_bench";

    private BenchDatabase() {
    }

    /** A driver data source on the benchmark schema, batched inserts rewritten into multi-row ones. */
    static PGSimpleDataSource dataSource() throws SQLException {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(System.getProperty("aftersales.bench.postgresql.url", DEFAULT_URL));
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(admin.getURL());
        ds.setCurrentSchema(SCHEMA);
        ds.setReWriteBatchedInserts(true);
        return ds;
    }

    /** Brings the tables of a prefix to the library's schema version. */
    static void migrate(PGSimpleDataSource ds, TablePrefix prefix) {
        SchemaMigrator.create(ds).withPrefix(prefix).migrate();
    }

    /** Runs statements on a connection of their own. */
    static void execute(PGSimpleDataSource ds, String... sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** Runs a query for one number. */
    static long queryLong(PGSimpleDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
