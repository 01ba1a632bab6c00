package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of tests that run on each database: one fresh database per test class, dropped when the
 * class ends; a subclass per database names the kind. If the database is not reachable, every test
 * of the class is reported as skipped with the reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseTest {

    /** The database of this test class. */
    protected TestDatabase db;

    /** The database kind of this test class. */
    abstract DatabaseKind kind();

    @BeforeAll
    final void openDatabase() {
        db = TestDatabases.open(kind());
    }

    @AfterAll
    final void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }
}
