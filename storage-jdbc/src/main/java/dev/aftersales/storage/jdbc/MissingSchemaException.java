package dev.aftersales.storage.jdbc;

import java.sql.SQLException;

/**
 * A statement named a table that does not exist ({@link SqlFailure#UNDEFINED_TABLE}): the library's
 * schema was never created in this database, is older than the library, or was created under
 * another table prefix. The message says so and how to create it: {@code JdbcStore.migrate()} or
 * the {@code SchemaMigrator}, or Flyway pointed at the scripts the library ships
 * ({@code classpath:db/aftersales/<postgresql|mysql|h2>}) with the placeholder {@code prefix} set
 * to the store's table prefix.
 *
 * <p>Like every {@link JdbcStorageException}, it names the statement (SQL text with placeholders,
 * never values), the SQLState and the vendor code, and withholds the driver's message (rule EU-4).
 */
public class MissingSchemaException extends JdbcStorageException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param what    the statement that failed, as SQL text with placeholders
     * @param cause   the driver's exception
     * @param product the database, or null if it is not known yet
     * @param prefix  the table prefix of the store, or null if it is not known
     */
    public MissingSchemaException(String what, SQLException cause, DatabaseProduct product, TablePrefix prefix) {
        super(headline(prefix), what, SqlFailure.UNDEFINED_TABLE, cause, advice(product, prefix));
    }

    private static String headline(TablePrefix prefix) {
        return prefix == null ? "the library's schema is missing or incomplete"
                : "the library's schema with table prefix \"" + prefix + "\" is missing or incomplete";
    }

    private static String advice(DatabaseProduct product, TablePrefix prefix) {
        String location = "classpath:db/aftersales/"
                + (product == null ? "<postgresql|mysql|h2>" : product.scriptDirectory());
        String placeholder = "prefix=" + (prefix == null ? "<the store's table prefix>" : prefix.toString());
        return "Create or update it with JdbcStore.migrate() (or SchemaMigrator), or point Flyway at " + location
                + " with the placeholder " + placeholder + " and a history table of its own (see SchemaMigrator)";
    }
}
