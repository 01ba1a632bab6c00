package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Dialect}: detection from metadata, failure classification and SQL shapes, without a database. */
class DialectTest {

    static DatabaseMetaData metaData(String product, String version) {
        return (DatabaseMetaData) Proxy.newProxyInstance(DialectTest.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getDatabaseProductName" -> product;
                    case "getDatabaseProductVersion" -> version;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static final Dialect PG = Dialect.of(DatabaseProduct.POSTGRESQL, ServerVersion.of(15, 0, 0));
    static final Dialect MARIADB = Dialect.of(DatabaseProduct.MARIADB, ServerVersion.of(10, 11, 0));
    static final Dialect MYSQL = Dialect.of(DatabaseProduct.MYSQL, ServerVersion.of(8, 0, 36));
    static final Dialect H2 = Dialect.of(DatabaseProduct.H2, ServerVersion.of(2, 5, 252));

    @ParameterizedTest(name = "{0} {1} is {2}, SKIP LOCKED {3}")
    @CsvSource(delimiter = '|', value = {
        "PostgreSQL | 15.20 (Debian 15.20-0+deb12u1) | POSTGRESQL | true",
        "PostgreSQL | 10.23                          | POSTGRESQL | true",
        "MariaDB    | 10.11.19-MariaDB-0+deb12u1     | MARIADB    | true",
        "MariaDB    | 10.6.0-MariaDB                 | MARIADB    | true",
        "MariaDB    | 10.5.27-MariaDB                | MARIADB    | false",
        "MySQL      | 5.5.5-10.11.6-MariaDB-log      | MARIADB    | true",
        "MySQL      | 8.0.36                         | MYSQL      | true",
        "MySQL      | 8.0.0-dmr                      | MYSQL      | false",
        "H2         | 2.5.252 (2026-09-23)           | H2         | false",
        "H2         | 2.2.220 (2023-07-04)           | H2         | false",
        "H2         | 2.1.214 (2022-06-13)           | H2         | false",
    })
    @DisplayName("the dialect is chosen from the product name and version text")
    void detection(String product, String version, DatabaseProduct expected, boolean skipLocked) throws SQLException {
        Dialect d = Dialect.detect(metaData(product, version));
        assertEquals(expected, d.product());
        assertEquals(skipLocked, d.supportsSkipLocked());
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource(delimiter = '|', value = {
        "PostgreSQL           | 9.6.24",
        "MariaDB              | 10.2.44-MariaDB",
        "MySQL                | 5.7.44",
        "H2                   | 1.4.200 (2019-10-14)",
        "Oracle               | Oracle Database 19c",
        "Microsoft SQL Server | 16.00.1000",
    })
    @DisplayName("an unknown product or a too old version is refused with a clear error")
    void unsupported(String product, String version) {
        UnsupportedDatabaseException e = assertThrows(UnsupportedDatabaseException.class,
                () -> Dialect.detect(metaData(product, version)));
        assertTrue(e.getMessage().contains(product.split(" ")[0]) || e.getMessage().contains("supported"), e.getMessage());
    }

    @Test
    @DisplayName("FOR UPDATE SKIP LOCKED is refused where the database lacks it")
    void skipLockedWhereMissing() {
        Dialect old = Dialect.of(DatabaseProduct.MARIADB, ServerVersion.of(10, 5, 0));
        assertThrows(UnsupportedOperationException.class, old::forUpdateSkipLocked);
        assertEquals(" FOR UPDATE SKIP LOCKED", PG.forUpdateSkipLocked());
    }

    @Test
    @DisplayName("a read that sees what updates see: a locking read on MariaDB and MySQL, a plain read on PostgreSQL and H2")
    void readAsUpdatesSee() {
        assertEquals(" FOR UPDATE", MARIADB.readAsUpdatesSee());
        assertEquals(" FOR UPDATE", MYSQL.readAsUpdatesSee());
        assertEquals("", PG.readAsUpdatesSee());
        assertEquals("", H2.readAsUpdatesSee());
    }

    record Case(Dialect dialect, SQLException exception, SqlFailure expected) {
    }

    @Test
    @DisplayName("driver failures are classified by SQLState, vendor code and exception class")
    void classification() {
        List<Case> cases = List.of(
                new Case(PG, new SQLException("dup", "23505"), SqlFailure.UNIQUE_VIOLATION),
                new Case(PG, new SQLException("fk", "23503"), SqlFailure.INTEGRITY_VIOLATION),
                new Case(PG, new SQLException("serialization", "40001"), SqlFailure.SERIALIZATION_FAILURE),
                new Case(PG, new SQLException("deadlock", "40P01"), SqlFailure.SERIALIZATION_FAILURE),
                new Case(PG, new SQLException("lock_timeout", "55P03"), SqlFailure.LOCK_TIMEOUT),
                new Case(PG, new SQLException("admin shutdown", "57P01"), SqlFailure.CONNECTION_LOST),
                new Case(PG, new SQLException("io", "08006"), SqlFailure.CONNECTION_LOST),
                new Case(PG, new SQLException("cancel", "57014"), SqlFailure.QUERY_TIMEOUT),
                new Case(PG, new SQLException("syntax", "42601"), SqlFailure.OTHER),
                new Case(PG, new SQLException("relation does not exist", "42P01"), SqlFailure.UNDEFINED_TABLE),
                new Case(MARIADB, new SQLException("Table doesn't exist", "42S02", 1146), SqlFailure.UNDEFINED_TABLE),
                new Case(MYSQL, new SQLException("Table doesn't exist", "42S02", 1146), SqlFailure.UNDEFINED_TABLE),
                new Case(MYSQL, new SQLException("no such table, vendor code only", "HY000", 1146), SqlFailure.UNDEFINED_TABLE),
                new Case(H2, new SQLException("Table not found", "42S02", 42102), SqlFailure.UNDEFINED_TABLE),
                new Case(H2, new SQLException("Table not found (candidates)", "42S03", 42103), SqlFailure.UNDEFINED_TABLE),
                new Case(H2, new SQLException("Table not found (empty)", "42S04", 42104), SqlFailure.UNDEFINED_TABLE),
                new Case(H2, new SQLException("Column not found", "42S22", 42122), SqlFailure.OTHER),
                new Case(MARIADB, new SQLException("Duplicate entry", "23000", 1062), SqlFailure.UNIQUE_VIOLATION),
                new Case(MARIADB, new SQLException("not null", "23000", 1048), SqlFailure.INTEGRITY_VIOLATION),
                new Case(MARIADB, new SQLException("Deadlock found", "40001", 1213), SqlFailure.SERIALIZATION_FAILURE),
                new Case(MARIADB, new SQLException("Lock wait timeout", "HY000", 1205), SqlFailure.LOCK_TIMEOUT),
                new Case(MARIADB, new SQLException("killed", "70100", 1927), SqlFailure.CONNECTION_LOST),
                new Case(MARIADB, new SQLException("max_statement_time", "70100", 1969), SqlFailure.QUERY_TIMEOUT),
                new Case(MARIADB, new SQLNonTransientConnectionException("socket", "08000"), SqlFailure.CONNECTION_LOST),
                new Case(MYSQL, new SQLException("gone", "HY000", 2006), SqlFailure.CONNECTION_LOST),
                new Case(H2, new SQLException("dup", "23505", 23505), SqlFailure.UNIQUE_VIOLATION),
                new Case(H2, new SQLException("deadlock", "40001", 40001), SqlFailure.SERIALIZATION_FAILURE),
                new Case(H2, new SQLException("lock timeout", "HYT00", 50200), SqlFailure.LOCK_TIMEOUT),
                new Case(H2, new SQLException("concurrent update", "90131", 90131), SqlFailure.SERIALIZATION_FAILURE),
                new Case(H2, new SQLException("closed", "90121", 90121), SqlFailure.CONNECTION_LOST),
                new Case(H2, new SQLTimeoutException("timeout"), SqlFailure.QUERY_TIMEOUT),
                new Case(H2, new SQLException("no state"), SqlFailure.OTHER));
        for (Case c : cases) {
            assertEquals(c.expected(), c.dialect().classify(c.exception()),
                    c.dialect().product() + " " + c.exception().getSQLState() + "/" + c.exception().getErrorCode());
        }
    }

    @Test
    @DisplayName("a missing table is recognised by its standard SQLState before the dialect is known")
    void undefinedTableByStandardState() {
        assertEquals(SqlFailure.UNDEFINED_TABLE, AbstractDialect.classifyStandard(new SQLException("x", "42S02")));
        assertEquals(SqlFailure.UNDEFINED_TABLE, AbstractDialect.classifyStandard(new SQLException("x", "42P01")));
        assertEquals(SqlFailure.OTHER, AbstractDialect.classifyStandard(new SQLException("x", "42S22")));
        assertFalse(SqlFailure.UNDEFINED_TABLE.isTransient());
    }

    @Test
    @DisplayName("a batch failure is classified by the exception chained to it")
    void chainedClassification() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0]);
        batch.setNextException(new SQLException("dup", "23505"));
        assertEquals(SqlFailure.UNIQUE_VIOLATION, PG.classify(batch));
        SQLException wrapped = new SQLException("wrapper", null, 0, new SQLException("deadlock", "40001", 1213));
        assertEquals(SqlFailure.SERIALIZATION_FAILURE, MARIADB.classify(wrapped));
    }

    @Test
    @DisplayName("insert-if-absent: ON CONFLICT DO NOTHING on PostgreSQL, a plain insert elsewhere")
    void insertIfAbsentSql() {
        List<String> cols = List.of("id", "n");
        List<String> key = List.of("id");
        assertEquals("INSERT INTO t (id, n) VALUES (?, ?) ON CONFLICT (id) DO NOTHING", PG.insertIfAbsent("t", cols, key));
        assertEquals("INSERT INTO t (id, n) VALUES (?, ?)", MARIADB.insertIfAbsent("t", cols, key));
        assertEquals("INSERT INTO t (id, n) VALUES (?, ?)", H2.insertIfAbsent("t", cols, key));
        assertTrue(PG.failedStatementAbortsTransaction());
        assertFalse(MARIADB.failedStatementAbortsTransaction());
        assertFalse(H2.failedStatementAbortsTransaction());
        assertThrows(IllegalArgumentException.class, () -> PG.insertIfAbsent("t", cols, List.of("x")));
    }

    @Test
    @DisplayName("upsert: ON CONFLICT DO UPDATE, ON DUPLICATE KEY UPDATE, MERGE ... KEY")
    void upsertSql() {
        List<String> cols = List.of("id", "n", "at");
        List<String> key = List.of("id");
        assertEquals("INSERT INTO t (id, n, at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET n = EXCLUDED.n, at = EXCLUDED.at",
                PG.upsert("t", cols, key));
        assertEquals("INSERT INTO t (id, n, at) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE n = VALUES(n), at = VALUES(at)",
                MYSQL.upsert("t", cols, key));
        assertEquals("MERGE INTO t (id, n, at) KEY (id) VALUES (?, ?, ?)", H2.upsert("t", cols, key));
        assertEquals("INSERT INTO t (id) VALUES (?) ON CONFLICT (id) DO NOTHING", PG.upsert("t", key, key));
        assertEquals("INSERT INTO t (id) VALUES (?) ON DUPLICATE KEY UPDATE id = id", MARIADB.upsert("t", key, key));
    }

    @Test
    @DisplayName("instants are stored in zone-safe column types")
    void instantTypes() {
        assertEquals("TIMESTAMP(6) WITH TIME ZONE", PG.instantType());
        assertEquals("DATETIME(6)", MARIADB.instantType());
        assertEquals("TIMESTAMP(6) WITH TIME ZONE", H2.instantType());
        assertEquals("UTC_TIMESTAMP(6)", MYSQL.currentInstantExpression());
    }
}
