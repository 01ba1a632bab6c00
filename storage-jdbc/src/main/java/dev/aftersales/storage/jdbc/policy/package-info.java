/**
 * The policy repository of the SPI over JDBC (rule SL-13): every registered version of every
 * service policy, immutable, in the table {@code policy_version}.
 */
package dev.aftersales.storage.jdbc.policy;
