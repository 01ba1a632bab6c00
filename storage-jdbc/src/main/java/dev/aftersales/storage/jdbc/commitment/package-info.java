/**
 * The commitment repository of the SPI over JDBC: service commitments with their next check and
 * sweeper claims, fired warnings, breaches and escalations recorded exactly once under their key,
 * and the outbox of commitment events, in the tables of schema version 4 (rules SL-6..SL-16).
 */
package dev.aftersales.storage.jdbc.commitment;
