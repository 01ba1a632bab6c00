/**
 * JMH benchmarks of the business calendar's working-time arithmetic (rules SL-3, SL-4): the
 * table-driven implementation against the minute-stepping oracle, and its cost for short and long
 * targets. Run with {@code mvn -o -B -pl benchmarks -am -DskipTests -Pjmh verify} (see
 * {@code docs/calendars.md}).
 */
package dev.aftersales.benchmarks.calendar;
