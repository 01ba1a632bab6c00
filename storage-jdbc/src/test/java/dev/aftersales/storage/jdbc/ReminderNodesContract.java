package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.warranty.UnitTerm;
import dev.aftersales.warranty.WarrantyReminder;
import dev.aftersales.warranty.WarrantyReminderDue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two nodes sweeping one database fire each warranty expiry reminder exactly once (rule WA-4):
 * two desks, each with its own connection pool and JDBC store, sweep together over
 * {@value #UNITS} units' reminders that all fell due during downtime. Each reminder fires once,
 * with the instant it was due; with the outbox, each event is written once in the transaction that
 * fired it, under the type {@code aftersales.warranty-reminder.v1}; without it, each reaches the
 * listeners once. Subclassed for H2, PostgreSQL and MariaDB.
 */
abstract class ReminderNodesContract extends DatabaseTest {

    static final int UNITS = 1_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant SWEEP_AT = Instant.parse("2030-01-01T00:00:00Z");
    private static final String[] COMPONENTS = {"plaster", "pipe-leaks", "lamps-switches"};

    @Test
    @DisplayName("WA-4 two nodes with their own pools and the outbox fire 3,000 missed reminders: each written to the outbox once, at its due instant")
    void twoNodesWithOutbox() throws Exception {
        TablePrefix prefix = db.uniquePrefix();
        List<WarrantyReminder> all = load(prefix);
        race(prefix, true, new ConcurrentLinkedQueue<>());
        assertEquals(all.size(), db.queryLong("SELECT COUNT(*) FROM " + prefix.table("outbox")
                + " WHERE event_type = 'aftersales.warranty-reminder.v1'"));
        assertEquals(all.size(), db.queryLong("SELECT COUNT(DISTINCT event_id) FROM " + prefix.table("outbox")));
        assertEquals(0, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("warranty_reminder")
                + " WHERE fired_at IS NULL OR NOT delivered"));
        JdbcStore reader = JdbcStore.create(db.dataSource()).tablePrefix(prefix).outbox(Clock.fixed(SWEEP_AT, SHANGHAI))
                .build();
        List<DomainEvent> published = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder().store(reader).clock(Clock.fixed(SWEEP_AT, SHANGHAI))
                .listener(published::add).build()) {
            while (desk.publishPending() > 0) {
                // deliver every batch
            }
        }
        assertEachOnceAtItsDueInstant(all, published);
    }

    @Test
    @DisplayName("WA-4 two nodes with their own pools and no outbox fire 3,000 missed reminders: each reaches the listeners once, at its due instant")
    void twoNodesWithoutOutbox() throws Exception {
        TablePrefix prefix = db.uniquePrefix();
        List<WarrantyReminder> all = load(prefix);
        ConcurrentLinkedQueue<DomainEvent> heard = new ConcurrentLinkedQueue<>();
        race(prefix, false, heard);
        assertEachOnceAtItsDueInstant(all, new ArrayList<>(heard));
        assertEquals(0, db.queryLong("SELECT COUNT(*) FROM " + prefix.table("warranty_reminder")
                + " WHERE fired_at IS NULL OR NOT delivered"));
    }

    private List<WarrantyReminder> load(TablePrefix prefix) {
        JdbcStore loader = JdbcStore.create(db.dataSource()).tablePrefix(prefix).build();
        loader.migrate();
        List<WarrantyReminder> all = new ArrayList<>();
        loader.inTransaction(() -> {
            for (int u = 0; u < UNITS; u++) {
                UnitId unit = UnitId.of("U-" + u);
                List<WarrantyReminder> mine = new ArrayList<>();
                for (int c = 0; c < COMPONENTS.length; c++) {
                    LocalDate end = LocalDate.of(2026, 1, 1).plusDays((u * 7L + c * 31L) % 1000);
                    mine.add(WarrantyReminder.scheduled(new UnitTerm(unit, EstateId.of("E-1"), COMPONENTS[c], end),
                            Period.ofMonths(1), SHANGHAI));
                }
                loader.warrantyReminders().scheduleFor(unit, mine);
                all.addAll(mine);
            }
            return null;
        });
        return all;
    }

    private void race(TablePrefix prefix, boolean outbox, ConcurrentLinkedQueue<DomainEvent> heard) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<TestDataSource> pools = new ArrayList<>();
        List<CompletableFuture<Integer>> nodes = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            TestDataSource pool = db.dataSource().anotherPool();
            pools.add(pool);
            Clock clock = Clock.fixed(SWEEP_AT, SHANGHAI);
            JdbcStore.Builder node = JdbcStore.create(pool).tablePrefix(prefix);
            AfterSales desk = AfterSales.builder().store((outbox ? node.outbox(clock) : node).build()).clock(clock)
                    .sweeperName("node-" + n).listener(heard::add).build();
            nodes.add(CompletableFuture.supplyAsync(() -> {
                SkipLockedContract.await(start);
                try (desk) {
                    int fired = 0;
                    for (int round = 0; round < 100; round++) {
                        SweepReport r = desk.sweep();
                        fired += r.reminders();
                        if (r.reminders() == 0 && r.conflicts() == 0 && r.failures() == 0) {
                            break;
                        }
                    }
                    return fired;
                }
            }));
        }
        start.countDown();
        int fired = 0;
        for (CompletableFuture<Integer> node : nodes) {
            fired += node.get(120, TimeUnit.SECONDS);
        }
        pools.forEach(TestDataSource::closeIdle);
        assertEquals(UNITS * COMPONENTS.length, fired, "each reminder fired once in all");
    }

    private static void assertEachOnceAtItsDueInstant(List<WarrantyReminder> all, List<DomainEvent> events) {
        List<WarrantyReminderDue> reminders = events.stream().filter(WarrantyReminderDue.class::isInstance)
                .map(WarrantyReminderDue.class::cast).toList();
        assertEquals(all.size(), reminders.size(), "one event per reminder");
        Map<String, WarrantyReminderDue> byId = reminders.stream()
                .collect(Collectors.toMap(WarrantyReminderDue::eventId, Function.identity()));
        assertEquals(all.size(), byId.size(), "no event twice");
        for (WarrantyReminder r : all) {
            WarrantyReminderDue e = byId.get(r.eventId());
            assertEquals(r.dueAt(), e.occurredAt());
            assertEquals(r.termEnd(), e.termEnd());
        }
    }
}
