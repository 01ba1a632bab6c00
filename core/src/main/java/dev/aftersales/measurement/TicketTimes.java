package dev.aftersales.measurement;

import dev.aftersales.ticket.TicketId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One ticket's instants as the working-time figures need them (rule MS-1): a ticket received in the
 * query's period and scope that has at least one response commitment of cycle 1, with its first
 * response, its first closing of cycle 1 and the business calendar its response is measured on.
 * The store supplies them ({@link dev.aftersales.spi.MeasurementRepository#ticketTimes}); the
 * working time between them is computed on the calendar by {@link WorkingTimes#summarize}, since
 * only the library knows business calendars.
 *
 * @param ticket        the ticket
 * @param group         its group, as the query groups (the month is that of the reception)
 * @param received      when it was received
 * @param firstResponse the earliest stop of a response commitment of cycle 1 (met or met late), or
 *                      {@code null} when none stopped
 * @param closed        its first closing of cycle 1, or {@code null}
 * @param calendarId    the calendar of its response commitments (the first by id when they differ),
 *                      or {@code null} when they all count calendar time
 */
public record TicketTimes(TicketId ticket, GroupKey group, Instant received, Instant firstResponse, Instant closed,
                          String calendarId) {

    /** The order stores return them in: by ticket id. */
    public static final Comparator<TicketTimes> ORDER = Comparator.comparing(t -> t.ticket().value());

    /**
     * Creates the times of a ticket.
     *
     * @throws NullPointerException if the ticket, group or reception is null
     */
    public TicketTimes {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(received, "received");
    }

    /**
     * Gets the first response, if there was one.
     *
     * @return the instant, or empty
     */
    public Optional<Instant> firstResponseIfAny() {
        return Optional.ofNullable(firstResponse);
    }

    /**
     * Gets the first closing of cycle 1, if there was one.
     *
     * @return the instant, or empty
     */
    public Optional<Instant> closedIfAny() {
        return Optional.ofNullable(closed);
    }

    /**
     * Gets the calendar the response is measured on, if the response commitments count working time.
     *
     * @return the calendar id, or empty
     */
    public Optional<String> calendarIfAny() {
        return Optional.ofNullable(calendarId);
    }
}
