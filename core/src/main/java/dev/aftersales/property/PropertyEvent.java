package dev.aftersales.property;

import dev.aftersales.common.DomainEvent;

/**
 * Something that happened to estates, units, owners or ownerships. Events hold ids, kinds and
 * dates, never personal data (rule EU-4); they are stamped with an id from the injected
 * {@link dev.aftersales.common.IdGenerator} and an instant from the injected {@link java.time.Clock},
 * and delivered after the unit of work that caused them has committed.
 */
public sealed interface PropertyEvent extends DomainEvent
        permits EstateRegistered, PlotAdded, BuildingAdded, UnitAdded, UnitConditionChanged, OwnerRegistered,
        ContractSigned, UnitHandedOver, OwnershipTransferred, OwnerProfileUpdated, OutstandingItemRecorded,
        OutstandingItemSettled, PaymentStatusChanged {
}
