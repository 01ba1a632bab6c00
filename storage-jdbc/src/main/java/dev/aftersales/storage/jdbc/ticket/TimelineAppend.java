package dev.aftersales.storage.jdbc.ticket;

import dev.aftersales.ticket.StepDetails;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TimelineEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Which entries of a ticket's timeline a save inserts. The timeline is the follow-up record of
 * rule CP-3 and only grows: its entries are never changed or removed ({@link TimelineEntry}), and a
 * command takes steps on the record as read, so the entries after the last stored one are the new
 * ones. A record whose timeline does not continue the stored one (fewer entries than are stored,
 * or another entry at the last stored position, e.g. a record of another history given a forged
 * version) is refused rather than stored over it; the check compares the last stored entry, as
 * it is stored (instants to the microsecond), with the record's entry at its position.
 */
final class TimelineAppend {

    private TimelineAppend() {
    }

    /**
     * Returns the entries of a record's timeline that follow the stored ones.
     *
     * @param record     the record being saved
     * @param lastStored the last stored entry of the ticket, as read back; {@code null} if none is stored
     * @return the entries to insert, oldest first; empty if the record took no step
     * @throws IllegalArgumentException if the record's timeline does not continue the stored one;
     *                                  the message names the ticket and positions only (rule EU-4)
     */
    static List<TimelineEntry> newEntries(TicketRecord record, TimelineEntry lastStored) {
        List<TimelineEntry> timeline = record.timeline();
        if (lastStored == null) {
            return timeline;
        }
        int stored = lastStored.sequence();
        if (stored > timeline.size()) {
            throw new IllegalArgumentException("ticket " + record.idText() + ": the record's timeline has "
                    + timeline.size() + " entries but " + stored + " are stored; timeline entries are never removed"
                    + " (rule CP-3)");
        }
        if (!asStored(timeline.get(stored - 1)).equals(lastStored)) {
            throw new IllegalArgumentException("ticket " + record.idText() + ": timeline entry " + stored
                    + " of the record differs from the stored one; timeline entries are never changed (rule CP-3)");
        }
        return timeline.subList(stored, timeline.size());
    }

    /**
     * Returns an entry as the store keeps it: its instants truncated to the microsecond.
     *
     * @param e the entry
     * @return the entry as read back after storing it
     */
    static TimelineEntry asStored(TimelineEntry e) {
        StepDetails d = e.details();
        StepDetails details = new StepDetails(d.department(), d.staffId(), micros(d.agreedTime()), d.validity(),
                d.waitingReason(), d.callbackMethod(), d.satisfaction(), d.note(), d.aspects(), d.category());
        return new TimelineEntry(e.sequence(), e.cycle(), micros(e.at()), e.step(), e.from(), e.to(), e.actor(), details);
    }

    private static Instant micros(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }
}
