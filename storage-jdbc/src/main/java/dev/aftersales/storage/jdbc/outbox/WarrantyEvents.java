package dev.aftersales.storage.jdbc.outbox;

import dev.aftersales.common.DomainEvent;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.warranty.CoverageOutcome;
import dev.aftersales.warranty.MaintenancePlanId;
import dev.aftersales.warranty.MaintenancePlanSaved;
import dev.aftersales.warranty.MaintenanceScope;
import dev.aftersales.warranty.MaintenanceTaskCompleted;
import dev.aftersales.warranty.MaintenanceTaskId;
import dev.aftersales.warranty.WarrantyDecisionRecorded;
import dev.aftersales.warranty.WarrantySettingsSaved;
import java.time.Instant;

/**
 * The outbox text of the warranty writes' events (rules WA-1, WA-2, WA-3, WA-5, WA-6): saved
 * settings, recorded decisions, saved maintenance plans and completed tasks, one type name each
 * (see {@link OutboxEvents}) and their fields; identifiers, enums, dates and instants only, never a
 * decision's recorded reason (rule EU-4).
 */
final class WarrantyEvents {

    private WarrantyEvents() {
    }

    /** Names the type of a warranty write's event, or returns null for another event. */
    static String type(DomainEvent event) {
        if (event instanceof WarrantySettingsSaved) {
            return OutboxEvents.WARRANTY_SETTINGS_SAVED;
        }
        if (event instanceof WarrantyDecisionRecorded) {
            return OutboxEvents.WARRANTY_DECISION_RECORDED;
        }
        if (event instanceof MaintenancePlanSaved) {
            return OutboxEvents.MAINTENANCE_PLAN_SAVED;
        }
        if (event instanceof MaintenanceTaskCompleted) {
            return OutboxEvents.MAINTENANCE_TASK_COMPLETED;
        }
        return null;
    }

    /** Writes the fields of an event {@link #type} names. */
    static void encode(DomainEvent event, Payload.Writer w) {
        w.put("eventId", event.eventId()).put("occurredAt", event.occurredAt());
        if (event instanceof WarrantySettingsSaved e) {
            w.put("estate", e.estate().value()).put("version", e.version());
        } else if (event instanceof WarrantyDecisionRecorded e) {
            w.put("ticket", e.ticket().value()).put("sequence", e.sequence()).put("component", e.component())
                    .put("outcome", e.outcome()).put("decidedBy", e.decidedBy());
        } else if (event instanceof MaintenancePlanSaved e) {
            plan(w, e.plan());
            w.put("version", e.version());
        } else {
            MaintenanceTaskCompleted e = (MaintenanceTaskCompleted) event;
            plan(w, e.task().plan());
            w.put("target", e.task().target()).put("due", e.task().due()).put("completedBy", e.completedBy());
        }
    }

    /** Reads an event of one of the types {@link #type} gives, or returns null for another type. */
    static DomainEvent decode(String type, Payload.Reader r) {
        return switch (type) {
            case OutboxEvents.WARRANTY_SETTINGS_SAVED -> new WarrantySettingsSaved(r.required("eventId"),
                    r.instant("occurredAt"), r.required("estate", EstateId::of), r.required("version", Long::valueOf));
            case OutboxEvents.WARRANTY_DECISION_RECORDED -> new WarrantyDecisionRecorded(r.required("eventId"),
                    r.instant("occurredAt"), r.required("ticket", TicketId::of), r.integer("sequence"),
                    r.required("component"), required(r, "outcome", CoverageOutcome.class), r.actor("decidedBy"));
            case OutboxEvents.MAINTENANCE_PLAN_SAVED -> new MaintenancePlanSaved(r.required("eventId"),
                    r.instant("occurredAt"), plan(r), r.required("version", Long::valueOf));
            case OutboxEvents.MAINTENANCE_TASK_COMPLETED -> task(r.required("eventId"), r.instant("occurredAt"), r);
            default -> null;
        };
    }

    private static MaintenanceTaskCompleted task(String id, Instant at, Payload.Reader r) {
        return new MaintenanceTaskCompleted(id, at,
                new MaintenanceTaskId(plan(r), r.required("target"), r.date("due")), r.actor("completedBy"));
    }

    private static void plan(Payload.Writer w, MaintenancePlanId plan) {
        w.put("estate", plan.estate().value()).put("component", plan.component()).put("scope", plan.scope());
    }

    private static MaintenancePlanId plan(Payload.Reader r) {
        return new MaintenancePlanId(r.required("estate", EstateId::of), r.required("component"),
                required(r, "scope", MaintenanceScope.class));
    }

    private static <E extends Enum<E>> E required(Payload.Reader r, String name, Class<E> type) {
        return Enum.valueOf(type, r.required(name));
    }
}
