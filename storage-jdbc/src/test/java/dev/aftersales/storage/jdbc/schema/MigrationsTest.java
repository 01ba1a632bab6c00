package dev.aftersales.storage.jdbc.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.storage.jdbc.DatabaseProduct;
import dev.aftersales.storage.jdbc.TablePrefix;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shipped DDL scripts: one per version and database directory, named as Flyway expects, with
 * no placeholder but the prefix, and every name the library creates within the databases' limits.
 */
class MigrationsTest {

    private static final Pattern FLYWAY_NAME = Pattern.compile("V([1-9][0-9]*)__([a-z0-9_]+)\\.sql");
    private static final Pattern CREATED_NAME = Pattern.compile(
            "(?i)(?:CREATE TABLE|CREATE INDEX|CONSTRAINT|UNIQUE KEY|KEY)\\s+(\\$\\{prefix}[a-z0-9_]+)");

    @Test
    @DisplayName("versions run from 1 without gaps")
    void versionsHaveNoGaps() {
        for (int i = 0; i < Migrations.ALL.size(); i++) {
            assertEquals(i + 1, Migrations.ALL.get(i).version());
        }
        assertEquals(Migrations.ALL.size(), Migrations.LATEST);
    }

    @Test
    @DisplayName("each database directory holds exactly the listed scripts, named V<n>__<description>.sql")
    void scriptsMatchTheList() throws IOException, URISyntaxException {
        List<String> expected = Migrations.ALL.stream().map(Migration::fileName).sorted().toList();
        for (String dir : List.of("postgresql", "mysql", "h2")) {
            URL url = getClass().getClassLoader().getResource(Migrations.LOCATION + dir);
            assertNotNull(url, dir);
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
                assertEquals(expected, names, dir);
                names.forEach(n -> assertTrue(FLYWAY_NAME.matcher(n).matches(), n));
            }
        }
    }

    @Test
    @DisplayName("every script uses only the prefix placeholder, and every name it creates fits 63 characters with the longest prefix")
    void scriptsArePrefixedAndShort() throws IOException {
        String longest = "p".repeat(TablePrefix.MAX_LENGTH);
        for (DatabaseProduct product : DatabaseProduct.values()) {
            for (Migration m : Migrations.ALL) {
                String script = read(m.resource(product));
                SqlScript.statements(script, TablePrefix.of(longest));
                Matcher names = CREATED_NAME.matcher(script);
                int count = 0;
                while (names.find()) {
                    count++;
                    String name = names.group(1).replace(TablePrefix.PLACEHOLDER, longest);
                    assertTrue(name.length() <= 63, name + " in " + m.resource(product));
                }
                assertTrue(count > 0 || script.contains("ALTER TABLE ${prefix}"), "names found in " + m.resource(product));
                assertFalse(script.matches("(?s).*ALTER TABLE (?!\\$\\{prefix}).*"), "unprefixed table in " + m.resource(product));
                assertFalse(script.matches("(?s).*CREATE TABLE (?!\\$\\{prefix}).*"), "unprefixed table in " + m.resource(product));
            }
        }
    }

    @Test
    @DisplayName("a migration has a positive version and a Flyway-safe description")
    void migrationValues() {
        assertEquals("V1__outbox.sql", new Migration(1, "outbox").fileName());
        assertEquals("db/aftersales/mysql/V1__outbox.sql", new Migration(1, "outbox").resource(DatabaseProduct.MARIADB));
        assertThrows(IllegalArgumentException.class, () -> new Migration(0, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Migration(1, "Has Space"));
    }

    private String read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
