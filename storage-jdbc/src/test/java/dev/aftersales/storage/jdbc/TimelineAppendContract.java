package dev.aftersales.storage.jdbc;

import static dev.aftersales.testkit.tck.TicketSamples.OWNER_1;
import static dev.aftersales.testkit.tck.TicketSamples.UNIT_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.spi.TicketRepository;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.testkit.arbitraries.PlannedStep;
import dev.aftersales.testkit.tck.TicketSamples;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketStep;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The timeline of a ticket (the follow-up record of rule CP-3) is append-only in the JDBC store: a
 * save inserts the entries taken since the record was read, as one batch, and never deletes or
 * writes again the rows of earlier entries; a record whose timeline does not continue the stored
 * one is refused; the save stays one atomic, optimistically versioned write. Statements are
 * counted through a {@link StatementLog}. Subclassed per database.
 */
abstract class TimelineAppendContract extends DatabaseTest {

    private static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");

    private StatementLog log;
    private TablePrefix prefix;
    private JdbcStore store;
    private TicketRepository tickets;

    @BeforeEach
    void migrate() {
        prefix = db.uniquePrefix();
        log = new StatementLog(db.dataSource());
        store = JdbcStore.create(log).tablePrefix(prefix).build();
        store.migrate();
        tickets = store.tickets();
    }

    @AfterEach
    void heal() {
        db.dataSource().heal();
    }

    private static TicketRecord repair(TicketStep... steps) {
        return TicketSamples.repair("T-1", T0, UNIT_1, Reporter.byOwner(OWNER_1), steps);
    }

    private static TicketRecord next(TicketRecord record, TicketStep step) {
        return TicketSamples.step(record, record.lastEntry().at().plusSeconds(60), PlannedStep.of(step));
    }

    /** The statements that ran on the step table since the log was cleared, reads left out. */
    private List<StatementLog.Execution> stepWrites() {
        String steps = prefix.table("ticket_step");
        return log.executions().stream()
                .filter(e -> e.sql().contains(steps) && !e.sql().strip().toUpperCase(Locale.ROOT).startsWith("SELECT"))
                .toList();
    }

    private long stepRows(String where) {
        return db.queryLong("SELECT COUNT(*) FROM " + prefix.table("ticket_step") + " WHERE ticket_id = 'T-1'" + where);
    }

    private TicketRecord stored() {
        return tickets.findById(TicketId.of("T-1")).orElseThrow();
    }

    @Test
    @DisplayName("CP-3 a step's save inserts only the new entry, as a batch of one row, and deletes nothing")
    void stepSaveInsertsOnlyTheNewEntry() {
        TicketRecord v1 = tickets.save(repair(TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN, TicketStep.CONTACT_OWNER,
                TicketStep.AGREE_PLAN));
        log.clear();
        TicketRecord v2 = tickets.save(next(v1, TicketStep.START_WORK));
        List<StatementLog.Execution> writes = stepWrites();
        assertEquals(1, writes.size(), () -> "writes to the step table: " + writes);
        StatementLog.Execution insert = writes.get(0);
        assertTrue(insert.sql().strip().toUpperCase(Locale.ROOT).startsWith("INSERT"), insert.sql());
        assertTrue(insert.batched(), "inserted as a JDBC batch");
        assertEquals(1, insert.rows(), "only the sixth entry is inserted");
        assertEquals(6, stepRows(""));
        assertEquals(v2, stored());
    }

    @Test
    @DisplayName("CP-3 entries taken between two saves are appended together: one batch of two rows")
    void twoNewEntriesAreOneBatch() {
        TicketRecord v1 = tickets.save(repair(TicketStep.CLASSIFY_VALID));
        log.clear();
        TicketRecord v2 = tickets.save(next(next(v1, TicketStep.ASSIGN), TicketStep.CONTACT_OWNER));
        List<StatementLog.Execution> writes = stepWrites();
        assertEquals(1, writes.size(), () -> "writes to the step table: " + writes);
        assertTrue(writes.get(0).batched());
        assertEquals(2, writes.get(0).rows());
        assertEquals(v2, stored());
        assertEquals(4, v2.timeline().size());
    }

    @Test
    @DisplayName("CP-3 a save without a new entry writes the ticket row and no step row")
    void saveWithoutNewEntryWritesNoStepRow() {
        TicketRecord v1 = tickets.save(repair(TicketStep.CLASSIFY_VALID));
        log.clear();
        TicketRecord v2 = tickets.save(v1);
        assertEquals(List.of(), stepWrites());
        assertEquals(2, v2.version());
        assertEquals(v2, stored());
    }

    @Test
    @DisplayName("CP-3 rows of earlier entries are never written again: a mark put on a stored row survives the next saves")
    void earlierRowsAreNotRewritten() {
        TicketRecord v1 = tickets.save(repair(TicketStep.CLASSIFY_VALID));
        db.execute("UPDATE " + prefix.table("ticket_step") + " SET actor_id = 'MARKED' WHERE ticket_id = 'T-1' AND seq = 1");
        TicketRecord v2 = tickets.save(next(v1, TicketStep.ASSIGN));
        tickets.save(next(v2, TicketStep.CONTACT_OWNER));
        assertEquals(1, stepRows(" AND seq = 1 AND actor_id = 'MARKED'"), "the reception's row was rewritten");
        assertEquals(4, stepRows(""));
    }

    @Test
    @DisplayName("CP-3 a record that drops stored entries is refused, naming the timeline; nothing is written")
    void droppingStoredEntriesIsRefused() {
        TicketRecord v1 = tickets.save(repair(TicketStep.CLASSIFY_VALID, TicketStep.ASSIGN));
        TicketRecord shorter = repair(TicketStep.CLASSIFY_VALID).withVersion(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tickets.save(shorter));
        assertTrue(e.getMessage().contains("timeline") && e.getMessage().contains("T-1"), e.getMessage());
        assertEquals(v1, stored());
    }

    @Test
    @DisplayName("CP-3 a record whose timeline departs from the stored one (a forged version) is refused; nothing is written")
    void departingTimelineIsRefused() {
        TicketRecord v1 = tickets.save(repair());
        TicketRecord v2 = tickets.save(next(v1, TicketStep.FORWARD));
        TicketRecord forgedSameLength = next(v1, TicketStep.CLASSIFY_VALID).withVersion(2);
        TicketRecord forgedLonger = next(next(v1, TicketStep.CLASSIFY_VALID), TicketStep.ASSIGN).withVersion(2);
        for (TicketRecord forged : List.of(forgedSameLength, forgedLonger)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tickets.save(forged));
            assertTrue(e.getMessage().contains("timeline") && e.getMessage().contains("T-1"), e.getMessage());
            assertEquals(v2, stored());
        }
    }

    @Test
    @DisplayName("CP-3 a record kept from its save, with instants finer than the microsecond, takes and saves its next step")
    void recordKeptFromItsSaveSavesItsNextStep() {
        Instant fine = T0.plusNanos(123_456_789);
        TicketRecord v1 = tickets.save(TicketSamples.repair("T-1", fine, UNIT_1, Reporter.byOwner(OWNER_1),
                TicketStep.CLASSIFY_VALID));
        TicketRecord v2 = tickets.save(next(v1, TicketStep.ASSIGN));
        TicketRecord found = stored();
        assertEquals(2, found.version());
        assertEquals(3, found.timeline().size());
        assertEquals(v2.lastEntry().at().truncatedTo(ChronoUnit.MICROS), found.lastEntry().at());
    }

    @Test
    @DisplayName("CP-3 a step's save is atomic: a connection lost on any of its statements leaves the stored ticket as it was")
    void lostConnectionLeavesTheTicketAsItWas() {
        TicketRecord v1 = tickets.save(repair(TicketStep.CLASSIFY_VALID));
        TicketRecord step = next(v1, TicketStep.ASSIGN);
        // statements: the versioned update, the read of the last stored entry, the batch of new entries
        for (int n = 1; n <= 3; n++) {
            db.dataSource().breakOnStatement(n);
            JdbcStorageException e = assertThrows(JdbcStorageException.class, () -> tickets.save(step),
                    "broken on statement " + n);
            assertEquals(SqlFailure.CONNECTION_LOST, e.failure());
            db.dataSource().heal();
            assertEquals(v1, stored(), "broken on statement " + n);
            assertEquals(2, stepRows(""), "broken on statement " + n);
        }
        assertEquals(step.withVersion(2), tickets.save(step));
        assertEquals(step.withVersion(2), stored());
    }

    @Test
    @DisplayName("CP-3 at REPEATABLE READ, a unit of work whose snapshot predates the last stored entry never duplicates"
            + " or loses one: MariaDB appends after it, PostgreSQL and H2 report the stale version their snapshot holds")
    void repeatableReadSnapshotOlderThanTheLastEntry() {
        JdbcStore repeatable = JdbcStore.create(db.dataSource()).tablePrefix(prefix)
                .isolation(Connection.TRANSACTION_REPEATABLE_READ).build();
        TicketRecord v1 = tickets.save(repair());
        TicketRecord[] v2 = new TicketRecord[1];
        Supplier<TicketRecord> work = () -> repeatable.inTransaction(() -> {
            repeatable.tickets().findById(TicketId.of("T-1")).orElseThrow();
            // another node saves a step after this unit of work's snapshot was taken
            v2[0] = CompletableFuture.supplyAsync(() -> tickets.save(next(v1, TicketStep.FORWARD)))
                    .orTimeout(30, TimeUnit.SECONDS).join();
            return repeatable.tickets().save(next(v2[0], TicketStep.CLASSIFY_VALID));
        });
        if (kind() == DatabaseKind.MARIADB) {
            TicketRecord v3 = work.get();
            assertEquals(3, v3.timeline().size());
            assertEquals(v3, stored());
        } else {
            StaleWriteException e = assertThrows(StaleWriteException.class, work::get);
            assertEquals(2, e.expectedVersion());
            assertEquals(1, e.actualVersion(), "the version of the unit of work's snapshot");
            assertEquals(v2[0], stored());
        }
    }
}
