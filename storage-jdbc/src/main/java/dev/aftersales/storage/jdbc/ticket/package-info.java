/**
 * The ticket repository of the SPI over JDBC: tickets and their timelines, in the tables of
 * schema version 3.
 */
package dev.aftersales.storage.jdbc.ticket;
