package dev.aftersales.storage.jdbc.outbox;

import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.CommitmentId;
import dev.aftersales.commitment.FiringKey;
import dev.aftersales.commitment.FiringKind;
import dev.aftersales.commitment.PolicyRef;
import dev.aftersales.commitment.PolicyRegistered;
import dev.aftersales.commitment.Recipient;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.PropertyEvent;
import dev.aftersales.property.UnitId;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketCategory;
import dev.aftersales.ticket.TicketEvent;
import dev.aftersales.ticket.TicketFacts;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketKind;
import dev.aftersales.ticket.TicketState;
import dev.aftersales.ticket.TicketStep;
import dev.aftersales.ticket.Urgency;
import dev.aftersales.ticket.Validity;
import dev.aftersales.ticket.WaitingReason;
import dev.aftersales.warranty.MaintenancePlanSaved;
import dev.aftersales.warranty.MaintenanceTaskCompleted;
import dev.aftersales.warranty.WarrantyDecisionRecorded;
import dev.aftersales.warranty.WarrantyReminderDue;
import dev.aftersales.warranty.WarrantySettingsSaved;
import java.util.Objects;

/**
 * The text form of the library's domain events in the outbox table: a type name
 * ({@value #TICKET_EVENT}, {@value #COMMITMENT_EVENT}, {@value #POLICY_REGISTERED}, {@value #WARRANTY_REMINDER},
 * {@value #WARRANTY_SETTINGS_SAVED}, {@value #WARRANTY_DECISION_RECORDED}, {@value #MAINTENANCE_PLAN_SAVED},
 * {@value #MAINTENANCE_TASK_COMPLETED}, or {@code aftersales.property.<record>.v1} for the property events) and a payload of {@code name=value} lines (absent values left out;
 * {@code %}, line breaks written {@code %25}, {@code %0A}, {@code %0D}). Decoding what was encoded
 * gives an equal event. Events hold identifiers, enums, dates and instants only (rule EU-4), so the
 * payload holds nothing personal.
 */
public final class OutboxEvents {

    /** The type name of a {@link TicketEvent}. */
    public static final String TICKET_EVENT = "aftersales.ticket-event.v1";
    /** The type name of a {@link CommitmentEvent}. */
    public static final String COMMITMENT_EVENT = "aftersales.commitment-event.v1";
    /** The type name of a {@link PolicyRegistered}. */
    public static final String POLICY_REGISTERED = "aftersales.policy-registered.v1";
    /** The type name of a {@link WarrantyReminderDue}. */
    public static final String WARRANTY_REMINDER = "aftersales.warranty-reminder.v1";
    /** The type name of a {@link WarrantySettingsSaved} (rules WA-1, WA-5). */
    public static final String WARRANTY_SETTINGS_SAVED = "aftersales.warranty-settings-saved.v1";
    /** The type name of a {@link WarrantyDecisionRecorded} (rules WA-2, WA-6). */
    public static final String WARRANTY_DECISION_RECORDED = "aftersales.warranty-decision-recorded.v1";
    /** The type name of a {@link MaintenancePlanSaved} (rule WA-3). */
    public static final String MAINTENANCE_PLAN_SAVED = "aftersales.maintenance-plan-saved.v1";
    /** The type name of a {@link MaintenanceTaskCompleted} (rule WA-3). */
    public static final String MAINTENANCE_TASK_COMPLETED = "aftersales.maintenance-task-completed.v1";

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
        if (event instanceof PolicyRegistered) {
            return POLICY_REGISTERED;
        }
        if (event instanceof WarrantyReminderDue) {
            return WARRANTY_REMINDER;
        }
        if (event instanceof PropertyEvent p) {
            return PropertyEvents.type(p);
        }
        String warranty = WarrantyEvents.type(event);
        if (warranty != null) {
            return warranty;
        }
        throw new IllegalArgumentException("the outbox stores the library's ticket, commitment, policy, warranty, "
                + "maintenance and property events, not "
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
        type(event);
        Payload.Writer w = new Payload.Writer();
        if (event instanceof TicketEvent e) {
            w.put("eventId", e.eventId()).put("occurredAt", e.occurredAt()).put("ticket", e.ticketId().value())
                    .put("sequence", e.sequence()).put("cycle", e.cycle()).put("step", e.step()).put("from", e.from())
                    .put("to", e.to()).put("actor", e.actor());
            facts(w, e.facts());
            w.put("responsibleDepartment", e.responsibleDepartment() == null ? null : e.responsibleDepartment().value())
                    .put("agreedTime", e.agreedTime()).put("waitingReason", e.waitingReason())
                    .put("validity", e.validity()).put("satisfaction", e.satisfaction());
        } else if (event instanceof CommitmentEvent e) {
            w.put("commitment", e.key().commitment().value()).put("cycle", e.key().cycle()).put("firing", e.key().kind())
                    .put("level", e.key().level()).put("ticket", e.ticketId().value()).put("policy", e.policy())
                    .put("term", e.termKey()).put("scheduledAt", e.scheduledAt()).put("recordedAt", e.recordedAt())
                    .put("deadline", e.deadline()).put("recipients", e.recipients());
            facts(w, e.facts());
            w.put("responsibleDepartment", e.responsibleDepartment() == null ? null : e.responsibleDepartment().value());
        } else if (event instanceof PolicyRegistered e) {
            w.put("eventId", e.eventId()).put("occurredAt", e.occurredAt()).put("policy", e.policy())
                    .put("registeredBy", e.registeredBy());
        } else if (event instanceof WarrantyReminderDue e) {
            w.put("eventId", e.eventId()).put("occurredAt", e.occurredAt()).put("recordedAt", e.recordedAt())
                    .put("unit", e.unit().value()).put("estate", e.estate().value()).put("component", e.component())
                    .put("termEnd", e.termEnd());
        } else if (event instanceof PropertyEvent p) {
            PropertyEvents.encode(p, w);
        } else {
            WarrantyEvents.encode(event, w);
        }
        return w.toString();
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
        Payload.Reader r = new Payload.Reader(Objects.requireNonNull(payload, "payload"));
        if (type.equals(TICKET_EVENT)) {
            return new TicketEvent(r.required("eventId"), r.instant("occurredAt"), r.required("ticket", TicketId::of),
                    r.integer("sequence"), r.integer("cycle"), r.enumValue("step", TicketStep.class),
                    r.enumValue("from", TicketState.class), r.enumValue("to", TicketState.class), r.actor("actor"),
                    facts(r), r.optional("responsibleDepartment", DepartmentId::of), r.optionalInstant("agreedTime"),
                    r.enumValue("waitingReason", WaitingReason.class), r.enumValue("validity", Validity.class),
                    r.optional("satisfaction", Integer::valueOf));
        }
        if (type.equals(COMMITMENT_EVENT)) {
            FiringKey key = new FiringKey(r.required("commitment", CommitmentId::of), r.integer("cycle"),
                    r.enumValue("firing", FiringKind.class), r.integer("level"));
            return new CommitmentEvent(key, r.required("ticket", TicketId::of), r.required("policy", PolicyRef::parse),
                    r.required("term"), r.instant("scheduledAt"), r.instant("recordedAt"), r.optionalInstant("deadline"),
                    r.list("recipients", Recipient::parse), facts(r), r.optional("responsibleDepartment", DepartmentId::of));
        }
        if (type.equals(POLICY_REGISTERED)) {
            return new PolicyRegistered(r.required("eventId"), r.instant("occurredAt"),
                    r.required("policy", PolicyRef::parse), r.actor("registeredBy"));
        }
        if (type.equals(WARRANTY_REMINDER)) {
            return new WarrantyReminderDue(r.required("eventId"), r.instant("occurredAt"), r.instant("recordedAt"),
                    r.required("unit", UnitId::of), r.required("estate", EstateId::of), r.required("component"),
                    r.date("termEnd"));
        }
        DomainEvent warranty = WarrantyEvents.decode(type, r);
        return warranty != null ? warranty : PropertyEvents.decode(type, r);
    }

    private static void facts(Payload.Writer w, TicketFacts facts) {
        w.put("kind", facts.kind()).put("channel", facts.channel()).put("urgency", facts.urgency())
                .put("severity", facts.severity()).put("estate", facts.estate().value())
                .put("building", facts.building() == null ? null : facts.building().value())
                .put("unit", facts.unit() == null ? null : facts.unit().value())
                .put("receivingUnit", facts.receivingUnit().value())
                .put("category", facts.category() == null ? null : facts.category().code());
    }

    private static TicketFacts facts(Payload.Reader r) {
        return new TicketFacts(r.enumValue("kind", TicketKind.class), Channel.of(r.required("channel")),
                r.enumValue("urgency", Urgency.class), r.enumValue("severity", Severity.class),
                r.required("estate", EstateId::of), r.optional("building", BuildingId::of), r.optional("unit", UnitId::of),
                r.required("receivingUnit", DepartmentId::of), r.optional("category", TicketCategory::of));
    }
}
