/**
 * The library's schema: versioned DDL per database as classpath resources, and a built-in
 * migrator for applications without Flyway.
 *
 * <p>Layout: {@code db/aftersales/postgresql/}, {@code db/aftersales/mysql/} (MariaDB and MySQL)
 * and {@code db/aftersales/h2/}, each holding {@code V1__outbox.sql}, {@code V2__property.sql},
 * {@code V3__ticket.sql} ... ({@link dev.aftersales.storage.jdbc.schema.Migrations#ALL}). Every
 * table, index and constraint name starts with the placeholder {@code ${prefix}}, the table
 * prefix ({@link dev.aftersales.storage.jdbc.TablePrefix}).
 *
 * <p>With Flyway, the scripts run as they are:
 * <pre>{@code
 * Flyway.configure().dataSource(dataSource)
 *     .locations("classpath:db/aftersales/postgresql")
 *     .placeholders(Map.of("prefix", "aftersales_"))
 *     .table("aftersales_flyway_history")       // the library's versions apart from the application's
 *     .load().migrate();
 * }</pre>
 * Without Flyway, {@link dev.aftersales.storage.jdbc.schema.SchemaMigrator} applies them and
 * records each version in {@code <prefix>schema_history}; it refuses a database newer than the
 * library. Use one or the other for a given prefix.
 */
package dev.aftersales.storage.jdbc.schema;
