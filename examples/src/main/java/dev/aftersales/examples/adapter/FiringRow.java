package dev.aftersales.examples.adapter;

import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.common.Versioned;
import java.util.Objects;

/**
 * A fired commitment event as recorded (rules SL-8, SL-9), a row of the {@link SnapshotStore}'s
 * firings table keyed by the event's unique {@link FiringKey} text: the table holds at most one
 * row per key, so each warning, breach or escalation is recorded once. Rows not yet
 * {@code delivered} are the outbox. In a SQL adapter: a {@code commitment_firings} table with the
 * key as primary key (or a unique index), the event's fields as columns and a {@code delivered}
 * flag with an index on ({@code delivered}, {@code recorded_at}).
 *
 * @param event     the fired event
 * @param delivered whether it was marked delivered
 * @param version   the row's version, for the store's optimistic checks
 */
record FiringRow(CommitmentEvent event, boolean delivered, long version) implements Versioned<FiringRow> {

    /** Checks that the event is present. */
    FiringRow {
        Objects.requireNonNull(event, "event");
    }

    /**
     * Returns a new, undelivered row for an event, to be inserted (version {@code 0}).
     *
     * @param event the fired event
     * @return the row
     */
    static FiringRow recorded(CommitmentEvent event) {
        return new FiringRow(event, false, 0);
    }

    /**
     * Returns this row marked delivered, at the same version.
     *
     * @return the copy
     */
    FiringRow markedDelivered() {
        return new FiringRow(event, true, version);
    }

    @Override
    public FiringRow withVersion(long newVersion) {
        return new FiringRow(event, delivered, newVersion);
    }

    @Override
    public String idText() {
        return event.key().text();
    }
}
