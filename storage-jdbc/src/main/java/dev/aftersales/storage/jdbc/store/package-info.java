/**
 * {@link dev.aftersales.storage.jdbc.store.JdbcStore}: the whole storage SPI over one
 * {@code DataSource} (or {@code ConnectionProvider}) and table prefix, ready to hand to the
 * library's services.
 */
package dev.aftersales.storage.jdbc.store;
