package dev.aftersales.storage.jdbc.measurement;

import dev.aftersales.measurement.CallbackRound;
import dev.aftersales.measurement.CallbackRoundException;
import dev.aftersales.measurement.Period;
import dev.aftersales.measurement.RoundEntry;
import dev.aftersales.measurement.RoundEntryStatus;
import dev.aftersales.property.OwnerId;
import dev.aftersales.spi.CallbackRoundRepository;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.storage.jdbc.JdbcRunner;
import dev.aftersales.storage.jdbc.Row;
import dev.aftersales.storage.jdbc.TablePrefix;
import dev.aftersales.ticket.CallbackMethod;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The two-monthly callback rounds (rule MS-2) in the tables {@code callback_round} and
 * {@code callback_round_entry} (schema version 9). Generating a round inserts its row unless the
 * period's key is taken; the inserter aggregates the window's closures per owner in the database
 * ({@code GROUP BY owner_id}) and inserts one entry each, in the same transaction. A generator that
 * finds the key taken reads the round the other one stored.
 */
public final class JdbcCallbackRoundRepository implements CallbackRoundRepository {

    private static final List<String> ROUND_COLUMNS = List.of("round_from", "round_to", "window_from", "window_to",
            "generated_at");
    private static final List<String> ROUND_KEY = List.of("round_from", "round_to");

    private final JdbcRunner jdbc;
    private final String round;
    private final String entry;
    private final String ticket;
    private final String step;

    /**
     * Creates the repository.
     *
     * @param jdbc   the runner of the store
     * @param prefix the table prefix
     */
    public JdbcCallbackRoundRepository(JdbcRunner jdbc, TablePrefix prefix) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.round = prefix.table("callback_round");
        this.entry = prefix.table("callback_round_entry");
        this.ticket = prefix.table("ticket");
        this.step = prefix.table("ticket_step");
    }

    @Override
    public CallbackRound generate(Period period, Period window, Instant at) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(at, "at");
        return jdbc.transactions().inTransaction(() -> {
            boolean inserted = jdbc.insertIfAbsent(round, ROUND_COLUMNS, ROUND_KEY, p -> p.instant(period.from())
                    .instant(period.to()).instant(window.from()).instant(window.to()).instant(at));
            if (inserted) {
                List<RoundEntry> entries = jdbc.query("SELECT t.owner_id, COUNT(DISTINCT t.id) AS tickets, "
                                + "MAX(s.step_at) AS last_closed_at FROM " + step + " s JOIN " + ticket
                                + " t ON t.id = s.ticket_id WHERE s.step = 'CLOSE' AND s.step_at >= ? AND s.step_at < ?"
                                + " AND t.owner_id IS NOT NULL GROUP BY t.owner_id",
                        p -> p.instant(window.from()).instant(window.to()),
                        r -> RoundEntry.open(OwnerId.of(r.text("owner_id")), r.intValue("tickets"),
                                r.instant("last_closed_at")));
                jdbc.batchExactlyOneEach("INSERT INTO " + entry + " (round_from, round_to, owner_id, tickets, "
                                + "last_closed_at, status) VALUES (?, ?, ?, ?, ?, ?)", entries,
                        (p, e) -> p.instant(period.from()).instant(period.to()).text(e.owner().value())
                                .intValue(e.tickets()).instant(e.lastClosedAt()).name(e.status()));
            }
            return find(period).orElseThrow(() -> new StaleWriteException("CallbackRound", key(period), 0, 1));
        });
    }

    @Override
    public Optional<CallbackRound> find(Period period) {
        Objects.requireNonNull(period, "period");
        return jdbc.transactions().inTransaction(() -> jdbc.queryOptional("SELECT window_from, window_to, generated_at"
                        + " FROM " + round + " WHERE round_from = ? AND round_to = ?",
                p -> p.instant(period.from()).instant(period.to()),
                r -> new CallbackRound(period, Period.of(r.instant("window_from"), r.instant("window_to")),
                        r.instant("generated_at"), List.of()))
                .map(found -> new CallbackRound(period, found.window(), found.generatedAt(), entries(period))));
    }

    @Override
    public CallbackRound track(Period period, OwnerId owner, RoundEntryStatus outcome, CallbackMethod method,
                               Instant at) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(owner, "owner");
        return jdbc.transactions().inTransaction(() -> {
            CallbackRound stored = find(period)
                    .orElseThrow(() -> new CallbackRoundException(CallbackRoundException.Reason.NO_ROUND, null));
            RoundEntry before = stored.entry(owner)
                    .orElseThrow(() -> new CallbackRoundException(CallbackRoundException.Reason.NO_ENTRY, owner.value()));
            RoundEntry after = before.track(outcome, method, at);
            int updated = jdbc.update("UPDATE " + entry + " SET status = ?, method = ?, tracked_at = ? WHERE round_from = ?"
                    + " AND round_to = ? AND owner_id = ? AND status = ?", p -> p.name(after.status()).name(after.method())
                    .instant(after.trackedAt()).instant(period.from()).instant(period.to()).text(owner.value())
                    .name(before.status()));
            if (updated != 1) {
                throw new StaleWriteException("CallbackRoundEntry", key(period) + "/" + owner.value(), 0, 1);
            }
            return stored.withEntry(after);
        });
    }

    private List<RoundEntry> entries(Period period) {
        return jdbc.query("SELECT owner_id, tickets, last_closed_at, status, method, tracked_at FROM " + entry
                        + " WHERE round_from = ? AND round_to = ? ORDER BY owner_id",
                p -> p.instant(period.from()).instant(period.to()), JdbcCallbackRoundRepository::entryRow);
    }

    private static RoundEntry entryRow(Row r) throws SQLException {
        return new RoundEntry(OwnerId.of(r.text("owner_id")), r.intValue("tickets"), r.instant("last_closed_at"),
                r.enumValue("status", RoundEntryStatus.class), r.enumValue("method", CallbackMethod.class),
                r.instant("tracked_at"));
    }

    private static String key(Period period) {
        return period.from() + "/" + period.to();
    }
}
