package dev.aftersales.measurement;

import dev.aftersales.property.OwnerId;
import dev.aftersales.ticket.CallbackMethod;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One customer of a two-monthly callback round (rule MS-2): the owner whose tickets closed in the
 * round's window, how many of them, the last closure, and how far the callback went. One entry per
 * customer and round, however many tickets closed. Identifiers, counts, enums and instants only.
 *
 * @param owner        the customer
 * @param tickets      how many of the customer's tickets closed in the window, at least 1
 * @param lastClosedAt the last of those closures
 * @param status       open, done or not reached
 * @param method       how the customer was reached or tried ({@code null} while open)
 * @param trackedAt    when the status was last tracked ({@code null} while open)
 */
public record RoundEntry(OwnerId owner, int tickets, Instant lastClosedAt, RoundEntryStatus status,
                         CallbackMethod method, Instant trackedAt) {

    /** The order of a round's entries: by owner id. */
    public static final Comparator<RoundEntry> ORDER = Comparator.comparing(e -> e.owner().value());

    /**
     * Creates an entry.
     *
     * @throws NullPointerException     if the owner, last closure or status is null, or an outcome
     *                                  lacks its method or instant
     * @throws IllegalArgumentException if the ticket count is below 1
     */
    public RoundEntry {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(lastClosedAt, "lastClosedAt");
        Objects.requireNonNull(status, "status");
        if (tickets < 1) {
            throw new IllegalArgumentException("a round entry covers at least 1 ticket, got " + tickets);
        }
        if (status != RoundEntryStatus.OPEN) {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(trackedAt, "trackedAt");
        }
    }

    /**
     * Obtains the open entry of a customer just generated.
     *
     * @param owner        the customer
     * @param tickets      how many of their tickets closed in the window
     * @param lastClosedAt the last closure
     * @return the entry
     */
    public static RoundEntry open(OwnerId owner, int tickets, Instant lastClosedAt) {
        return new RoundEntry(owner, tickets, lastClosedAt, RoundEntryStatus.OPEN, null, null);
    }

    /**
     * Returns this entry tracked to an outcome (rule MS-2): done, or not reached. An entry not
     * reached may be tracked again; a done entry is final.
     *
     * @param outcome {@link RoundEntryStatus#DONE} or {@link RoundEntryStatus#NOT_REACHED}
     * @param how     the channel of the call or attempt: phone, email or visit
     * @param at      when
     * @return the tracked entry
     * @throws NullPointerException    if an argument is null
     * @throws CallbackRoundException  if the outcome is {@link RoundEntryStatus#OPEN} or the entry is done
     */
    public RoundEntry track(RoundEntryStatus outcome, CallbackMethod how, Instant at) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(at, "at");
        if (outcome == RoundEntryStatus.OPEN) {
            throw new CallbackRoundException(CallbackRoundException.Reason.OUTCOME_REQUIRED, owner.value());
        }
        if (status == RoundEntryStatus.DONE) {
            throw new CallbackRoundException(CallbackRoundException.Reason.ALREADY_DONE, owner.value());
        }
        return new RoundEntry(owner, tickets, lastClosedAt, outcome, how, at);
    }
}
