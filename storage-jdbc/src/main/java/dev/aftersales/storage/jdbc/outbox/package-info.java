/**
 * Domain events through the outbox table: {@link dev.aftersales.storage.jdbc.outbox.JdbcOutbox}
 * writes ticket and commitment events in the transaction of the change that caused them (the
 * ticket step's in-transaction handler, the sweeper's listener);
 * {@link dev.aftersales.storage.jdbc.outbox.OutboxPublisher} delivers them to listeners at least
 * once, each with its stable event id, from one or several nodes.
 */
package dev.aftersales.storage.jdbc.outbox;
