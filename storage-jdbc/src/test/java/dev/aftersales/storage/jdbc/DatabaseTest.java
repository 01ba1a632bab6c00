package dev.aftersales.storage.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of tests that run on each database: one fresh database per test class, dropped when the
 * class ends; a subclass per database names the kind. If the database is not reachable, every test
 * of the class is reported as skipped with the reason (one by one, so that the surefire summary
 * counts them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseTest {

    /** The database of this test class, null if it is not reachable. */
    protected TestDatabase db;

    /** The database kind of this test class. */
    abstract DatabaseKind kind();

    @BeforeAll
    final void openDatabase() {
        if (TestDatabases.unavailable(kind()) == null) {
            db = TestDatabases.open(kind());
        }
    }

    @BeforeEach
    final void requireDatabase() {
        Assumptions.assumeTrue(db != null, () -> kind().displayName + " skipped: " + TestDatabases.unavailable(kind()));
    }

    @AfterAll
    final void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }
}
