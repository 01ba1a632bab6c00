package dev.aftersales.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcRunner}: statements, row mapping, row counts treated as bugs, insert-if-absent,
 * upsert, batches, and instants stored as UTC to the microsecond whatever the session's and the
 * JVM's time zones. Subclassed per database.
 */
abstract class JdbcRunnerContract extends DatabaseTest {

    private static final List<String> COLUMNS = List.of("id", "n", "at");
    private static final List<String> KEY = List.of("id");

    JdbcTransactions tx;
    JdbcRunner jdbc;
    String table;

    record Item(String id, int n, Instant at) {
    }

    @BeforeEach
    void createTable() {
        tx = JdbcTransactions.create(db.dataSource());
        jdbc = new JdbcRunner(tx);
        table = db.uniquePrefix().table("item");
        db.execute("CREATE TABLE " + table + " (id VARCHAR(64) NOT NULL PRIMARY KEY, n INTEGER NOT NULL, at "
                + tx.dialect().instantType() + ")");
    }

    void insert(Item item) {
        jdbc.updateExactly(1, "INSERT INTO " + table + " (id, n, at) VALUES (?, ?, ?)",
                p -> p.text(item.id()).intValue(item.n()).instant(item.at()));
    }

    Optional<Item> find(String id) {
        return jdbc.queryOptional("SELECT id, n, at FROM " + table + " WHERE id = ?", p -> p.text(id), this::item);
    }

    Item item(Row row) throws java.sql.SQLException {
        return new Item(row.text("id"), row.intValue("n"), row.instant("at"));
    }

    long rows() {
        return db.queryLong("SELECT COUNT(*) FROM " + table);
    }

    @Test
    @DisplayName("a query maps every row in the order the SQL asks for")
    void queryMapsRows() {
        Instant t = Instant.parse("2024-03-01T08:00:00Z");
        insert(new Item("b", 2, t));
        insert(new Item("a", 1, null));
        List<Item> items = jdbc.query("SELECT id, n, at FROM " + table + " ORDER BY id", Binder.NONE, this::item);
        assertEquals(List.of(new Item("a", 1, null), new Item("b", 2, t)), items);
    }

    @Test
    @DisplayName("a find of a missing row is empty, of a present row is that row")
    void queryOptional() {
        insert(new Item("a", 1, null));
        assertEquals(Optional.of(new Item("a", 1, null)), find("a"));
        assertEquals(Optional.empty(), find("zz"));
    }

    @Test
    @DisplayName("a find that matches two rows is a bug: UnexpectedRowCountException")
    void queryOptionalWithTwoRowsIsABug() {
        insert(new Item("a", 1, null));
        insert(new Item("b", 1, null));
        UnexpectedRowCountException e = assertThrows(UnexpectedRowCountException.class, () -> jdbc.queryOptional(
                "SELECT id, n, at FROM " + table + " WHERE n = ?", p -> p.intValue(1), this::item));
        assertEquals(2, e.actual());
        assertEquals(SqlFailure.UNEXPECTED_ROW_COUNT, e.failure());
    }

    @Test
    @DisplayName("an update that changes an unexpected number of rows is a bug, and is rolled back")
    void unexpectedUpdateCountIsRolledBack() {
        insert(new Item("a", 1, null));
        insert(new Item("b", 1, null));
        UnexpectedRowCountException e = assertThrows(UnexpectedRowCountException.class,
                () -> jdbc.updateExactly(1, "UPDATE " + table + " SET n = 5 WHERE n = ?", p -> p.intValue(1)));
        assertEquals(1, e.expected());
        assertEquals(2, e.actual());
        assertEquals(0, db.queryLong("SELECT COUNT(*) FROM " + table + " WHERE n = 5"), "nothing was kept");
    }

    @Test
    @DisplayName("queryOne needs exactly one row")
    void queryOneNeedsOneRow() {
        long count = jdbc.queryOne("SELECT COUNT(*) AS c FROM " + table, Binder.NONE, r -> r.longValue("c"));
        assertEquals(0, count);
        assertThrows(UnexpectedRowCountException.class,
                () -> jdbc.queryOne("SELECT id FROM " + table, Binder.NONE, r -> r.text("id")));
    }

    @Test
    @DisplayName("insert-if-absent inserts once, then reports the key taken and leaves the unit of work usable")
    void insertIfAbsent() {
        Instant t = Instant.parse("2024-03-01T08:00:00Z");
        tx.run(() -> {
            assertTrue(jdbc.insertIfAbsent(table, COLUMNS, KEY, p -> p.text("k").intValue(1).instant(t)));
            assertFalse(jdbc.insertIfAbsent(table, COLUMNS, KEY, p -> p.text("k").intValue(2).instant(t)));
            insert(new Item("after", 3, t));
        });
        assertEquals(Optional.of(new Item("k", 1, t)), find("k"), "the first insert won, the second changed nothing");
        assertTrue(find("after").isPresent(), "the unit of work committed after the conflict");
    }

    @Test
    @DisplayName("insert-all-if-absent puts many rows in with multi-row statements, more than one statement holds")
    void insertAllIfAbsent() {
        Instant t = Instant.parse("2024-03-01T08:00:00Z");
        List<Item> items = java.util.stream.IntStream.range(0, JdbcRunner.ROWS_PER_INSERT + 3)
                .mapToObj(i -> new Item("k" + i, i, i % 2 == 0 ? t : null)).toList();
        assertEquals(Optional.empty(), jdbc.insertAllIfAbsent(table, COLUMNS, "id", items, Item::id,
                (p, i) -> p.text(i.id()).intValue(i.n()).instant(i.at())));
        assertEquals(items.size(), rows());
        assertEquals(Optional.of(items.get(JdbcRunner.ROWS_PER_INSERT + 2)), find("k" + (JdbcRunner.ROWS_PER_INSERT + 2)));
    }

    @Test
    @DisplayName("insert-all-if-absent names the first item whose key was taken and keeps none of the unit of work")
    void insertAllIfAbsentIsAllOrNone() {
        Instant t = Instant.parse("2024-03-01T08:00:00Z");
        insert(new Item("taken", 1, t));
        List<Item> items = List.of(new Item("a", 2, t), new Item("taken", 3, t), new Item("b", 4, t));
        List<Optional<Item>> clash = new java.util.ArrayList<>();
        assertThrows(JdbcStorageException.class, () -> tx.run(() -> clash.add(jdbc.insertAllIfAbsent(table, COLUMNS,
                "id", items, Item::id, (p, i) -> p.text(i.id()).intValue(i.n()).instant(i.at())))),
                "a unit of work that goes on after the refusal cannot commit");
        assertEquals(List.of(Optional.of(items.get(1))), clash);
        assertEquals(1, rows(), "the unit of work was rolled back: neither a nor b is kept");
        assertEquals(Optional.of(new Item("taken", 1, t)), find("taken"));
    }

    @Test
    @DisplayName("upsert inserts a missing row and replaces the columns of a present one")
    void upsert() {
        Instant t1 = Instant.parse("2024-03-01T08:00:00Z");
        Instant t2 = Instant.parse("2024-03-02T08:00:00Z");
        jdbc.upsert(table, COLUMNS, KEY, p -> p.text("k").intValue(1).instant(t1));
        jdbc.upsert(table, COLUMNS, KEY, p -> p.text("k").intValue(2).instant(t2));
        assertEquals(Optional.of(new Item("k", 2, t2)), find("k"));
        assertEquals(1, rows());
    }

    @Test
    @DisplayName("a batch inserts one row per item, each counted")
    void batch() {
        List<Item> items = List.of(new Item("a", 1, null), new Item("b", 2, null), new Item("c", 3, null));
        jdbc.batchExactlyOneEach("INSERT INTO " + table + " (id, n, at) VALUES (?, ?, ?)", items,
                (p, i) -> p.text(i.id()).intValue(i.n()).instant(i.at()));
        assertEquals(3, rows());
        assertEquals(0, jdbc.batch("INSERT INTO " + table + " (id, n) VALUES (?, ?)", List.<Item>of(), (p, i) -> { }).length);
    }

    @Test
    @DisplayName("a batch whose statement changes no row is a bug, and none of the batch is kept")
    void batchWithMissingRowIsABug() {
        insert(new Item("a", 1, null));
        List<String> ids = List.of("a", "missing");
        UnexpectedRowCountException e = assertThrows(UnexpectedRowCountException.class, () -> jdbc.batchExactlyOneEach(
                "UPDATE " + table + " SET n = 9 WHERE id = ?", ids, (p, id) -> p.text(id)));
        assertEquals(0, e.actual());
        assertEquals(1, find("a").orElseThrow().n(), "the first update was rolled back");
    }

    @Test
    @DisplayName("instants are stored as UTC whatever the JVM's and the session's zones")
    void instantsAreStoredAsUtc() {
        Instant t = Instant.parse("2024-07-01T23:30:00.123456Z");
        insert(new Item("a", 1, t));
        assertEquals(t, find("a").orElseThrow().at());
        long micros = db.queryLong("SELECT " + db.epochMicros("at") + " FROM " + table + " WHERE id = 'a'");
        assertEquals(t.getEpochSecond() * 1_000_000 + t.getNano() / 1000, micros,
                "the database itself reads the same instant (session zone " + TestDatabases.SESSION_ZONE + ")");
    }

    @Test
    @DisplayName("instants around a DST change of the JVM's zone and on a leap day keep their value")
    void instantsAroundZoneChanges() {
        List<Instant> moments = List.of(
                Instant.parse("2018-11-04T02:30:00Z"), // Sao Paulo's last DST start: 00:00 local skipped
                Instant.parse("2019-02-17T01:30:00Z"), // Sao Paulo's last DST end: 23:00 local repeated
                Instant.parse("2024-02-29T16:00:00Z"),
                Instant.parse("1999-12-31T23:59:59.999999Z"),
                Instant.parse("2099-01-01T00:00:00Z"));
        for (int i = 0; i < moments.size(); i++) {
            insert(new Item("m" + i, i, moments.get(i)));
        }
        for (int i = 0; i < moments.size(); i++) {
            assertEquals(moments.get(i), find("m" + i).orElseThrow().at(), "moment " + i);
        }
    }

    @Test
    @DisplayName("instants are kept to the microsecond; finer parts are truncated")
    void instantsTruncateToMicros() {
        insert(new Item("a", 1, Instant.parse("2024-01-01T00:00:00.123456789Z")));
        assertEquals(Instant.parse("2024-01-01T00:00:00.123456Z"), find("a").orElseThrow().at());
    }

    @Test
    @DisplayName("a NULL instant reads as null; a NULL number where one is required is an error")
    void nulls() {
        insert(new Item("a", 1, null));
        assertNull(find("a").orElseThrow().at());
        assertNull(jdbc.queryOne("SELECT NULL AS x FROM " + table, Binder.NONE, r -> r.nullableLong("x")));
        JdbcStorageException e = assertThrows(JdbcStorageException.class,
                () -> jdbc.queryOne("SELECT NULL AS x FROM " + table, Binder.NONE, r -> r.longValue("x")));
        assertEquals(SqlFailure.OTHER, e.failure());
    }

    @Test
    @DisplayName("ids compare byte by byte in the library's id columns: upper case sorts before lower case")
    void idColumnsCompareBinary() {
        String ids = db.uniquePrefix().table("ids");
        db.execute("CREATE TABLE " + ids + " (id " + tx.dialect().idType() + " NOT NULL PRIMARY KEY)");
        for (String id : List.of("b", "B", "a", "A-1", "a.1")) {
            jdbc.updateExactly(1, "INSERT INTO " + ids + " (id) VALUES (?)", p -> p.text(id));
        }
        List<String> sorted = jdbc.query("SELECT id FROM " + ids + " ORDER BY id", Binder.NONE, r -> r.text("id"));
        assertEquals(List.of("A-1", "B", "a", "a.1", "b"), sorted, "Java's String order");
        assertEquals(Optional.empty(), jdbc.queryOptional("SELECT id FROM " + ids + " WHERE id = ?",
                p -> p.text("A"), r -> r.text("id")), "no case-insensitive match");
    }
}
