package dev.aftersales.measurement;

import dev.aftersales.property.OwnerId;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A two-monthly callback round (rule MS-2): for a period, the customers whose tickets closed in the
 * window two months earlier, one entry per customer, each tracked to done or not reached. A round
 * is identified by its period; generating it again gives the same round.
 *
 * @param period      the round's period, e.g. May and June
 * @param window      the closures it covers, the period two months earlier (e.g. March and April)
 * @param generatedAt when the round was generated
 * @param entries     one per customer, in {@link RoundEntry#ORDER}
 */
public record CallbackRound(Period period, Period window, Instant generatedAt, List<RoundEntry> entries) {

    /** How many months before the round its window lies (rule MS-2). */
    public static final int MONTHS_BEFORE = 2;

    /**
     * Creates a round.
     *
     * @throws NullPointerException if an argument is null
     */
    public CallbackRound {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(generatedAt, "generatedAt");
        entries = entries.stream().sorted(RoundEntry.ORDER).toList();
    }

    /**
     * Returns the window of a round's period: the same calendar span two months earlier in a time
     * zone (rule MS-2).
     *
     * @param period the round's period
     * @param zone   the company's time zone
     * @return the window
     * @throws NullPointerException if an argument is null
     */
    public static Period windowOf(Period period, ZoneId zone) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        return Period.of(ZonedDateTime.ofInstant(period.from(), zone).minusMonths(MONTHS_BEFORE).toInstant(),
                ZonedDateTime.ofInstant(period.to(), zone).minusMonths(MONTHS_BEFORE).toInstant());
    }

    /**
     * Finds a customer's entry.
     *
     * @param owner the customer
     * @return the entry, or empty if the customer is not in this round
     */
    public Optional<RoundEntry> entry(OwnerId owner) {
        return entries.stream().filter(e -> e.owner().equals(owner)).findFirst();
    }

    /**
     * Counts the entries in a status.
     *
     * @param status the status
     * @return how many entries are in it
     */
    public long count(RoundEntryStatus status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    /**
     * Returns this round with one entry replaced by its tracked version.
     *
     * @param tracked the tracked entry, of a customer in this round
     * @return the copy
     */
    public CallbackRound withEntry(RoundEntry tracked) {
        return new CallbackRound(period, window, generatedAt, entries.stream()
                .map(e -> e.owner().equals(tracked.owner()) ? tracked : e).toList());
    }
}
