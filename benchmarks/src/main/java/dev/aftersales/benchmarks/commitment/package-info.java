/**
 * JMH benchmarks of the service-commitment runtime over the in-memory store: starting and stopping
 * the commitments of 100,000 tickets through the commitment service, and one sweep over 1,000,000
 * open commitments of which 1 % are due. Run with
 * {@code mvn -o -B -pl benchmarks -am -DskipTests -Pjmh verify -Djmh.args="-f 1 -wi 2 -i 5 commitment"}.
 */
package dev.aftersales.benchmarks.commitment;
