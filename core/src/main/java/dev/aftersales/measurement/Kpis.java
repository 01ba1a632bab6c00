package dev.aftersales.measurement;

import java.util.Objects;

/**
 * The service's key figures for one group of a measurement (rules MS-1, MS-3, RP-6). Each ticket
 * counts in its first cycle; see {@link ReferenceMeasurement} for the exact definitions.
 *
 * @param timelyResponse    tickets received in the period whose response commitments were all met,
 *                          of those whose response commitments all have an outcome (MS-1)
 * @param responsePending   tickets received in the period with a response commitment still running
 *                          or paused: neither met nor counted
 * @param effectiveHandling valid complaints whose closure was confirmed in the period and that were
 *                          not reopened within the window after closing, of all of them (MS-1)
 * @param satisfaction      callbacks recorded in the period with a satisfied score, of all callbacks
 *                          recorded in the period with a score (MS-3)
 * @param callbackCoverage  repairs whose closure was confirmed in the period and that got a
 *                          callback, of all of them (RP-6; the target is 100 %)
 * @param firstResponse     time from reception to the first met or late response of the tickets
 *                          received in the period
 * @param closure           time from reception to closure (first cycle) of the tickets received in
 *                          the period
 */
public record Kpis(Figure timelyResponse, long responsePending, Figure effectiveHandling, Figure satisfaction,
                   Figure callbackCoverage, DurationSummary firstResponse, DurationSummary closure) {

    private static final Kpis NONE = new Kpis(Figure.empty(), 0, Figure.empty(), Figure.empty(), Figure.empty(),
            DurationSummary.empty(), DurationSummary.empty());

    /**
     * Creates figures.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the pending count is negative
     */
    public Kpis {
        Objects.requireNonNull(timelyResponse, "timelyResponse");
        Objects.requireNonNull(effectiveHandling, "effectiveHandling");
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(callbackCoverage, "callbackCoverage");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(closure, "closure");
        if (responsePending < 0) {
            throw new IllegalArgumentException("responsePending must be >= 0, got " + responsePending);
        }
    }

    /**
     * Obtains the figures of nothing measured: every figure empty.
     *
     * @return the empty figures
     */
    public static Kpis none() {
        return NONE;
    }
}
