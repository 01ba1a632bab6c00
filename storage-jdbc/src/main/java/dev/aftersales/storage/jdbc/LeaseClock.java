package dev.aftersales.storage.jdbc;

/**
 * Which clock times the leases of the JDBC store: the sweeper's claims on due commitments (rules
 * SL-8, SL-9) and the outbox publisher's claims on pending events. A lease is how long a claim
 * keeps other nodes off a row; if it lapses too early, a second node takes the row and its work
 * (a sweep, a delivery) is done twice.
 *
 * <p>Only lease expiry uses this clock. Everything the library computes about the business (what
 * is due, deadlines, warnings, back-off after a failed delivery, the instants of events) keeps the
 * injected {@link java.time.Clock}, so a node whose clock is off by a minute still fires on its
 * own time: keep the nodes' clocks synchronised (NTP) all the same.
 */
public enum LeaseClock {

    /**
     * Leases on the database's clock (the default): a claim lasts the length the caller asked for
     * ({@code claimedUntil - now}, or the publisher's lease) counted from the database's current
     * instant ({@link Dialect#clockInstant()}), and lapses when the database's clock passes its
     * end. Nodes whose clocks disagree by minutes never take over each other's claims.
     */
    DATABASE,

    /**
     * Leases on the callers' clocks, as the library computed them before: a claim lapses when the
     * {@code now} of a later caller passes the instant the claimant named. Correct only while every
     * node's clock agrees with the others' to well within a lease; meant for tests that move a
     * fixed clock to let leases pass (such as the storage TCK), and for a single node.
     */
    CALLER
}
