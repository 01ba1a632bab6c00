package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftersales.storage.jdbc.schema.Migration;
import dev.aftersales.storage.jdbc.schema.Migrations;
import dev.aftersales.storage.jdbc.schema.SchemaMigrator;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.testkit.arbitraries.PlannedStep;
import dev.aftersales.testkit.tck.KpiSamples;
import dev.aftersales.testkit.tck.KpiWorlds;
import dev.aftersales.testkit.tck.TicketSamples;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.TimelineEntry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The first-cycle facts kept in a ticket's row for the measurement queries (rules MS-1, RP-6,
 * schema version {@code ticket_kpi_facts}): after every save they are those of the timeline (its
 * first closing, confirmed closure and callback of cycle 1, its last classification of cycle 1,
 * and its earliest reopening at or after that closing), and the schema's back-fill derives the same
 * from tickets stored before the version existed. Tickets of random worlds, and one reclassified
 * and reopened complaint, are saved one step at a time (each save appends to the stored timeline),
 * on H2, PostgreSQL and MariaDB.
 */
class TicketKpiFactsProperties {

    private static final Map<DatabaseKind, TestDatabase> DATABASES = new EnumMap<>(DatabaseKind.class);

    /** The version that adds the columns, found by name (its number changes when versions are merged). */
    private static final int FACTS_VERSION = Migrations.ALL.stream().filter(m -> m.description().equals("ticket_kpi_facts"))
            .mapToInt(Migration::version).findFirst().orElseThrow();

    @AfterContainer
    static void close() {
        DATABASES.values().forEach(TestDatabase::close);
        DATABASES.clear();
    }

    @Property(tries = 20)
    void ms1Rp6FactsOfEverySaveAndOfTheBackFillOnH2(@ForAll("worlds") KpiWorlds.World world) {
        check(DatabaseKind.H2, world);
    }

    @Property(tries = 4)
    void ms1Rp6FactsOfEverySaveAndOfTheBackFillOnPostgreSql(@ForAll("worlds") KpiWorlds.World world) {
        check(DatabaseKind.POSTGRESQL, world);
    }

    @Property(tries = 4)
    void ms1Rp6FactsOfEverySaveAndOfTheBackFillOnMariaDb(@ForAll("worlds") KpiWorlds.World world) {
        check(DatabaseKind.MARIADB, world);
    }

    @Example
    void ms1Rp6LastClassificationAndAReopeningWithinTheClosingsMicrosecondOnH2() {
        check(DatabaseKind.H2, reclassifiedAndReopened());
    }

    @Example
    void ms1Rp6LastClassificationAndAReopeningWithinTheClosingsMicrosecondOnPostgreSql() {
        check(DatabaseKind.POSTGRESQL, reclassifiedAndReopened());
    }

    @Example
    void ms1Rp6LastClassificationAndAReopeningWithinTheClosingsMicrosecondOnMariaDb() {
        check(DatabaseKind.MARIADB, reclassifiedAndReopened());
    }

    /**
     * A complaint judged invalid, then (closure rejected) valid in cycle 1, closed and reopened 50
     * ns later, in the same microsecond, then handled, closed and reopened again in cycle 2: its
     * validity is the last classification of cycle 1, its reopening the first one at or after the
     * closing as stored (to the microsecond).
     */
    private static KpiWorlds.World reclassifiedAndReopened() {
        Instant t0 = Instant.parse("2025-03-03T01:00:00.000000700Z");
        KpiSamples.Story story = KpiSamples.ticket("X-1", TicketKind.COMPLAINT, TicketSamples.UNIT_1, t0);
        story.at(t0.plusSeconds(60), TicketStep.CLASSIFY_INVALID).at(t0.plusSeconds(120), TicketStep.CONTACT_OWNER)
                .at(t0.plusSeconds(180), TicketStep.REJECT_CLOSURE).at(t0.plusSeconds(240), TicketStep.CLASSIFY_VALID);
        Instant handled = handle(story, t0.plusSeconds(300));
        Instant closed = handled.plusSeconds(60).plusNanos(200);
        story.at(closed, TicketStep.CLOSE).at(closed.plusNanos(50), TicketStep.REOPEN)
                .at(closed.plusSeconds(3600), TicketStep.CLASSIFY_VALID);
        Instant again = handle(story, closed.plusSeconds(3660));
        story.at(again.plusSeconds(60), TicketStep.CLOSE).at(again.plusSeconds(120), TicketStep.REOPEN);
        return new KpiWorlds.World(List.of(story.record()), List.of());
    }

    /** Assigns, handles, confirms and calls back a classified ticket a minute apart; returns the callback's instant. */
    private static Instant handle(KpiSamples.Story story, Instant from) {
        story.at(from, PlannedStep.assign(TicketSamples.ENGINEERING, "TCK-S2"));
        TicketStep[] steps = {TicketStep.CONTACT_OWNER, TicketStep.AGREE_PLAN, TicketStep.START_WORK,
            TicketStep.RETURN_RESULT, TicketStep.INFORM_OWNER, TicketStep.CONFIRM_CLOSURE};
        Instant at = from;
        for (TicketStep step : steps) {
            at = at.plusSeconds(60);
            story.at(at, step);
        }
        at = at.plusSeconds(60);
        story.callback(at, 4);
        return at;
    }

    private static void check(DatabaseKind kind, KpiWorlds.World world) {
        TestDatabase db = DATABASES.computeIfAbsent(kind, TestDatabases::open);
        TablePrefix current = db.uniquePrefix();
        JdbcStore store = JdbcStore.create(db.dataSource()).tablePrefix(current).build();
        store.migrate();
        List<List<Object>> expected = new ArrayList<>();
        for (TicketRecord t : world.tickets()) {
            long version = 0;
            for (int n = 1; n <= t.timeline().size(); n++) {
                List<TimelineEntry> part = t.timeline().subList(0, n);
                TimelineEntry last = part.get(n - 1);
                if (last.to() == TicketState.WAITING && n < t.timeline().size()) {
                    continue;
                }
                TicketRecord saved = store.tickets().save(n == t.timeline().size() ? t.withVersion(version)
                        : new TicketRecord(t.id(), t.intake(), t.receivingUnit(), t.reportedAt(), last.to(), last.cycle(),
                        t.responsibleDepartment(), t.responsibleStaffId(), null, null, part, version));
                version = saved.version();
                assertEquals(List.of(expected(t.idText(), part)), facts(db, current, "id = '" + t.idText() + "'"),
                        () -> "facts of " + t.idText() + " after saving " + part.size() + " entries");
            }
            expected.add(expected(t.idText(), t.timeline()));
        }
        expected.sort(java.util.Comparator.comparing(r -> (String) r.get(0)));
        assertEquals(expected, facts(db, current, "1 = 1"), "facts written by the saves");

        TablePrefix older = db.uniquePrefix();
        SchemaMigrator.create(db.dataSource()).withPrefix(older).upTo(FACTS_VERSION - 1).migrate();
        copy(db, current.table("ticket"), older.table("ticket"));
        copy(db, current.table("ticket_step"), older.table("ticket_step"));
        SchemaMigrator.create(db.dataSource()).withPrefix(older).migrate();
        assertEquals(expected, facts(db, older, "1 = 1"), "facts back-filled by the migration");
    }

    /** The facts by their definitions (ReferenceMeasurement's), instants in microseconds. */
    private static List<Object> expected(String id, List<TimelineEntry> timeline) {
        Long closed = first(timeline, TicketStep.CLOSE);
        String validity = null;
        for (TimelineEntry e : timeline) {
            if (e.cycle() == 1 && e.step() == TicketStep.CLASSIFY_VALID) {
                validity = "VALID";
            } else if (e.cycle() == 1 && e.step() == TicketStep.CLASSIFY_INVALID) {
                validity = "INVALID";
            }
        }
        Long reopened = closed == null ? null : timeline.stream().filter(e -> e.step() == TicketStep.REOPEN)
                .map(e -> micros(e.at())).filter(m -> m >= closed).min(Long::compare).orElse(null);
        List<Object> row = new ArrayList<>();
        row.add(id);
        row.add(closed);
        row.add(first(timeline, TicketStep.CONFIRM_CLOSURE));
        row.add(first(timeline, TicketStep.RECORD_CALLBACK));
        row.add(validity);
        row.add(reopened);
        return row;
    }

    private static Long first(List<TimelineEntry> timeline, TicketStep step) {
        return timeline.stream().filter(e -> e.cycle() == 1 && e.step() == step).findFirst().map(e -> micros(e.at()))
                .orElse(null);
    }

    private static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    private static List<List<Object>> facts(TestDatabase db, TablePrefix prefix, String where) {
        String sql = "SELECT id, " + db.epochMicros("cycle1_closed_at") + ", " + db.epochMicros("cycle1_confirmed_at")
                + ", " + db.epochMicros("cycle1_called_at") + ", cycle1_validity, " + db.epochMicros("reopened_at")
                + " FROM " + prefix.table("ticket") + " WHERE " + where + " ORDER BY id";
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                row.add(rs.getString(1));
                for (int i = 2; i <= 6; i++) {
                    if (i == 5) {
                        row.add(rs.getString(i));
                    } else {
                        long v = rs.getLong(i);
                        row.add(rs.wasNull() ? null : v);
                    }
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return rows;
    }

    /** Copies the rows of a table into the same table of an older schema, in the older table's columns. */
    private static void copy(TestDatabase db, String from, String to) {
        List<String> columns = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + to + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(to, e);
        }
        String list = String.join(", ", columns);
        db.execute("INSERT INTO " + to + " (" + list + ") SELECT " + list + " FROM " + from);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<KpiWorlds.World> worlds() {
        return KpiWorlds.worlds();
    }
}
