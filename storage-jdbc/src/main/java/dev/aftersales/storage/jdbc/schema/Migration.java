package dev.aftersales.storage.jdbc.schema;

import dev.aftersales.storage.jdbc.DatabaseProduct;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One version of the library's schema: a DDL script per database, on the classpath as
 * {@code db/aftersales/<directory>/V<version>__<description>.sql}, the name Flyway expects.
 *
 * @param version     the version, from 1, without gaps
 * @param description the script's description, {@code [a-z0-9_]}
 */
public record Migration(int version, String description) {

    private static final Pattern DESCRIPTION = Pattern.compile("[a-z0-9_]{1,100}");

    /**
     * Creates a migration.
     *
     * @param version     the version, 1 or more
     * @param description the description, 1 to 100 characters of {@code [a-z0-9_]}
     * @throws IllegalArgumentException if a value is out of range
     */
    public Migration {
        Objects.requireNonNull(description, "description");
        if (version < 1) {
            throw new IllegalArgumentException("a migration version is 1 or more, got " + version);
        }
        if (!DESCRIPTION.matcher(description).matches()) {
            throw new IllegalArgumentException("a migration description is [a-z0-9_]{1,100}, got \"" + description + "\"");
        }
    }

    /**
     * Returns the script's file name, as Flyway reads it.
     *
     * @return e.g. {@code V1__outbox.sql}
     */
    public String fileName() {
        return "V" + version + "__" + description + ".sql";
    }

    /**
     * Returns the classpath resource of this migration's script for a database.
     *
     * @param product the database product
     * @return e.g. {@code db/aftersales/postgresql/V1__outbox.sql}
     */
    public String resource(DatabaseProduct product) {
        return Migrations.LOCATION + product.scriptDirectory() + "/" + fileName();
    }
}
