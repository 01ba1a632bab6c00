package dev.aftersales.spi;

import dev.aftersales.measurement.CallbackRound;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.RoundEntryStatus;
import dev.aftersales.property.OwnerId;
import dev.aftersales.ticket.CallbackMethod;

import java.time.Instant;
import java.util.Optional;

/**
 * The two-monthly callback rounds (rule MS-2): a round per period lists the customers whose tickets
 * closed in its window, one entry per customer, each tracked to done or not reached.
 *
 * <p>Contract: {@link #generate} is idempotent, also under concurrency: of two generators of one
 * round one creates it and the other reads it, and both return the same round. The entries are
 * those of {@link dev.aftersales.measurement.ReferenceMeasurement#roundEntries} over the tickets
 * the store holds at generation. The TCK's {@code CallbackRoundContract} checks it.
 */
public interface CallbackRoundRepository {

    /**
     * Generates the round of a period, or returns it unchanged if it was generated before.
     *
     * @param period the round's period (its identity)
     * @param window the closures it covers, as {@link CallbackRound#windowOf} gives; ignored when
     *               the round exists
     * @param at     the generation instant; ignored when the round exists
     * @return the round, as stored
     * @throws NullPointerException if an argument is null
     */
    CallbackRound generate(Period period, Period window, Instant at);

    /**
     * Finds the round of a period.
     *
     * @param period the round's period
     * @return the round, or empty if it was not generated
     * @throws NullPointerException if the period is null
     */
    Optional<CallbackRound> find(Period period);

    /**
     * Tracks a customer's entry of a round to done or not reached.
     *
     * @param period  the round's period
     * @param owner   the customer
     * @param outcome done or not reached
     * @param method  the channel of the call or attempt: phone, email or visit
     * @param at      when
     * @return the round after tracking
     * @throws NullPointerException   if an argument is null
     * @throws dev.aftersales.measurement.CallbackRoundException if the round or entry does not
     *                                exist, the entry is done, or the outcome is open
     * @throws StaleWriteException    if the entry was tracked concurrently; nothing is stored
     */
    CallbackRound track(Period period, OwnerId owner, RoundEntryStatus outcome, CallbackMethod method, Instant at);
}
