/**
 * The foundation of the JDBC storage: plain JDBC over a {@code DataSource} the application owns,
 * no ORM, no domain types.
 *
 * <ul>
 *   <li>{@link dev.aftersales.storage.jdbc.JdbcTransactions}: the SPI's unit of work. One command
 *       is one transaction on a connection bound to the calling thread; nested units join; a
 *       caller that holds a transaction hands its connection over
 *       ({@link dev.aftersales.storage.jdbc.JdbcTransactions#join}, or a
 *       {@link dev.aftersales.storage.jdbc.ConnectionProvider} for frameworks) and the library's
 *       writes join it without committing it.</li>
 *   <li>{@link dev.aftersales.storage.jdbc.JdbcRunner}: prepared statements with ordered
 *       {@link dev.aftersales.storage.jdbc.Params}, rows read through
 *       {@link dev.aftersales.storage.jdbc.Row}, unexpected row counts treated as bugs;
 *       {@link dev.aftersales.storage.jdbc.VersionedTable} and
 *       {@link dev.aftersales.storage.jdbc.Paging} build the SPI's optimistic saves and pages on it.</li>
 *   <li>{@link dev.aftersales.storage.jdbc.Dialect}: what differs between PostgreSQL,
 *       MariaDB/MySQL and H2, chosen from the connection's metadata.</li>
 *   <li>Failures: every driver failure becomes a
 *       {@link dev.aftersales.storage.jdbc.JdbcStorageException} of a
 *       {@link dev.aftersales.storage.jdbc.SqlFailure} kind; transient ones are retried only
 *       where {@link dev.aftersales.storage.jdbc.RetryPolicy} says it is safe.</li>
 *   <li>Personal data (rules EU-3, EU-4): the {@link dev.aftersales.storage.jdbc.PersonalColumn}s
 *       pass through a {@link dev.aftersales.storage.jdbc.PersonalDataCodec}; statements are logged
 *       (at DEBUG) as SQL text with placeholders, never with values; exception messages carry
 *       SQLStates and SQL text, and driver messages that may quote row values are withheld.
 *       MariaDB Connector/J 3 logs every server error at WARN under
 *       {@code org.mariadb.jdbc.message.server.ErrorPacket}, with what the server quotes (a
 *       duplicate key's value): set that logger to ERROR in production. The schema has no unique
 *       constraint on a personal column, so duplicate-key messages quote identifiers only. The
 *       drivers' own traces log every bound value, personal data included: pgjdbc's
 *       {@code org.postgresql} logger at FINEST, H2's {@code TRACE_LEVEL_FILE} or
 *       {@code TRACE_LEVEL_SYSTEM_OUT} at 2 or 3, Connector/J's {@code org.mariadb.jdbc} at TRACE;
 *       keep them off in production (the module's README lists the settings).</li>
 *   <li>Leases (rules SL-8, SL-9): the claims of sweepers and of the outbox publisher are timed by
 *       a {@link dev.aftersales.storage.jdbc.LeaseClock}, by default the database's, so that nodes
 *       whose clocks disagree never take over each other's claims.</li>
 * </ul>
 *
 * <p>Instants are stored as UTC to the microsecond (finer parts are truncated), whatever the
 * zones of the JVM and of the database session. MariaDB/MySQL sessions should run in a strict
 * {@code sql_mode} (the default since MariaDB 10.2.4 and MySQL 5.7) so that nothing is truncated
 * silently; the library checks the lengths of what it writes to personal columns itself.
 *
 * <p>The schema lives in {@code dev.aftersales.storage.jdbc.schema}; the repositories in
 * {@code property} and {@code ticket}; {@code store.JdbcStore} puts them together.
 */
package dev.aftersales.storage.jdbc;
