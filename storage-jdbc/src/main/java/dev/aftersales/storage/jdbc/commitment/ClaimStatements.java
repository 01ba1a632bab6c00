package dev.aftersales.storage.jdbc.commitment;

import dev.aftersales.storage.jdbc.Dialect;
import dev.aftersales.storage.jdbc.LeaseClock;
import dev.aftersales.storage.jdbc.Params;
import java.sql.SQLException;

/**
 * The SQL of the sweeper's claims on one database, with the lease timed by a {@link LeaseClock}.
 * The due check ({@code next_check_ns <= ?}) always takes the caller's {@code now}, the instant of
 * the sweep; only the lease's end ({@code claimed_until_ns}) and the test whether it has passed
 * take the lease clock: on {@link LeaseClock#DATABASE} the database's current instant
 * ({@link Dialect#clockEpochNanos()}) plus the lease's length, on {@link LeaseClock#CALLER} the
 * instants the caller named. A row is unclaimed when nobody holds it ({@code claimed_by IS NULL},
 * as after a save), when its lease has passed, or when the caller holds it already.
 */
final class ClaimStatements {

    /** Selects the due, unclaimed head: binds now, {@link #bindNow}, claimant, limit. */
    final String dueHead;
    /** Marks rows claimed, {@code WHERE id IN} to be appended: binds claimant, {@link #bindUntil}. */
    final String claimSet;
    /** Claims one row if still due and unclaimed: binds claimant, until, id, version, now, now, claimant. */
    final String claimIfStillFree;
    /**
     * Selects undelivered firings recorded before an instant, oldest first; on
     * {@link LeaseClock#DATABASE} only those whose commitment no lease holds: binds recorded-before, limit.
     */
    final String undelivered;

    private final LeaseClock clock;

    ClaimStatements(Dialect dialect, LeaseClock clock, String commitments, String firings, String selectCommitments,
                    String firingList) {
        this.clock = clock;
        String now = clock == LeaseClock.DATABASE ? dialect.clockEpochNanos() : "?";
        String until = clock == LeaseClock.DATABASE ? "(" + dialect.clockEpochNanos() + " + ?)" : "?";
        String unclaimed = "(claimed_by IS NULL OR claimed_until_ns <= " + now + " OR claimed_by = ?)";
        this.dueHead = selectCommitments + " WHERE next_check_ns <= ? AND " + unclaimed + " ORDER BY next_check_ns, id LIMIT ?";
        this.claimSet = "UPDATE " + commitments + " SET claimed_by = ?, claimed_until_ns = " + until;
        this.claimIfStillFree = claimSet + " WHERE id = ? AND version = ? AND next_check_ns <= ? AND " + unclaimed;
        // on the database's clock a firing waits while a lease holds its commitment: a save keeps
        // claimed_until_ns, so the lease of the sweep that recorded it covers its hand-over, whatever
        // the clock of the node looking for undelivered firings says
        String held = clock == LeaseClock.DATABASE ? " AND NOT EXISTS (SELECT 1 FROM " + commitments
                + " c WHERE c.id = f.commitment_id AND c.claimed_until_ns > " + now + ")" : "";
        this.undelivered = "SELECT " + firingList + " FROM " + firings + " f WHERE f.delivered = FALSE"
                + " AND f.recorded_ns < ?" + held + " ORDER BY f.recorded_ns, f.scheduled_ns, f.event_key LIMIT ?";
    }

    /** Binds the instant a lease is compared with: the caller's {@code now} on the caller's clock, nothing on the database's. */
    Params bindNow(Params p, long nowNs) throws SQLException {
        return clock == LeaseClock.CALLER ? p.longValue(nowNs) : p;
    }

    /** Binds the lease's end: the instant named on the caller's clock, its length on the database's. */
    Params bindUntil(Params p, long nowNs, long untilNs) throws SQLException {
        return p.longValue(clock == LeaseClock.CALLER ? untilNs : untilNs - nowNs);
    }
}
