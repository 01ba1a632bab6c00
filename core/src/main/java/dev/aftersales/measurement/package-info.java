/**
 * Measuring the service (rules MS-1, MS-3, RP-6): the timely-response and effective-handling rates,
 * the satisfaction rate, callback coverage, breaches per term and department, and the median and
 * 90th percentile of the time to first response and to closure, for a {@link
 * dev.aftersales.measurement.Period} and a {@link dev.aftersales.measurement.Scope}, broken down by
 * estate, building, department, kind and month ({@link dev.aftersales.measurement.Grouping}).
 *
 * <p>Every rate is a {@link dev.aftersales.measurement.Figure} with its numerator and denominator
 * ("37 / 40 (92.5 %)"); a period with nothing to measure gives an empty figure, never 0 %. The exact
 * definitions are those of {@link dev.aftersales.measurement.ReferenceMeasurement}, the oracle of
 * the stores' aggregate queries ({@link dev.aftersales.spi.MeasurementRepository}).
 */
package dev.aftersales.measurement;
