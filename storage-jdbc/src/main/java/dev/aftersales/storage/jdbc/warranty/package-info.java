/**
 * The warranty repositories of the SPI over JDBC (rules WA-1, WA-2, WA-3, WA-5, WA-6): estates' warranty
 * settings and the append-only decisions recorded on tickets, in the tables of schema version 10;
 * the units' stored terms (version 12); maintenance plans and their tasks (version 14).
 */
package dev.aftersales.storage.jdbc.warranty;
