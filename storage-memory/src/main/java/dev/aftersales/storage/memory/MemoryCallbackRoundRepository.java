package dev.aftersales.storage.memory;

import dev.aftersales.common.Versioned;
import dev.aftersales.measurement.CallbackRound;
import dev.aftersales.measurement.CallbackRoundException;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.ReferenceMeasurement;
import dev.aftersales.measurement.RoundEntry;
import dev.aftersales.measurement.RoundEntryStatus;
import dev.aftersales.property.OwnerId;
import dev.aftersales.spi.CallbackRoundRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.ticket.CallbackMethod;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The two-monthly callback rounds in memory (rule MS-2): one row per round, keyed by its period and
 * saved optimistically, so that of two generators of one round exactly one inserts it and the other
 * reads it.
 */
final class MemoryCallbackRoundRepository implements CallbackRoundRepository {

    /** One round, keyed by its period. */
    private record Row(CallbackRound round, long version) implements Versioned<Row> {
        @Override
        public Row withVersion(long value) {
            return new Row(round, value);
        }

        @Override
        public String idText() {
            return key(round.period());
        }
    }

    private final MemoryTransactions transactions;
    private final MemoryTicketRepository tickets;
    private final MemoryTable<Row> rounds;

    MemoryCallbackRoundRepository(MemoryTransactions transactions, MemoryTicketRepository tickets) {
        this.transactions = transactions;
        this.tickets = tickets;
        this.rounds = new MemoryTable<>("callback_round", transactions);
    }

    @Override
    public CallbackRound generate(Period period, Period window, Instant at) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(at, "at");
        try {
            return transactions.inTransaction(() -> rounds.find(key(period)).map(Row::round).orElseGet(() ->
                    rounds.save(new Row(new CallbackRound(period, window, at,
                            ReferenceMeasurement.roundEntries(window, tickets.select(t -> true))), 0)).round()));
        } catch (StaleWriteException lost) {
            return find(period).orElseThrow(() -> lost);
        }
    }

    @Override
    public Optional<CallbackRound> find(Period period) {
        Objects.requireNonNull(period, "period");
        return rounds.find(key(period)).map(Row::round);
    }

    @Override
    public CallbackRound track(Period period, OwnerId owner, RoundEntryStatus outcome, CallbackMethod method,
                               Instant at) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(owner, "owner");
        return transactions.inTransaction(() -> {
            Row row = rounds.find(key(period))
                    .orElseThrow(() -> new CallbackRoundException(CallbackRoundException.Reason.NO_ROUND, null));
            RoundEntry entry = row.round().entry(owner)
                    .orElseThrow(() -> new CallbackRoundException(CallbackRoundException.Reason.NO_ENTRY, owner.value()));
            return rounds.save(new Row(row.round().withEntry(entry.track(outcome, method, at)), row.version())).round();
        });
    }

    private static String key(Period period) {
        return period.from() + "/" + period.to();
    }
}
