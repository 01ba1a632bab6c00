package dev.aftersales.spi;

import dev.aftersales.measurement.BreachCount;
import dev.aftersales.measurement.KpiRow;
import dev.aftersales.measurement.MeasurementQuery;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.Scope;
import dev.aftersales.measurement.ScoredCallback;
import dev.aftersales.measurement.TicketTimes;

import java.util.List;

/**
 * The service's figures as aggregate queries of the store (rules MS-1, MS-3, RP-6): an adapter
 * computes them where the data is (the JDBC adapter with {@code GROUP BY} in the database, the
 * memory adapter over its maps), never by handing every ticket to the caller.
 *
 * <p>Contract: the answers equal those of {@link dev.aftersales.measurement.ReferenceMeasurement}
 * over everything the store holds (committed data, or the caller's open unit of work); the TCK's
 * {@code MeasurementContract} checks hand-worked cases. Reads only.
 */
public interface MeasurementRepository {

    /**
     * Computes the figures of a period and scope, grouped as the query says, in one call.
     *
     * @param query the query
     * @return the rows, as {@link dev.aftersales.measurement.KpiTable#rows()} describes them
     * @throws NullPointerException if the query is null
     */
    List<KpiRow> kpis(MeasurementQuery query);

    /**
     * Counts the commitments that breached in a period, per term and responsible department.
     *
     * @param period the period
     * @param scope  the scope, applied to each commitment's ticket facts and responsible department
     * @return the counts, in {@link BreachCount#ORDER}
     * @throws NullPointerException if an argument is null
     */
    List<BreachCount> breaches(Period period, Scope scope);

    /**
     * Lists the callbacks recorded in the query's period with a score below its satisfaction
     * threshold, of the tickets in its scope, in every cycle, with the aspects the customer rated
     * (rule MS-3: the dissatisfied tickets of a period are reviewed, with their department and kind,
     * to find weaknesses).
     *
     * @param query the period, scope and threshold; its groupings are ignored
     * @return the callbacks, newest first ({@link dev.aftersales.measurement.ScoredCallback#ORDER})
     * @throws NullPointerException if the query is null
     */
    List<ScoredCallback> dissatisfied(MeasurementQuery query);

    /**
     * Lists the times of the tickets received in the query's period and scope that have a response
     * commitment of cycle 1, for the working-time figures of rule MS-1 (the store supplies the
     * instants; the working time is computed on the business calendar by the library). The answer
     * equals {@link dev.aftersales.measurement.ReferenceMeasurement#ticketTimes}.
     *
     * <p>The default throws: a store of one's own that extends neither the memory nor the JDBC
     * adapter still compiles, and its reports leave the working-time figures out.
     *
     * @param query the period, scope, groupings and response terms
     * @return the times, in {@link dev.aftersales.measurement.TicketTimes#ORDER}
     * @throws NullPointerException          if the query is null
     * @throws UnsupportedRepositoryException if the store does not supply them
     */
    default List<TicketTimes> ticketTimes(MeasurementQuery query) {
        throw new UnsupportedRepositoryException("MeasurementRepository.ticketTimes");
    }
}
