package dev.aftersales.storage.jdbc.outbox;

import dev.aftersales.storage.jdbc.Dialect;
import dev.aftersales.storage.jdbc.LeaseClock;
import dev.aftersales.storage.jdbc.Params;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * The SQL of an {@link OutboxPublisher}'s claims on one database, with the lease timed by a
 * {@link LeaseClock}. Whether an event is available ({@code available_at <= ?}) always takes the
 * publisher's {@code now}; only the lease's end ({@code claimed_until}) and the test whether it has
 * passed take the lease clock: on {@link LeaseClock#DATABASE} the database's current instant
 * ({@link Dialect#clockInstant()}) plus the lease, on {@link LeaseClock#CALLER} the publisher's
 * {@code now} plus the lease.
 */
final class LeaseStatements {

    /** Selects the pending, unclaimed head: binds now, {@link #bindNow}, limit. */
    final String pendingHead;
    /** Marks rows claimed, {@code WHERE seq IN} to be appended: binds {@link #bindUntil}. */
    final String claimSet;
    /** Claims one row if still pending and unclaimed: binds until, seq, attempts, now, {@link #bindNow}. */
    final String claimIfStillFree;

    private static final Duration LONGEST = Duration.ofDays(36_525);

    private final LeaseClock clock;
    private final Duration lease;
    private final long leaseMicros;

    LeaseStatements(Dialect dialect, LeaseClock clock, String table, Duration lease) {
        this.clock = clock;
        this.lease = lease;
        // counted in whole microseconds, rounded up; beyond a century (which no database adds to its
        // clock alike) a lease lasts a century
        Duration counted = lease.compareTo(LONGEST) > 0 ? LONGEST : lease;
        this.leaseMicros = (counted.toNanos() + 999) / 1000;
        String now = clock == LeaseClock.DATABASE ? dialect.clockInstant() : "?";
        String until = clock == LeaseClock.DATABASE ? dialect.clockInstantPlusMicros("?") : "?";
        String unclaimed = "(claimed_until IS NULL OR claimed_until <= " + now + ")";
        this.pendingHead = "SELECT seq, event_id, event_type, payload, attempts FROM " + table
                + " WHERE published_at IS NULL AND available_at <= ? AND " + unclaimed + " ORDER BY seq LIMIT ?";
        this.claimSet = "UPDATE " + table + " SET claimed_until = " + until + ", attempts = attempts + 1";
        this.claimIfStillFree = claimSet + " WHERE seq = ? AND attempts = ? AND published_at IS NULL"
                + " AND available_at <= ? AND " + unclaimed;
    }

    /** Binds the instant a lease is compared with: the publisher's {@code now} on its own clock, nothing on the database's. */
    Params bindNow(Params p, Instant now) throws SQLException {
        return clock == LeaseClock.CALLER ? p.instant(now) : p;
    }

    /** Binds the lease's end: {@code now} plus the lease on the publisher's clock, the lease's length on the database's. */
    Params bindUntil(Params p, Instant now) throws SQLException {
        return clock == LeaseClock.CALLER ? p.instant(now.plus(lease)) : p.longValue(leaseMicros);
    }
}
