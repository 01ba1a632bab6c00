package dev.aftersales.testkit.commitment;

import dev.aftersales.calendar.BusinessCalendar;
import dev.aftersales.calendar.BusinessCalendars;
import dev.aftersales.calendar.CalendarRegistry;
import dev.aftersales.commitment.CommitmentPolicy;
import dev.aftersales.testkit.calendar.CalendarArbitraries;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One generated world for comparing the commitment engine with the {@link ReferenceSimulation}: a
 * calendar (registered under its id {@code generated}), a valid policy on it, one ticket's event
 * sequence, the instants at which sweeps run, and the horizon up to which to compare. Sweeps at an
 * instant run after the events of that instant.
 *
 * @param calendar the calendar
 * @param policy   the policy
 * @param events   the ticket's events, in order
 * @param sweeps   the sweep instants, ascending, not after the horizon
 * @param horizon  the instant to compare at
 */
public record CommitmentWorld(BusinessCalendar calendar, CommitmentPolicy policy, List<TicketEvent> events,
                              List<Instant> sweeps, Instant horizon) {

    /** The id of the calendar of every generated world, as {@link CalendarArbitraries} names it. */
    public static final String CALENDAR_ID = "generated";

    /** The ticket of every generated world. */
    public static final TicketId TICKET = TicketId.of("T-generated");

    /** How long after the last event (and at least after the reception) the horizon lies. */
    public static final Duration TAIL = Duration.ofDays(4);

    /**
     * Creates a world.
     *
     * @throws NullPointerException if an argument is null
     */
    public CommitmentWorld {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(policy, "policy");
        events = List.copyOf(events);
        sweeps = List.copyOf(sweeps);
        Objects.requireNonNull(horizon, "horizon");
    }

    /**
     * Gets a registry holding the world's calendar.
     *
     * @return a new registry
     */
    public CalendarRegistry calendars() {
        CalendarRegistry r = new CalendarRegistry();
        r.register(calendar);
        return r;
    }

    /**
     * Generates worlds: calendars of {@link CalendarArbitraries} (exceptions in 2024 to 2026), a
     * reception on a whole minute in 2025, up to {@code maxEvents} further events, up to six sweeps
     * on whole minutes, and a horizon {@link #TAIL} after the last event.
     *
     * @param maxEvents the most events after the reception
     * @return the worlds
     */
    public static Arbitrary<CommitmentWorld> worlds(int maxEvents) {
        CalendarRegistry names = new CalendarRegistry();
        names.register(BusinessCalendars.twentyFourSeven().withId(CALENDAR_ID));
        long first = LocalDate.of(2025, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() / 60;
        long last = LocalDate.of(2025, 11, 30).atStartOfDay(ZoneOffset.UTC).toEpochSecond() / 60;
        Arbitrary<Instant> starts = Arbitraries.longs().between(first, last).map(m -> Instant.ofEpochSecond(m * 60));
        Arbitrary<List<Integer>> sweepPoints = Arbitraries.integers().between(0, 10_000).list().ofMaxSize(6);
        return Combinators.combine(CalendarArbitraries.calendars(), CommitmentArbitraries.policies(names, CALENDAR_ID),
                CommitmentArbitraries.facts(), starts, CommitmentArbitraries.plannedEvents(maxEvents), sweepPoints)
                .as((cal, policy, facts, start, planned, points) -> {
                    List<TicketEvent> events = CommitmentArbitraries.script(TICKET, facts, start, planned);
                    Instant horizon = events.get(events.size() - 1).occurredAt().plus(TAIL);
                    long span = Duration.between(start, horizon).toMinutes();
                    List<Instant> sweeps = new ArrayList<>();
                    points.stream().sorted().forEach(p -> sweeps.add(start.plus(Duration.ofMinutes(span * p / 10_000))));
                    return new CommitmentWorld(cal, policy, events, sweeps, horizon);
                });
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("CommitmentWorld[").append(calendar).append("\n  policy ")
                .append(policy).append("\n  events:");
        for (TicketEvent e : events) {
            b.append("\n    ").append(e.occurredAt()).append(' ').append(e.step()).append(" cycle ").append(e.cycle());
            if (e.agreedTime() != null) {
                b.append(" agreed ").append(e.agreedTime());
            }
            if (e.waitingReason() != null) {
                b.append(' ').append(e.waitingReason());
            }
        }
        return b.append("\n  sweeps ").append(sweeps).append("\n  horizon ").append(horizon).append(']').toString();
    }
}
