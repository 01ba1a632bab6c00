package dev.aftersales.storage.jdbc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftersales.storage.jdbc.TablePrefix;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link SqlScript}: splitting DDL scripts the way Flyway runs them, placeholders, checksums. */
class SqlScriptTest {

    @Test
    @DisplayName("statements end with a semicolon; comments are dropped; the prefix placeholder is replaced")
    void splitsStatements() {
        String script = """
                -- a comment with a ; in it
                CREATE TABLE ${prefix}a (id INT); /* block ; comment */
                CREATE INDEX ${prefix}a_ix ON ${prefix}a (id);

                """;
        assertEquals(List.of("CREATE TABLE cs_a (id INT)", "CREATE INDEX cs_a_ix ON cs_a (id)"),
                SqlScript.statements(script, TablePrefix.of("cs_")));
    }

    @Test
    @DisplayName("semicolons and comment markers inside quotes belong to the statement")
    void keepsQuotedText() {
        String script = "INSERT INTO t VALUES ('a;b', 'it''s -- not a comment', \"x;y\");SELECT 1";
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s -- not a comment', \"x;y\")", "SELECT 1"),
                SqlScript.statements(script, TablePrefix.DEFAULT));
    }

    @Test
    @DisplayName("the empty prefix leaves bare table names")
    void emptyPrefix() {
        assertEquals(List.of("CREATE TABLE outbox (id INT)"),
                SqlScript.statements("CREATE TABLE ${prefix}outbox (id INT);", TablePrefix.of("")));
    }

    @Test
    @DisplayName("any placeholder other than the prefix is an error, as in Flyway")
    void unknownPlaceholder() {
        assertThrows(IllegalArgumentException.class,
                () -> SqlScript.statements("CREATE TABLE ${schema}.t (id INT);", TablePrefix.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("SELECT 'open", TablePrefix.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("SELECT 1 /* open", TablePrefix.DEFAULT));
    }

    @Test
    @DisplayName("the checksum ignores Windows line ends and changes with the text")
    void checksum() {
        assertEquals(SqlScript.checksum("A;\nB;\n"), SqlScript.checksum("A;\r\nB;\r\n"));
        assertNotEquals(SqlScript.checksum("A;\nB;\n"), SqlScript.checksum("A;\nC;\n"));
    }
}
