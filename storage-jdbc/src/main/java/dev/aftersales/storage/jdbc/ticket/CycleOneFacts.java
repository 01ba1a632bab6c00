package dev.aftersales.storage.jdbc.ticket;

import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.TimelineEntry;
import dev.aftersales.ticket.Validity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The facts of a ticket's first cycle that the measurement queries read (rules MS-1, RP-6), kept in
 * columns of the ticket's row (schema version 15) so that a month's confirmed closures and closings
 * are found by one range scan of {@code ticket} instead of one look-up per ticket in its timeline.
 * Derived from the timeline on every save, with instants as the store keeps them (to the
 * microsecond), exactly as the schema's back-fill derives them from stored timelines.
 *
 * @param closedAt    the first closing ({@link TicketStep#CLOSE}) of cycle 1, or null
 * @param confirmedAt the first confirmed closure ({@link TicketStep#CONFIRM_CLOSURE}) of cycle 1, or null
 * @param calledAt    the first recorded callback ({@link TicketStep#RECORD_CALLBACK}) of cycle 1, or null
 * @param validity    the last classification of cycle 1 ({@code CLASSIFY_VALID} or {@code CLASSIFY_INVALID}), or null
 * @param reopenedAt  the earliest reopening ({@link TicketStep#REOPEN}, in any cycle) at or after
 *                    {@code closedAt}; null if none or not closed in cycle 1
 */
record CycleOneFacts(Instant closedAt, Instant confirmedAt, Instant calledAt, Validity validity, Instant reopenedAt) {

    /** The columns of {@code ticket} that hold the facts, in binding order. */
    static final List<String> COLUMNS = List.of("cycle1_closed_at", "cycle1_confirmed_at", "cycle1_called_at",
            "cycle1_validity", "reopened_at");

    /**
     * Derives the facts of a timeline.
     *
     * @param timeline the whole timeline, oldest first
     * @return the facts
     */
    static CycleOneFacts of(List<TimelineEntry> timeline) {
        Instant closed = null;
        Instant confirmed = null;
        Instant called = null;
        Validity validity = null;
        for (TimelineEntry e : timeline) {
            if (e.cycle() != 1) {
                continue;
            }
            switch (e.step()) {
                case CLOSE -> closed = closed == null ? micros(e.at()) : closed;
                case CONFIRM_CLOSURE -> confirmed = confirmed == null ? micros(e.at()) : confirmed;
                case RECORD_CALLBACK -> called = called == null ? micros(e.at()) : called;
                case CLASSIFY_VALID -> validity = Validity.VALID;
                case CLASSIFY_INVALID -> validity = Validity.INVALID;
                default -> { }
            }
        }
        Instant reopened = null;
        if (closed != null) {
            for (TimelineEntry e : timeline) {
                Instant at = micros(e.at());
                if (e.step() == TicketStep.REOPEN && !at.isBefore(closed) && (reopened == null || at.isBefore(reopened))) {
                    reopened = at;
                }
            }
        }
        return new CycleOneFacts(closed, confirmed, called, validity, reopened);
    }

    private static Instant micros(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }
}
