package dev.aftersales.ticket;

import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A step of a ticket's life cycle happened: one event per step, in timeline order. Service
 * commitments start, stop, pause and resume on these events (rules SL-7, SL-12): a policy selects
 * tickets by the {@link #facts()} (kind, urgency, severity, channel, estate), triggers on the
 * {@link #step()}, pauses on {@link TicketStep#WAIT} (with its {@link #waitingReason()}) until
 * {@link TicketStep#RESUME}, takes agreed deadlines from {@link #agreedTime()} (rule SL-11), and
 * keeps the cycles of a reopened ticket apart by {@link #cycle()}.
 *
 * <p>Holds identifiers, enums and instants only: never personal data nor free text (rule EU-4).
 *
 * @param eventId               the stable id of this event, from the injected id generator
 * @param occurredAt            when the step was taken, equal to its timeline entry's time
 * @param ticketId              the ticket
 * @param sequence              the timeline position of the step, 1 for the reception
 * @param cycle                 the ticket's cycle, 1 until the first reopening
 * @param step                  the step
 * @param from                  the state before, {@code null} for the reception
 * @param to                    the state after
 * @param actor                 who took the step (ids only)
 * @param facts                 the ticket's selection facts
 * @param responsibleDepartment the department responsible after the step, {@code null} before assignment
 * @param agreedTime            the visit time or agreed resolution time of
 *                              {@link TicketStep#AGREE_VISIT} and {@link TicketStep#AGREE_NEW_TIME},
 *                              else {@code null}
 * @param waitingReason         the reason of {@link TicketStep#WAIT}, else {@code null}
 * @param validity              the judgement of a classification step, else {@code null}
 * @param satisfaction          the score of {@link TicketStep#RECORD_CALLBACK}, else {@code null}
 */
public record TicketEvent(String eventId, Instant occurredAt, TicketId ticketId, int sequence, int cycle,
                          TicketStep step, TicketState from, TicketState to, Actor actor, TicketFacts facts,
                          DepartmentId responsibleDepartment, Instant agreedTime, WaitingReason waitingReason,
                          Validity validity, Integer satisfaction) implements DomainEvent {

    /**
     * Creates the event.
     *
     * @throws NullPointerException if a required argument is null
     */
    public TicketEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * Obtains the event of a timeline entry of a ticket.
     *
     * @param eventId the event id
     * @param ticket  the ticket after the step
     * @param entry   the step's timeline entry
     * @return the event
     */
    static TicketEvent of(String eventId, TicketRecord ticket, TimelineEntry entry) {
        StepDetails d = entry.details();
        return new TicketEvent(eventId, entry.at(), ticket.id(), entry.sequence(), entry.cycle(), entry.step(),
                entry.from(), entry.to(), entry.actor(), ticket.facts(), ticket.responsibleDepartment(),
                d.agreedTime(), d.waitingReason(), d.validity(), d.satisfaction());
    }

    /**
     * Gets the kind of event with its step, e.g. {@code TicketEvent CONTACT_OWNER}.
     *
     * @return the kind
     */
    @Override
    public String eventType() {
        return "TicketEvent " + step;
    }

    @Override
    public String aggregateId() {
        return ticketId.value();
    }
}
