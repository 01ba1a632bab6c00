/**
 * JMH benchmarks of the warranty feature (rules WA-1, WA-2, WA-5): a coverage decision against the
 * date arithmetic it rests on. Run by hand (see the README's warranty section).
 */
package dev.aftersales.benchmarks.warranty;
