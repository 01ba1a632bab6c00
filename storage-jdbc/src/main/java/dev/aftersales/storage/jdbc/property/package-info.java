/**
 * The property repositories of the SPI over JDBC (rules EU-1 to EU-3): estates, plots, buildings,
 * units, owners and ownerships, in the tables of schema version 2.
 */
package dev.aftersales.storage.jdbc.property;
