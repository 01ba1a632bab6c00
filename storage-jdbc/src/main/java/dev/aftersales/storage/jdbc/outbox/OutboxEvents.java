package dev.aftersales.storage.jdbc.outbox;

import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.Validity;
import dev.aftersales.ticket.WaitingReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The text form of the library's domain events in the outbox table: a type name
 * ({@value #TICKET_EVENT} or {@value #COMMITMENT_EVENT}) and a payload of {@code name=value} lines
 * (absent values left out; {@code %}, line breaks written {@code %25}, {@code %0A}, {@code %0D}).
 * Decoding what was encoded gives an equal event. Events hold identifiers, enums and instants only
 * (rule EU-4), so the payload holds nothing personal.
 */
public final class OutboxEvents {

    /** The type name of a {@link TicketEvent}. */
    public static final String TICKET_EVENT = "aftersales.ticket-event.v1";
    /** The type name of a {@link CommitmentEvent}. */
    public static final String COMMITMENT_EVENT = "aftersales.commitment-event.v1";

    private OutboxEvents() {
    }

    /**
     * Names the type of an event.
     *
     * @param event the event
     * @return its type name
     * @throws NullPointerException     if the event is null
     * @throws IllegalArgumentException if it is not one of the library's event types
     */
    public static String type(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        if (event instanceof TicketEvent) {
            return TICKET_EVENT;
        }
        if (event instanceof CommitmentEvent) {
            return COMMITMENT_EVENT;
        }
        throw new IllegalArgumentException("the outbox stores ticket and commitment events, not "
                + event.getClass().getName());
    }

    /**
     * Encodes an event.
     *
     * @param event the event
     * @return the payload
     * @throws NullPointerException     if the event is null
     * @throws IllegalArgumentException if it is not one of the library's event types
     */
    public static String encode(DomainEvent event) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (type(event).equals(TICKET_EVENT)) {
            TicketEvent e = (TicketEvent) event;
            f.put("eventId", e.eventId());
            f.put("occurredAt", e.occurredAt());
            f.put("ticket", e.ticketId().value());
            f.put("sequence", e.sequence());
            f.put("cycle", e.cycle());
            f.put("step", e.step());
            f.put("from", e.from());
            f.put("to", e.to());
            f.put("actor", e.actor().kind().name() + ":" + e.actor().id());
            facts(f, e.facts());
            f.put("responsibleDepartment", e.responsibleDepartment() == null ? null : e.responsibleDepartment().value());
            f.put("agreedTime", e.agreedTime());
            f.put("waitingReason", e.waitingReason());
            f.put("validity", e.validity());
            f.put("satisfaction", e.satisfaction());
        } else {
            CommitmentEvent e = (CommitmentEvent) event;
            f.put("commitment", e.key().commitment().value());
            f.put("cycle", e.key().cycle());
            f.put("firing", e.key().kind());
            f.put("level", e.key().level());
            f.put("ticket", e.ticketId().value());
            f.put("policy", e.policy());
            f.put("term", e.termKey());
            f.put("scheduledAt", e.scheduledAt());
            f.put("recordedAt", e.recordedAt());
            f.put("deadline", e.deadline());
            List<String> recipients = new ArrayList<>();
            e.recipients().forEach(r -> recipients.add(r.toString()));
            f.put("recipients", recipients.isEmpty() ? null : String.join(" ", recipients));
            facts(f, e.facts());
            f.put("responsibleDepartment", e.responsibleDepartment() == null ? null : e.responsibleDepartment().value());
        }
        StringBuilder b = new StringBuilder();
        f.forEach((name, value) -> {
            if (value != null) {
                b.append(name).append('=').append(escape(value.toString())).append('\n');
            }
        });
        return b.toString();
    }

    /**
     * Decodes an event.
     *
     * @param type    its type name
     * @param payload its payload
     * @return the event
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the type is unknown or the payload malformed
     */
    public static DomainEvent decode(String type, String payload) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        try {
            return decodeFields(type, payload);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("an instant of the payload is malformed", e);
        }
    }

    private static DomainEvent decodeFields(String type, String payload) {
        Fields f = new Fields(payload);
        if (type.equals(TICKET_EVENT)) {
            String actor = f.required("actor");
            int colon = actor.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("an actor is KIND:id, got " + actor);
            }
            return new TicketEvent(f.required("eventId"), f.instant("occurredAt"), TicketId.of(f.required("ticket")),
                    f.integer("sequence"), f.integer("cycle"), f.enumValue("step", TicketStep.class),
                    f.enumValue("from", TicketState.class), f.enumValue("to", TicketState.class),
                    new Actor(Actor.Kind.valueOf(actor.substring(0, colon)), actor.substring(colon + 1)), facts(f),
                    f.optional("responsibleDepartment", DepartmentId::of), f.optional("agreedTime", Instant::parse),
                    f.enumValue("waitingReason", WaitingReason.class), f.enumValue("validity", Validity.class),
                    f.optional("satisfaction", Integer::valueOf));
        }
        if (type.equals(COMMITMENT_EVENT)) {
            List<Recipient> recipients = new ArrayList<>();
            String text = f.optional("recipients", Function.identity());
            if (text != null) {
                for (String r : text.split(" ")) {
                    recipients.add(Recipient.parse(r));
                }
            }
            FiringKey key = new FiringKey(CommitmentId.of(f.required("commitment")), f.integer("cycle"),
                    f.enumValue("firing", FiringKind.class), f.integer("level"));
            return new CommitmentEvent(key, TicketId.of(f.required("ticket")), PolicyRef.parse(f.required("policy")),
                    f.required("term"), f.instant("scheduledAt"), f.instant("recordedAt"),
                    f.optional("deadline", Instant::parse), recipients, facts(f),
                    f.optional("responsibleDepartment", DepartmentId::of));
        }
        throw new IllegalArgumentException("unknown outbox event type " + type);
    }

    private static void facts(Map<String, Object> f, TicketFacts facts) {
        f.put("kind", facts.kind());
        f.put("channel", facts.channel());
        f.put("urgency", facts.urgency());
        f.put("severity", facts.severity());
        f.put("estate", facts.estate().value());
        f.put("building", facts.building() == null ? null : facts.building().value());
        f.put("unit", facts.unit() == null ? null : facts.unit().value());
        f.put("receivingUnit", facts.receivingUnit().value());
    }

    private static TicketFacts facts(Fields f) {
        return new TicketFacts(f.enumValue("kind", TicketKind.class), f.enumValue("channel", Channel.class),
                f.enumValue("urgency", Urgency.class), f.enumValue("severity", Severity.class),
                EstateId.of(f.required("estate")), f.optional("building", BuildingId::of), f.optional("unit", UnitId::of),
                DepartmentId.of(f.required("receivingUnit")));
    }

    private static String escape(String s) {
        return s.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String unescape(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    /** The fields of a payload by name. */
    private static final class Fields {
        private final Map<String, String> values = new LinkedHashMap<>();

        Fields(String payload) {
            for (String line : payload.split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("a payload line is name=value");
                }
                values.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }

        String required(String name) {
            String v = values.get(name);
            if (v == null) {
                throw new IllegalArgumentException("the payload lacks " + name);
            }
            return v;
        }

        <T> T optional(String name, Function<String, T> parse) {
            String v = values.get(name);
            return v == null ? null : parse.apply(v);
        }

        int integer(String name) {
            return Integer.parseInt(required(name));
        }

        Instant instant(String name) {
            return Instant.parse(required(name));
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            String v = values.get(name);
            return v == null ? null : Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        }
    }
}
