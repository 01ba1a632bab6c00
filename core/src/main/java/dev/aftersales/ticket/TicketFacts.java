package dev.aftersales.ticket;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.UnitId;
import java.util.Objects;

/**
 * The facts of a ticket that service-commitment policies select on (kind, urgency, severity,
 * channel, estate) and that measurements group by (building, unit, receiving unit; rule MS-1).
 * Every {@link TicketEvent} carries them. They hold identifiers and enums only, never personal
 * data (rule EU-4).
 *
 * @param kind          the kind of ticket
 * @param channel       the channel it came through
 * @param urgency       the urgency of a repair, {@code null} for other kinds
 * @param severity      the severity of a complaint, {@code null} for other kinds
 * @param estate        the estate of the location
 * @param building      the building of the location, {@code null} for an estate's common area
 * @param unit          the unit, {@code null} for common areas
 * @param receivingUnit the department that received the ticket (rule CP-4)
 * @param category      the category of the request, {@code null} when it has none
 */
public record TicketFacts(TicketKind kind, Channel channel, Urgency urgency, Severity severity,
                          EstateId estate, BuildingId building, UnitId unit, DepartmentId receivingUnit,
                          TicketCategory category) {

    /**
     * Creates the facts.
     *
     * @throws NullPointerException if the kind, channel, estate or receiving unit is null
     */
    public TicketFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(receivingUnit, "receivingUnit");
    }

    /**
     * Creates the facts of a ticket without a category.
     *
     * @param kind          the kind of ticket
     * @param channel       the channel it came through
     * @param urgency       the urgency of a repair, {@code null} for other kinds
     * @param severity      the severity of a complaint, {@code null} for other kinds
     * @param estate        the estate of the location
     * @param building      the building of the location, {@code null} for an estate's common area
     * @param unit          the unit, {@code null} for common areas
     * @param receivingUnit the department that received the ticket (rule CP-4)
     * @throws NullPointerException if the kind, channel, estate or receiving unit is null
     */
    public TicketFacts(TicketKind kind, Channel channel, Urgency urgency, Severity severity,
                       EstateId estate, BuildingId building, UnitId unit, DepartmentId receivingUnit) {
        this(kind, channel, urgency, severity, estate, building, unit, receivingUnit, null);
    }

    /**
     * Returns a copy with another category.
     *
     * @param newCategory the category, or {@code null} for none
     * @return the copy
     */
    public TicketFacts withCategory(TicketCategory newCategory) {
        return new TicketFacts(kind, channel, urgency, severity, estate, building, unit, receivingUnit, newCategory);
    }
}
