package dev.aftersales.storage.jdbc.tck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.storage.jdbc.DatabaseKind;
import dev.aftersales.storage.jdbc.TestDatabase;
import dev.aftersales.storage.jdbc.TestDatabases;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EU-3, EU-4: the drivers' own traces log the values the store binds to its statements, personal
 * data included, so the storage README says which settings do and which to keep in production.
 * The driver behaviour is checked here for H2 (its trace file) and for pgjdbc (its
 * {@code java.util.logging} logger); MariaDB Connector/J's packet dumps at TRACE go through SLF4J,
 * which the tests configure once for the whole JVM at ERROR.
 */
@DisplayName("Driver traces and personal data")
class DriverTracesTest {

    @Test
    @DisplayName("EU-4 H2 at trace level 2 or 3 writes the values bound to statements, an owner's phone among them; at level 1 it does not")
    void h2TraceWritesBindValues(@TempDir Path dir) throws IOException {
        assertTrue(h2Trace(dir, 3).contains(PersonalDataContract.PHONE));
        assertTrue(h2Trace(dir, 2).contains(PersonalDataContract.PHONE));
        assertFalse(h2Trace(dir, 1).contains(PersonalDataContract.PHONE));
    }

    /** Saves an owner on a file database traced at a level, and returns the trace file. */
    private static String h2Trace(Path dir, int level) throws IOException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + dir.resolve("level" + level).toAbsolutePath() + ";TRACE_LEVEL_FILE=" + level);
        ds.setUser("sa");
        JdbcStore store = JdbcStore.create(ds).build();
        store.migrate();
        store.owners().save(PersonalDataContract.owner());
        Path trace = dir.resolve("level" + level + ".trace.db");
        return Files.exists(trace) ? Files.readString(trace, StandardCharsets.UTF_8) : "";
    }

    @Test
    @DisplayName("EU-4 pgjdbc at FINEST logs the values bound to statements, an owner's phone among them; at FINER it does not")
    void pgjdbcFinestLogsBindValues() {
        Assumptions.assumeTrue(TestDatabases.unavailable(DatabaseKind.POSTGRESQL) == null,
                () -> "PostgreSQL skipped: " + TestDatabases.unavailable(DatabaseKind.POSTGRESQL));
        try (TestDatabase db = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
            JdbcStore store = JdbcStore.create(db.dataSource()).tablePrefix(db.uniquePrefix()).build();
            store.migrate();
            Logger driver = Logger.getLogger("org.postgresql");
            Level before = driver.getLevel();
            List<String> logged = new ArrayList<>();
            Handler capture = new Handler() {
                private final SimpleFormatter format = new SimpleFormatter();

                @Override
                public void publish(LogRecord record) {
                    synchronized (logged) {
                        logged.add(format.formatMessage(record));
                    }
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            capture.setLevel(Level.ALL);
            driver.addHandler(capture);
            try {
                driver.setLevel(Level.FINER);
                store.owners().save(PersonalDataContract.owner());
                assertFalse(String.join("\n", logged).contains(PersonalDataContract.PHONE));
                driver.setLevel(Level.FINEST);
                store.owners().save(store.owners().findById(PersonalDataContract.owner().id()).orElseThrow());
                assertTrue(String.join("\n", logged).contains(PersonalDataContract.PHONE));
            } finally {
                driver.setLevel(before);
                driver.removeHandler(capture);
            }
        }
    }

    @Test
    @DisplayName("EU-4 the storage README names, next to the MariaDB note, the driver traces that log bind values and the settings to keep in production")
    void readmeWarnsOfDriverTraces() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int personalData = readme.indexOf("## Personal data");
        assertTrue(personalData >= 0, "the README has its personal data section");
        String section = readme.substring(personalData, readme.indexOf("\n## ", personalData + 1));
        for (String setting : List.of("org.mariadb.jdbc", "TRACE", "org.postgresql", "FINEST", "TRACE_LEVEL_FILE",
                "TRACE_LEVEL_SYSTEM_OUT", "h2database")) {
            assertTrue(section.contains(setting), () -> "the personal data section names " + setting);
        }
    }
}
