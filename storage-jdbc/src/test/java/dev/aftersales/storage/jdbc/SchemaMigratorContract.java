package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.storage.jdbc.schema.MigrationReport;
import dev.aftersales.storage.jdbc.schema.Migrations;
import dev.aftersales.storage.jdbc.schema.SchemaMigrationException;
import dev.aftersales.storage.jdbc.schema.SchemaMigrator;
import dev.aftersales.storage.jdbc.schema.SchemaTooNewException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The built-in {@link SchemaMigrator}: a fresh schema gets every version, a re-run changes
 * nothing, a database newer than the library is refused untouched, table prefixes keep schemas
 * apart, tampered or foreign schemas are refused with a clear error, and two nodes migrating at
 * once apply each version once. Subclassed per database.
 */
abstract class SchemaMigratorContract extends DatabaseTest {

    TablePrefix prefix;
    SchemaMigrator migrator;

    @BeforeEach
    void newPrefix() {
        prefix = db.uniquePrefix();
        migrator = SchemaMigrator.create(db.dataSource()).withPrefix(prefix);
    }

    long historyRows(TablePrefix p) {
        return db.queryLong("SELECT COUNT(*) FROM " + p.table(SchemaMigrator.HISTORY_TABLE));
    }

    @Test
    @DisplayName("a fresh schema is migrated to the latest version and every version is recorded")
    void freshSchema() {
        assertEquals(0, migrator.currentVersion());
        MigrationReport report = migrator.migrate();
        assertEquals(0, report.fromVersion());
        assertEquals(Migrations.LATEST, report.toVersion());
        assertEquals(IntStream.rangeClosed(1, Migrations.LATEST).boxed().toList(), report.applied());
        assertEquals(Migrations.LATEST, migrator.currentVersion());
        assertEquals(Migrations.LATEST, historyRows(prefix));
        assertEquals(0, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("outbox")), "the outbox table exists");
        assertEquals(0, db.dataSource().openConnections());
    }

    @Test
    @DisplayName("running the migrator again changes nothing")
    void idempotentRerun() {
        migrator.migrate();
        MigrationReport again = migrator.migrate();
        assertFalse(again.changed());
        assertEquals(Migrations.LATEST, again.fromVersion());
        assertEquals(Migrations.LATEST, again.toVersion());
        assertEquals(Migrations.LATEST, historyRows(prefix));
    }

    @Test
    @DisplayName("a database newer than the library is refused and left untouched")
    void refusesNewerDatabase() {
        migrator.migrate();
        int newer = Migrations.LATEST + 1;
        JdbcRunner jdbc = new JdbcRunner(JdbcTransactions.create(db.dataSource()));
        jdbc.update("INSERT INTO " + prefix.table(SchemaMigrator.HISTORY_TABLE)
                + " (version, description, script, checksum, installed_at) VALUES (?, 'future', ?, 0, ?)",
                p -> p.intValue(newer).text("V" + newer + "__future.sql").instant(Instant.parse("2030-01-01T00:00:00Z")));
        SchemaTooNewException e = assertThrows(SchemaTooNewException.class, migrator::migrate);
        assertEquals(newer, e.databaseVersion());
        assertEquals(Migrations.LATEST, e.libraryVersion());
        assertTrue(e.getMessage().contains("upgrade the library"), e.getMessage());
        assertEquals(newer, migrator.currentVersion());
        assertEquals(Migrations.LATEST + 1, historyRows(prefix), "nothing was changed");
    }

    @Test
    @DisplayName("an older library refuses a schema migrated by a newer one")
    void olderLibraryRefuses() {
        migrator.migrate();
        if (Migrations.LATEST > 1) {
            assertThrows(SchemaTooNewException.class, () -> migrator.upTo(Migrations.LATEST - 1).migrate());
        }
        assertEquals(Migrations.LATEST, migrator.currentVersion());
    }

    @Test
    @DisplayName("an upgrade applies only the versions the schema lacks")
    void upgradeAppliesMissingVersions() {
        MigrationReport first = migrator.upTo(1).migrate();
        assertEquals(List.of(1), first.applied());
        MigrationReport second = migrator.migrate();
        assertEquals(1, second.fromVersion());
        assertEquals(IntStream.rangeClosed(2, Migrations.LATEST).boxed().toList(), second.applied());
    }

    @Test
    @DisplayName("two table prefixes hold two independent schemas side by side")
    void prefixesAreIndependent() {
        TablePrefix other = db.uniquePrefix();
        migrator.migrate();
        assertEquals(0, SchemaMigrator.create(db.dataSource()).withPrefix(other).currentVersion());
        SchemaMigrator.create(db.dataSource()).withPrefix(other).migrate();
        db.execute("INSERT INTO " + prefix.table("outbox")
                + " (event_id, aggregate_id, event_type, payload, occurred_at, available_at)"
                + " VALUES ('E-1', 'T-1', 'test', '{}', " + now() + ", " + now() + ")");
        assertEquals(1, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("outbox")));
        assertEquals(0, db.queryLong("SELECT COUNT(*) FROM " + other.table("outbox")));
    }

    private String now() {
        return JdbcTransactions.create(db.dataSource()).dialect().currentInstantExpression();
    }

    @Test
    @DisplayName("a recorded script whose checksum differs from the library's is refused")
    void refusesChangedScript() {
        migrator.migrate();
        db.execute("UPDATE " + prefix.table(SchemaMigrator.HISTORY_TABLE) + " SET checksum = 42 WHERE version = 1");
        SchemaMigrationException e = assertThrows(SchemaMigrationException.class, migrator::migrate);
        assertTrue(e.getMessage().contains("checksum 42"), e.getMessage());
    }

    @Test
    @DisplayName("a history with a gap is refused")
    void refusesGap() {
        migrator.migrate();
        db.execute("DELETE FROM " + prefix.table(SchemaMigrator.HISTORY_TABLE) + " WHERE version = 1");
        if (Migrations.LATEST > 1) {
            SchemaMigrationException e = assertThrows(SchemaMigrationException.class, migrator::migrate);
            assertTrue(e.getMessage().contains("lacks version 1"), e.getMessage());
        } else {
            // with one version, deleting it leaves an empty history over existing tables
            SchemaMigrationException e = assertThrows(SchemaMigrationException.class, migrator::migrate);
            assertTrue(e.getMessage().contains("records no version"), e.getMessage());
        }
    }

    @Test
    @DisplayName("library tables without the built-in history (created by Flyway) are refused with a clear error")
    void refusesTablesWithoutHistory() {
        migrator.migrate();
        db.execute("DROP TABLE " + prefix.table(SchemaMigrator.HISTORY_TABLE));
        SchemaMigrationException e = assertThrows(SchemaMigrationException.class, migrator::migrate);
        assertTrue(e.getMessage().contains("Flyway"), e.getMessage());
    }

    @Test
    @DisplayName("two nodes migrating at once: one applies each version, the other finds the schema current")
    void concurrentMigrationsApplyOnce() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<MigrationReport>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return SchemaMigrator.create(db.dataSource()).withPrefix(prefix).migrate();
            }));
        }
        List<Integer> applied = new ArrayList<>();
        for (CompletableFuture<MigrationReport> run : runs) {
            MigrationReport r = run.get(60, TimeUnit.SECONDS);
            applied.addAll(r.applied());
            assertEquals(Migrations.LATEST, r.toVersion());
        }
        assertEquals(IntStream.rangeClosed(1, Migrations.LATEST).boxed().toList(), applied.stream().sorted().toList());
        assertEquals(Migrations.LATEST, historyRows(prefix));
    }
}
