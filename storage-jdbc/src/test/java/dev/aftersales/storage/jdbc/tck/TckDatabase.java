package dev.aftersales.storage.jdbc.tck;

import dev.aftersales.storage.jdbc.DatabaseKind;
import dev.aftersales.storage.jdbc.LeaseClock;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.storage.jdbc.TestDatabase;
import dev.aftersales.storage.jdbc.TestDatabases;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The database of one TCK test class: a fresh test database with the schema migrated under the
 * table prefix {@code tck_}, and a {@link JdbcStore} on it whose personal data goes through
 * {@link ReversingCodec}. {@link #freshStore()} empties every table before each test.
 *
 * <p>The store times leases by the callers' clocks ({@link LeaseClock#CALLER}): the TCK lets a lease
 * pass by moving a fixed clock, which the database's clock would take real minutes to follow. The
 * default, leases on the database's clock, is checked by {@code ClockSkewContract} and by
 * {@link IndexUsageOnPostgreSqlTest}.
 */
final class TckDatabase implements AutoCloseable {

    static final TablePrefix PREFIX = TablePrefix.of("tck_");

    /** Children before parents, for the foreign keys. */
    private static final List<String> TABLES = List.of("maintenance_task", "maintenance_plan", "warranty_reminder",
            "warranty_term", "callback_round_entry", "callback_round", "warranty_decision",
            "warranty_settings_entry", "warranty_settings", "commitment_firing", "commitment", "ticket_step", "ticket",
            "ownership_owner", "ownership",
            "owner_item", "owner", "unit", "building", "plot", "estate", "outbox", "policy_version");

    private final DatabaseKind kind;
    private final TestDatabase db;
    private final JdbcStore store;

    private TckDatabase(DatabaseKind kind, TestDatabase db, JdbcStore store) {
        this.kind = kind;
        this.db = db;
        this.store = store;
    }

    /** Opens the database, or remembers that it is unavailable (each test then reports itself skipped). */
    static TckDatabase open(DatabaseKind kind) {
        if (TestDatabases.unavailable(kind) != null) {
            return new TckDatabase(kind, null, null);
        }
        TestDatabase db = TestDatabases.open(kind);
        JdbcStore store = JdbcStore.create(db.dataSource()).tablePrefix(PREFIX).personalDataCodec(new ReversingCodec())
                .leaseClock(LeaseClock.CALLER).build();
        store.migrate();
        return new TckDatabase(kind, db, store);
    }

    /** Returns the store with every table emptied, or skips the calling test if the database is unavailable. */
    JdbcStore freshStore() {
        Assumptions.assumeTrue(db != null, () -> kind.displayName + " skipped: " + TestDatabases.unavailable(kind));
        for (String table : TABLES) {
            db.execute("DELETE FROM " + PREFIX.table(table));
        }
        return store;
    }

    /** The test database, for checks of what is stored. */
    TestDatabase db() {
        return db;
    }

    @Override
    public void close() {
        if (db != null) {
            db.close();
        }
    }
}
