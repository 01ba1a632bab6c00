/**
 * JMH benchmarks of the JDBC storage on PostgreSQL (issue 6): ticket intake through the library
 * against raw JDBC doing the same inserts, claiming 100 due commitments among 1,000,000 open ones,
 * one sweeping node against two, and the warranty terms ending in a month among 10,000 and
 * 1,000,000 stored ones ({@link TermsEndingBenchmark}). The server is
 * {@code -Daftersales.bench.postgresql.url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}); the tables live in the schema
 * {@code aftersales_bench}. Run with
 * {@code mvn -o -B -pl benchmarks -am -DskipTests -Pjmh verify -Djmh.args="-f 1 -wi 2 -i 5 jdbc"}.
 */
package dev.aftersales.benchmarks.jdbc;
