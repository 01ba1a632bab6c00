package dev.aftersales.storage.jdbc.outbox;

import dev.aftersales.property.BuildingAdded;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.ContractSigned;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.EstateRegistered;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.OutstandingItem;
import dev.aftersales.property.OutstandingItemRecorded;
import dev.aftersales.property.OutstandingItemSettled;
import dev.aftersales.property.OwnerProfileUpdated;
import dev.aftersales.property.OwnerRegistered;
import dev.aftersales.property.OwnershipId;
import dev.aftersales.property.OwnershipTransferred;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PaymentStatusChanged;
import dev.aftersales.property.PlotAdded;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.PropertyEvent;
import dev.aftersales.property.UnitAdded;
import dev.aftersales.property.UnitCondition;
import dev.aftersales.property.UnitConditionChanged;
import dev.aftersales.property.UnitHandedOver;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;

/**
 * The outbox text of the property events (rules EU-1 to EU-3, PH-4: the register, the owners'
 * profiles, payment status and outstanding items, ownerships): one type name per event
 * record, {@code aftersales.property.<record>.v1}, and its fields; identifiers, enums, dates and
 * instants only (rule EU-4).
 */
final class PropertyEvents {

    /** The prefix of every property event type name. */
    static final String PREFIX = "aftersales.property.";
    private static final String VERSION = ".v1";

    private PropertyEvents() {
    }

    static String type(PropertyEvent event) {
        return PREFIX + event.getClass().getSimpleName() + VERSION;
    }

    static void encode(PropertyEvent event, Payload.Writer w) {
        w.put("eventId", event.eventId()).put("occurredAt", event.occurredAt());
        if (event instanceof EstateRegistered e) {
            w.put("estate", e.estate().value());
        } else if (event instanceof PlotAdded e) {
            w.put("plot", e.plot().value()).put("estate", e.estate().value());
        } else if (event instanceof BuildingAdded e) {
            w.put("building", e.building().value()).put("plot", e.plot().value()).put("estate", e.estate().value());
        } else if (event instanceof UnitAdded e) {
            w.put("unit", e.unit().value()).put("building", e.building().value()).put("plot", e.plot().value())
                    .put("estate", e.estate().value()).put("kind", e.kind());
        } else if (event instanceof UnitConditionChanged e) {
            w.put("unit", e.unit().value()).put("from", e.from()).put("to", e.to());
        } else if (event instanceof OwnerRegistered e) {
            w.put("owner", e.owner().value());
        } else if (event instanceof ContractSigned e) {
            w.put("ownership", e.ownership().value()).put("unit", e.unit().value())
                    .put("owners", e.owners().stream().map(OwnerId::value).toList()).put("signedOn", e.signedOn());
        } else if (event instanceof UnitHandedOver e) {
            w.put("ownership", e.ownership().value()).put("unit", e.unit().value())
                    .put("owners", e.owners().stream().map(OwnerId::value).toList())
                    .put("handedOverOn", e.handedOverOn()).put("handedOverBy", e.handedOverBy());
        } else if (event instanceof OwnershipTransferred e) {
            w.put("ended", e.ended().value()).put("started", e.started().value()).put("unit", e.unit().value())
                    .put("newOwners", e.newOwners().stream().map(OwnerId::value).toList())
                    .put("transferredOn", e.transferredOn());
        } else if (event instanceof OwnerProfileUpdated e) {
            w.put("owner", e.owner().value()).put("changed", e.changed());
        } else if (event instanceof OutstandingItemRecorded e) {
            w.put("owner", e.owner().value()).put("reference", e.reference()).put("kind", e.kind());
        } else if (event instanceof OutstandingItemSettled e) {
            w.put("owner", e.owner().value()).put("reference", e.reference()).put("kind", e.kind());
        } else {
            PaymentStatusChanged e = (PaymentStatusChanged) event;
            w.put("owner", e.owner().value()).put("from", e.from()).put("to", e.to());
        }
    }

    static PropertyEvent decode(String type, Payload.Reader r) {
        String name = type.startsWith(PREFIX) && type.endsWith(VERSION)
                ? type.substring(PREFIX.length(), type.length() - VERSION.length()) : "";
        String id = r.required("eventId");
        java.time.Instant at = r.instant("occurredAt");
        return switch (name) {
            case "EstateRegistered" -> new EstateRegistered(id, at, r.required("estate", EstateId::of));
            case "PlotAdded" -> new PlotAdded(id, at, r.required("plot", PlotId::of), r.required("estate", EstateId::of));
            case "BuildingAdded" -> new BuildingAdded(id, at, r.required("building", BuildingId::of),
                    r.required("plot", PlotId::of), r.required("estate", EstateId::of));
            case "UnitAdded" -> new UnitAdded(id, at, r.required("unit", UnitId::of), r.required("building", BuildingId::of),
                    r.required("plot", PlotId::of), r.required("estate", EstateId::of), r.enumValue("kind", UnitKind.class));
            case "UnitConditionChanged" -> new UnitConditionChanged(id, at, r.required("unit", UnitId::of),
                    r.enumValue("from", UnitCondition.class), r.enumValue("to", UnitCondition.class));
            case "OwnerRegistered" -> new OwnerRegistered(id, at, r.required("owner", OwnerId::of));
            case "ContractSigned" -> new ContractSigned(id, at, r.required("ownership", OwnershipId::of),
                    r.required("unit", UnitId::of), r.list("owners", OwnerId::of), r.date("signedOn"));
            case "UnitHandedOver" -> new UnitHandedOver(id, at, r.required("ownership", OwnershipId::of),
                    r.required("unit", UnitId::of), r.list("owners", OwnerId::of), r.date("handedOverOn"),
                    r.actor("handedOverBy"));
            case "OwnershipTransferred" -> new OwnershipTransferred(id, at, r.required("ended", OwnershipId::of),
                    r.required("started", OwnershipId::of), r.required("unit", UnitId::of), r.list("newOwners", OwnerId::of),
                    r.date("transferredOn"));
            case "OwnerProfileUpdated" -> new OwnerProfileUpdated(id, at, r.required("owner", OwnerId::of),
                    r.list("changed", f -> Enum.valueOf(OwnerProfileUpdated.Field.class, f)));
            case "OutstandingItemRecorded" -> new OutstandingItemRecorded(id, at, r.required("owner", OwnerId::of),
                    r.required("reference"), r.enumValue("kind", OutstandingItem.Kind.class));
            case "OutstandingItemSettled" -> new OutstandingItemSettled(id, at, r.required("owner", OwnerId::of),
                    r.required("reference"), r.enumValue("kind", OutstandingItem.Kind.class));
            case "PaymentStatusChanged" -> new PaymentStatusChanged(id, at, r.required("owner", OwnerId::of),
                    r.enumValue("from", PaymentStatus.class), r.enumValue("to", PaymentStatus.class));
            default -> throw new IllegalArgumentException("unknown outbox event type " + type);
        };
    }
}
