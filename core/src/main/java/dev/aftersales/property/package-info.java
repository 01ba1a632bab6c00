/**
 * Estates, plots, buildings and units (rule EU-1), owners with their profiles (EU-3) and the
 * ownerships that tie them together: contract signed, handed over (warranty clocks start, WA-1),
 * transferred, co-owners with shares. The per-plot counts of EU-2 are a query
 * ({@link dev.aftersales.property.service.PropertyService#countPlot}).
 *
 * <p>Stored things are immutable records implementing {@link dev.aftersales.common.Versioned}
 * themselves ({@link dev.aftersales.property.Estate}, {@link dev.aftersales.property.Plot},
 * {@link dev.aftersales.property.Building}, {@link dev.aftersales.property.Unit},
 * {@link dev.aftersales.property.Owner}, {@link dev.aftersales.property.Ownership}): there are no
 * separate storage records. Commands ({@link dev.aftersales.property.RegisterOwner},
 * {@link dev.aftersales.property.SignContract} ...) carry Bean Validation constraints.
 *
 * <p>An owner's profile changes only through validated commands, each published as an event that
 * names ids, kinds and field names only (EU-3): {@link dev.aftersales.property.UpdateOwnerProfile}
 * ({@link dev.aftersales.property.OwnerProfileUpdated}), {@link dev.aftersales.property.ChangePaymentStatus}
 * ({@link dev.aftersales.property.PaymentStatusChanged}), {@link dev.aftersales.property.RecordOutstandingItem}
 * and {@link dev.aftersales.property.SettleOutstandingItem} ({@link dev.aftersales.property.OutstandingItemRecorded},
 * {@link dev.aftersales.property.OutstandingItemSettled}) for construction leftovers and compensation items.
 *
 * <p>Personal data (rule EU-4) lives only in {@link dev.aftersales.property.OwnerProfile},
 * {@link dev.aftersales.property.PhoneNumber}, {@link dev.aftersales.property.IdCardNumber}, the
 * descriptions of {@link dev.aftersales.property.OutstandingItem}s, and the commands that carry
 * them ({@link dev.aftersales.property.RegisterOwner}, {@link dev.aftersales.property.UpdateOwnerProfile},
 * {@link dev.aftersales.property.RecordOutstandingItem}); their {@code toString} masks it, and no
 * exception message, event or validation message in this package carries it.
 *
 * <p>The enums a screen shows ({@link dev.aftersales.property.UnitKind}, {@link dev.aftersales.property.UnitUsage},
 * {@link dev.aftersales.property.UnitCondition}, {@link dev.aftersales.property.PaymentStatus},
 * {@link dev.aftersales.property.CustomerOrigin}, {@link dev.aftersales.property.PropertyRightType},
 * {@link dev.aftersales.property.OwnershipState}, {@link dev.aftersales.property.HouseholdStructure})
 * have English and Chinese display names ({@link dev.aftersales.common.DisplayNamed}, rule CP-2), from
 * {@code dev/aftersales/property/DisplayNames.properties} and its {@code _zh_CN} part.
 */
package dev.aftersales.property;
